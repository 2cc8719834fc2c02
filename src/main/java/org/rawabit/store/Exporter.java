package org.rawabit.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.rawabit.core.Vocab;

/**
 * Writes a store as RDF, streaming from TDB2 so a large store exports in flat memory: Turtle and
 * N-Triples from the union of all document graphs (subjects grouped, prefixes declared), TriG and
 * N-Quads with one named graph per document. JSON-LD, which has no streaming writer, is built in
 * memory, also with one named graph ({@code @graph}) per document.
 */
public final class Exporter {
    public enum Format {
        turtle("ttl"), trig("trig"), nquads("nq"), ntriples("nt"), jsonld("jsonld");

        /** The usual file extension, also accepted as the format's name. */
        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /**
         * The format a user means by {@code name}: its name, its file extension or the spelling with a
         * hyphen (N-Quads, JSON-LD), in any case; null when none.
         */
        public static Format byName(String name) {
            String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
            for (Format f : values()) {
                if (f.name().equals(n) || f.extension.equals(n)) return f;
            }
            return null;
        }

        /** The format a file name's extension names ("out.nq" is N-Quads); null when none. */
        public static Format byFileName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? null : byName(fileName.substring(dot + 1));
        }
    }

    private final RawabitStore store;

    public Exporter(RawabitStore store) {
        this.store = store;
    }

    public boolean hasGraph(String iri) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> ds.containsNamedModel(iri));
    }

    /** Writes the store, or one graph when {@code graphIri} is set; returns the number of triples or quads. */
    public long export(Format format, String graphIri, OutputStream out) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> switch (format) {
            case trig -> streamQuads(ds.asDatasetGraph(), graphIri, out, RDFFormat.TRIG_BLOCKS);
            case nquads -> streamQuads(ds.asDatasetGraph(), graphIri, out, RDFFormat.NQUADS);
            case turtle -> streamTriples(graph(ds, graphIri), out, RDFFormat.TURTLE_BLOCKS);
            case ntriples -> streamTriples(graph(ds, graphIri), out, RDFFormat.NTRIPLES);
            case jsonld -> {
                DatasetGraph copy = jsonLdDataset();
                StreamRDF into = org.apache.jena.riot.system.StreamRDFLib.dataset(copy);
                Iterator<Quad> it = graphIri == null ? ds.asDatasetGraph().find() : ds.asDatasetGraph().find(NodeFactory.createURI(graphIri), null, null, null);
                long n = 0;
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.isDefaultGraph()) continue;
                    into.quad(q);
                    n++;
                }
                writeJsonLd(copy, out);
                yield n;
            }
        });
    }

    /** True when {@code iri} occurs as a subject or object anywhere in the store. */
    public boolean hasNode(String iri) {
        Dataset ds = store.dataset();
        Node n = NodeFactory.createURI(iri);
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(ds, () -> {
            Iterator<Quad> a = dsg.find(Node.ANY, n, Node.ANY, Node.ANY);
            if (a.hasNext()) return true;
            return dsg.find(Node.ANY, Node.ANY, Node.ANY, n).hasNext();
        });
    }

    /**
     * Writes the sub-graph around one entity: every triple within {@code depth} hops of it,
     * following links in both directions (depth 1: the triples that have the entity as subject or
     * object; depth 2 adds those of its neighbours: the mentions with their offsets and sentences,
     * the articles that name it, the entities it links to; …). Classes (objects of rdf:type) and
     * literals are not walked through. Triples stream out as they are found, each once; memory
     * grows with the number of nodes reached, not triples. TriG and N-Quads keep each triple's
     * document graph; {@code graphIri} limits the walk to one document graph.
     */
    public long exportAround(Format format, String entityIri, int depth, String graphIri, OutputStream out) {
        if (depth < 1) throw new IllegalArgumentException("depth must be at least 1");
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            boolean quads = format == Format.trig || format == Format.nquads || format == Format.jsonld; // JSON-LD keeps graphs too
            DatasetGraph jsonld = format == Format.jsonld ? jsonLdDataset() : null;
            StreamRDF s;
            if (jsonld != null) {
                s = org.apache.jena.riot.system.StreamRDFLib.dataset(jsonld);
            } else {
                s = StreamRDFWriter.getWriterStream(out, switch (format) {
                    case trig -> RDFFormat.TRIG_BLOCKS;
                    case nquads -> RDFFormat.NQUADS;
                    case ntriples -> RDFFormat.NTRIPLES;
                    default -> RDFFormat.TURTLE_BLOCKS;
                });
            }
            s.start();
            if (jsonld == null) {
                declarePrefixes(s);
            }
            Node g = graphIri == null ? null : NodeFactory.createURI(graphIri);
            Graph union = quads ? null : (g == null ? dsg.getUnionGraph() : dsg.getGraph(g));
            Node start = NodeFactory.createURI(entityIri);
            // Order in which nodes are walked: a triple is written by the first of its two ends to be walked.
            java.util.Map<Node, Long> order = new java.util.HashMap<>();
            java.util.List<Node> frontier = new java.util.ArrayList<>(java.util.List.of(start));
            long seq = 0;
            order.put(start, seq++);
            long n = 0;
            for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
                java.util.List<Node> next = new java.util.ArrayList<>();
                for (Node x : frontier) {
                    long kx = order.get(x);
                    for (int dir = 0; dir < 2; dir++) {
                        boolean outgoing = dir == 0;
                        if (quads) {
                            Iterator<Quad> it = outgoing ? dsg.find(g == null ? Node.ANY : g, x, Node.ANY, Node.ANY)
                                    : dsg.find(g == null ? Node.ANY : g, Node.ANY, Node.ANY, x);
                            while (it.hasNext()) {
                                Quad q = it.next();
                                if (q.isDefaultGraph()) continue;
                                Node other = outgoing ? q.getObject() : q.getSubject();
                                if (!outgoing && other.equals(x)) continue; // self-loop, written as outgoing
                                Long ko = order.get(other);
                                if (ko != null && ko < kx) continue; // written when `other` was walked
                                s.quad(q);
                                n++;
                                seq = discover(q.getPredicate(), other, outgoing, order, next, seq);
                            }
                        } else {
                            Iterator<Triple> it = outgoing ? union.find(x, Node.ANY, Node.ANY) : union.find(Node.ANY, Node.ANY, x);
                            while (it.hasNext()) {
                                Triple t = it.next();
                                Node other = outgoing ? t.getObject() : t.getSubject();
                                if (!outgoing && other.equals(x)) continue;
                                Long ko = order.get(other);
                                if (ko != null && ko < kx) continue;
                                s.triple(t);
                                n++;
                                seq = discover(t.getPredicate(), other, outgoing, order, next, seq);
                            }
                        }
                    }
                }
                frontier = next;
            }
            s.finish();
            if (jsonld != null) writeJsonLd(jsonld, out);
            return n;
        });
    }

    /** An in-memory dataset for JSON-LD, which Jena cannot stream. */
    private static DatasetGraph jsonLdDataset() {
        DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        d.prefixes().putAll(Vocab.PREFIXES);
        return d;
    }

    /** JSON-LD with one {@code @graph} per document graph (the named graphs kept), prefixes in its context. */
    private static void writeJsonLd(DatasetGraph d, OutputStream out) {
        org.apache.jena.riot.RDFDataMgr.write(out, d, org.apache.jena.riot.RDFFormat.JSONLD11);
    }

    private static long discover(Node predicate, Node other, boolean outgoing, java.util.Map<Node, Long> order, java.util.List<Node> next, long seq) {
        if (other.isLiteral() || order.containsKey(other)) return seq;
        if (outgoing && predicate.equals(org.apache.jena.vocabulary.RDF.Nodes.type)) return seq; // a class: not walked
        order.put(other, seq);
        next.add(other);
        return seq + 1;
    }

    private static Graph graph(Dataset ds, String graphIri) {
        return graphIri == null ? ds.getUnionModel().getGraph() : ds.getNamedModel(graphIri).getGraph();
    }

    private static long streamTriples(Graph g, OutputStream out, RDFFormat format) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        declarePrefixes(s);
        long n = 0;
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            s.triple(it.next());
            n++;
        }
        s.finish();
        return n;
    }

    private static long streamQuads(DatasetGraph dsg, String graphIri, OutputStream out, RDFFormat format) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        declarePrefixes(s);
        long n = 0;
        Iterator<Quad> it = graphIri == null ? dsg.find() : dsg.find(NodeFactory.createURI(graphIri), null, null, null);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.isDefaultGraph()) continue;
            s.quad(q);
            n++;
        }
        s.finish();
        return n;
    }

    private static void declarePrefixes(StreamRDF s) {
        Vocab.PREFIXES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> s.prefix(e.getKey(), e.getValue()));
    }
}
