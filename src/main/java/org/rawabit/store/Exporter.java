package org.rawabit.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.rawabit.rdf.Vocab;

/**
 * Writes a store as RDF, streaming from TDB2 so a large store exports in flat memory: Turtle and
 * N-Triples from the union of all document graphs (subjects grouped, prefixes declared), TriG and
 * N-Quads with one named graph per document. JSON-LD, which has no streaming writer, is built in
 * memory.
 */
public final class Exporter {
    public enum Format { turtle, trig, nquads, ntriples, jsonld }

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
                var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                m.add(graphIri == null ? ds.getUnionModel() : ds.getNamedModel(graphIri));
                m.setNsPrefixes(Vocab.PREFIXES);
                org.apache.jena.riot.RDFDataMgr.write(out, m, org.apache.jena.riot.Lang.JSONLD);
                yield m.size();
            }
        });
    }

    private static Graph graph(Dataset ds, String graphIri) {
        return graphIri == null ? ds.getUnionModel().getGraph() : ds.getNamedModel(graphIri).getGraph();
    }

    private static long streamTriples(Graph g, OutputStream out, RDFFormat format) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        Vocab.PREFIXES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> s.prefix(e.getKey(), e.getValue()));
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
        Vocab.PREFIXES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> s.prefix(e.getKey(), e.getValue()));
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
}
