package org.rawabit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.FSDirectory;
import org.rawabit.rdf.Vocab;

/**
 * The store's full-text index (Jena's jena-text over Lucene), in {@code <store>/text-index}. One
 * Lucene field, {@value #FIELD}, holds the text of every {@link #INDEXED} predicate: entity labels
 * and alternative labels, mention anchors (and evidence sentences), article texts and headlines,
 * and quotations. {@code ?s text:query "…"} finds the subjects; the store wraps TDB2 in a text
 * dataset, so every write that goes through the store (ingest, linking, the server's update and
 * ingest endpoints) updates the index in the same transaction.
 */
public final class FullTextIndex {
    private FullTextIndex() {}

    /** The jena-text namespace ({@code text:query}). */
    public static final String TEXT_NS = "http://jena.apache.org/text#";
    public static final String DIRECTORY = "text-index";
    /** Written once the index holds the whole store; a store without it is (re)indexed on open. */
    public static final String BUILT_MARKER = "rawabit-text-index-built";
    public static final String FIELD = "text";

    /** The predicates whose literals are indexed. */
    public static final List<String> INDEXED = List.of(
            Vocab.RDFS + "label", Vocab.SKOS + "altLabel", Vocab.NIF + "anchorOf", Vocab.NIF + "isString",
            Vocab.SCHEMA + "headline", Vocab.SCHEMA + "text");

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        for (String p : INDEXED) def.set(FIELD, NodeFactory.createURI(p));
        def.setGraphField("graph");
        // A unique id per (subject, predicate, literal, graph) lets a deleted triple delete its entry.
        def.setUidField("uid");
        def.setLangField("lang");
        return def;
    }

    /** Opens (creating if needed) the Lucene index of the store in {@code storeDir}. */
    public static TextIndexLucene open(Path storeDir) {
        try {
            Path dir = storeDir.resolve(DIRECTORY);
            Files.createDirectories(dir);
            TextIndexConfig config = new TextIndexConfig(definition());
            config.setAnalyzer(new ArabicSearchAnalyzer());
            config.setQueryAnalyzer(new ArabicSearchAnalyzer());
            config.setValueStored(true);
            return (TextIndexLucene) TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the full-text index in " + storeDir.resolve(DIRECTORY) + ": " + e.getMessage(), e);
        }
    }

    /** The text dataset over {@code base}: writes through it update {@code index} on commit. */
    public static DatasetGraph wrap(DatasetGraph base, TextIndexLucene index) {
        return TextDatasetFactory.create(base, index, true);
    }

    public static boolean isBuilt(Path storeDir) {
        return Files.exists(storeDir.resolve(BUILT_MARKER));
    }

    /**
     * Empties the index and indexes every indexed triple of {@code base} again (reading {@code base}
     * directly, not through the text dataset), then marks the index built. Returns the number of
     * texts indexed.
     */
    public static long rebuild(Path storeDir, DatasetGraph base, TextIndexLucene index) {
        try {
            Files.deleteIfExists(storeDir.resolve(BUILT_MARKER));
            index.getIndexWriter().deleteAll();
            EntityDefinition def = index.getDocDef();
            long n = Txn.calculateRead(base, () -> {
                long count = 0;
                for (String p : INDEXED) {
                    Iterator<Quad> it = base.find(Node.ANY, Node.ANY, NodeFactory.createURI(p), Node.ANY);
                    while (it.hasNext()) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                        if (e != null) {
                            index.addEntity(e);
                            count++;
                        }
                    }
                }
                return count;
            });
            index.prepareCommit();
            index.commit();
            Files.writeString(storeDir.resolve(BUILT_MARKER), "full-text index complete\n");
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the full-text index in " + storeDir.resolve(DIRECTORY) + ": " + e.getMessage(), e);
        }
    }
}
