package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.rdf.Vocab;

class ValidateTest {
    @TempDir
    Path tmp;

    @Test
    void seedsValidateCleanAndACorruptedStoreFailsNamingTheFocusNode() {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), "seeds").exit());
        CliRun ok = CliRun.run("validate", "--db", db.toString());
        assertEquals(0, ok.exit(), ok.out());
        assertTrue(ok.out().startsWith("valid"), ok.out());

        try (RawabitStore s = RawabitStore.open(db, false)) {
            Txn.executeWrite(s.dataset(), () -> {
                Model g = s.dataset().getNamedModel(Vocab.DOC + "000_5eeac2ce75b1fb3d");
                Resource broken = g.createResource(Vocab.ID + "per-broken");
                broken.addProperty(RDF.type, g.createResource(Vocab.SCHEMA + "Person")); // no Arabic label
                Resource m = g.createResource(Vocab.DOC + "000_5eeac2ce75b1fb3d#char=9,3");
                m.addProperty(Vocab.nifp("anchorOf"), "x");
                m.addProperty(Vocab.rwp("mentionType"), "PER");
                m.addLiteral(Vocab.nifp("beginIndex"), g.createTypedLiteral("9", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
                m.addLiteral(Vocab.nifp("endIndex"), g.createTypedLiteral("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
            });
        }
        CliRun bad = CliRun.run("validate", "--db", db.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("rwid:per-broken"), bad.out());
        assertTrue(bad.out().contains("Arabic rdfs:label"), bad.out());
        assertTrue(bad.out().contains("char=9,3"), bad.out());
    }

    @Test
    void anUnrelatedModelIsNotAffected() {
        assertTrue(new Validator().validate(ModelFactory.createDefaultModel().getGraph()).isEmpty());
    }
}
