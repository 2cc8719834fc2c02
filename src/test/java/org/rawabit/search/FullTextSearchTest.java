package org.rawabit.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.pipeline.Ingester;
import org.rawabit.core.Vocab;
import org.rawabit.read.InputProblem;
import org.rawabit.serve.RawabitServer;
import org.rawabit.serve.SeededStore;
import org.rawabit.store.RawabitStore;

/**
 * Full-text search on a real TDB2 store built by the real pipeline from articles written for this
 * test: a query spelled with a clitic (و، ب، ال) or another hamza/alef form finds the article that
 * spells it differently, from SPARQL in-process, from the {@code query} command and from Fuseki over
 * HTTP; the index follows a re-ingested article, a curated label, a deleted article and a bulk
 * load without {@code reindex}, and survives {@code reindex}.
 */
class FullTextSearchTest {
    static final String OPERATION = "أعلنت منظمة الإنتربول يوم الأحد عن عملية دولية واسعة ضد شبكات تهريب المهاجرين في أفريقيا، "
            + "نسقتها مع المديرية العامة للأمن الوطني في الرباط، وأسفرت عن توقيف مئات المشتبه فيهم.";
    static final String DATES = "افتتح وزير الفلاحة معرضا للتمور في مدينة أكادير بحضور مزارعين وتجار من الجنوب.";
    static final String OPERATION_DOC = Vocab.documentIri("interpol-operation");
    static final String DATES_DOC = Vocab.documentIri("dates-fair");

    @TempDir
    static Path tmp;
    static Path db;
    static RawabitStore store;

