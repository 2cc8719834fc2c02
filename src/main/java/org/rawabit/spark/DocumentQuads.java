package org.rawabit.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** A document graph as N-Quads text, the form documents travel in between Spark stages and to disk. */
final class DocumentQuads {
    private DocumentQuads() {}

    /** The statements of a document's model as quads of its named graph. */
    static String toNQuads(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        List<Quad> quads = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
        return toNQuads(quads);
    }

    static String toNQuads(Collection<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Quad> parse(String nquads) {
        List<Quad> out = new ArrayList<>();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                out.add(quad);
            }
        });
        return out;
    }
}
