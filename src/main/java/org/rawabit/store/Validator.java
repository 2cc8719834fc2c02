package org.rawabit.store;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;

/** Checks a store against the bundled SHACL shapes ({@code ontology/shapes.ttl}). */
public final class Validator {
    private static final String SHAPES = "ontology/shapes.ttl";

    private final Shapes shapes;

    public Validator() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException("missing bundled " + SHAPES);
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shapes = Shapes.parse(m.getGraph());
    }

    /** Validates the union of all document graphs. */
    public List<ReportEntry> validate(RawabitStore store) {
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionModel().getGraph()));
    }

    public List<ReportEntry> validate(Graph g) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        return List.copyOf(report.getEntries());
    }
}