    @BeforeAll
    static void ingest() throws IOException {
        db = tmp.resolve("tdb2");
        store = RawabitStore.open(db, true);
        ingestText("interpol-operation", OPERATION);
        ingestText("dates-fair", DATES);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    static void ingestText(String id, String text) throws IOException {
        Path f = tmp.resolve(id + ".txt");
        Files.writeString(f, text);
        Ingester.Report r = new Ingester(SeededStore.pipeline(), store, false, 1).ingest(List.of(f), new Ingester.Listener() {
            @Override
            public void done(String origin, Ingester.Outcome outcome) {}

            @Override
            public void problem(InputProblem p) {
                throw new AssertionError(p.getMessage());
            }
        });
        assertEquals(1, r.stored(), r.toString());
    }

    /** The documents whose graph holds a text matching {@code words}. */
    static Set<String> documents(String words) {
        return documents(store, words);
    }

    static Set<String> documents(RawabitStore s, String words) {
        return iris(s, "SELECT DISTINCT ?g WHERE { (?s ?score ?text ?g) text:query \"" + words + "\" }", "g");
    }

    /** The subjects with a text matching {@code words}. */
    static Set<String> subjects(RawabitStore s, String words) {
        return iris(s, "SELECT DISTINCT ?s WHERE { ?s text:query \"" + words + "\" }", "s");
    }

    /** The IRIs bound to {@code var} by a SELECT on {@code s}. */
    static Set<String> iris(RawabitStore s, String select, String var) {
        String q = Vocab.sparqlPrologue() + select;
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                Set<String> out = new TreeSet<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource(var).getURI()));
                return out;
            }
        });
    }

    @Test
    void cliticsAndHamzaSpellingsFindTheArticle() {
        for (String query : List.of("والإنتربول", "انتربول", "للإنتربول", "بالرباط", "افريقيا", "وأفريقيا", "المهاجرون")) {
            assertEquals(Set.of(OPERATION_DOC), documents(query), query);
        }
        assertEquals(Set.of(DATES_DOC), documents("بالتمور"));
        assertEquals(Set.of(), documents("غلاسكو"));
    }

    @Test
    void entityLabelsAndMentionsAreIndexed() {
        Set<String> labelled = iris(store, "SELECT DISTINCT ?s WHERE { ?s text:query \"والإنتربول\" ; a schema:Organization }", "s");
        assertEquals(Set.of(Vocab.entityIri("org-interpol")), labelled);
    }

    @Test
    void theQueryCommandSearches() throws IOException {
        Path csv = tmp.resolve("found.csv");
        CliRun r = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--out", csv.toString(),
                "SELECT DISTINCT ?g WHERE { (?s ?score ?t ?g) text:query 'بالرباط' }");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("g", OPERATION_DOC), Files.readAllLines(csv));
    }

    @Test
    void fusekiAnswersTextQueriesOverHttp() {
        try (RawabitServer server = RawabitServer.start(store, RawabitServer.Settings.defaults().withPort(0), SeededStore::pipeline)) {
            String q = "PREFIX text: <" + FullTextIndex.TEXT_NS + "> SELECT DISTINCT ?g WHERE { (?s ?score ?t ?g) text:query \"وإنتربول\" }";
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.datasetUrl() + "/sparql").query(q).build()) {
                ResultSet rs = qe.execSelect();
                Set<String> found = new TreeSet<>();
                rs.forEachRemaining(s -> found.add(s.getResource("g").getURI()));
                assertEquals(Set.of(OPERATION_DOC), found);
            }
        }
    }

    @Test
    void theIndexFollowsReingestAndReindex() throws IOException {
        ingestText("dates-fair", DATES.replace("أكادير", "طنجة"));
        assertEquals(Set.of(DATES_DOC), documents("وطنجة"));
        assertEquals(Set.of(), documents("أكادير"), "the replaced text is no longer found");

        CliRun r = CliRun.run("reindex", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("indexed "), r.out());
        assertEquals(Set.of(DATES_DOC), documents("طنجة"));
        assertEquals(Set.of(OPERATION_DOC), documents("والإنتربول"));
        ingestText("dates-fair", DATES); // as the other tests expect
    }

    @Test
    void theIndexFollowsACuratedLabelAndADeletedArticleWithoutReindex() throws IOException, InputProblem {
        String museum = "افتتح أمير قطر يوم السبت متحفا جديدا للفنون الإسلامية في الدوحة بحضور سفراء عرب وأجانب.";
        ingestText("doha-museum", museum);
        String doc = Vocab.documentIri("doha-museum");
        assertEquals(Set.of(doc), documents("للفنون"));
        assertEquals(Set.of(), subjects(store, "الخليج"), "no text holds the new label yet");

        Path csv = tmp.resolve("relabel.csv");
        Files.writeString(csv, "action,form,entity,value\nrelabel,الدوحة,,دوحة الخليج\n");
        var changes = new org.rawabit.store.Curator(store).install(org.rawabit.store.CurationFile.read(csv));
        assertTrue(changes.relabelled() >= 1, changes.toString());
        Set<String> relabelled = subjects(store, "والخليج");
        assertEquals(1, relabelled.size(), "the curated label is found: " + relabelled);
        assertTrue(relabelled.iterator().next().startsWith(Vocab.ID), relabelled.toString());

        store.deleteGraphs(List.of(doc));
        org.rawabit.store.CrossDocument.run(store);
        assertEquals(Set.of(), documents("للفنون"), "the deleted article is no longer found");
        assertEquals(Set.of(), documents("بالمتحف"));
    }

    @Test
    void aBulkLoadedStoreIsSearchable() throws IOException {
        Path nq = tmp.resolve("documents.nq");
        Txn.executeRead(store.tdb2Dataset(), () -> {
            try (var out = Files.newOutputStream(nq)) {
                org.apache.jena.riot.RDFDataMgr.write(out, store.tdb2Dataset().asDatasetGraph(), org.apache.jena.riot.Lang.NQUADS);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path loaded = tmp.resolve("loaded");
        CliRun r = CliRun.run("load", "--db", loaded.toString(), nq.toString());
        assertEquals(0, r.exit(), r.err());
        try (RawabitStore s = RawabitStore.open(loaded, false)) {
            assertTrue(Files.exists(loaded.resolve(FullTextIndex.BUILT_MARKER)), "indexed by the load itself");
            assertEquals(Set.of(OPERATION_DOC), documents(s, "وإنتربول"));
        }
    }

    @Test
    void aStoreWithoutAnIndexIsIndexedWhenOpened() throws IOException {
        store.close();
        Files.delete(db.resolve(FullTextIndex.BUILT_MARKER));
        try (var files = Files.walk(db.resolve(FullTextIndex.DIRECTORY))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        store = RawabitStore.open(db, false);
        assertTrue(Files.exists(db.resolve(FullTextIndex.BUILT_MARKER)));
        assertEquals(Set.of(OPERATION_DOC), documents("والإنتربول"));
    }
}
