package org.rawabit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.store.RawabitStore;
import org.rawabit.core.Vocab;

/** Every rw: term the pipeline writes is declared in ontology/rawabit.ttl with Arabic and English labels and comments. */
class OntologyTest {
    @TempDir
    Path tmp;

    @Test
    void everyTermWrittenIsDeclaredInBothLanguages() {
        Model onto = RDFDataMgr.loadModel("ontology/rawabit.ttl");
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), "seeds").exit());
        Set<String> used = new TreeSet<>();
        try (RawabitStore s = RawabitStore.open(db, false)) {
            Txn.executeRead(s.dataset(), () -> s.dataset().getUnionModel().listStatements().forEachRemaining(st -> {
                if (st.getPredicate().getURI().startsWith(Vocab.RW)) used.add(st.getPredicate().getURI());
                RDFNode o = st.getObject();
                if (o.isURIResource() && o.asResource().getURI().startsWith(Vocab.RW)) used.add(o.asResource().getURI());
            }));
        }
        assertTrue(used.size() > 20, used.toString());
        for (String term : used) {
            Resource r = onto.getResource(term);
            for (String lang : new String[] {"ar", "en"}) {
                assertTrue(onto.listObjectsOfProperty(r, RDFS.label).toList().stream().anyMatch(l -> l.asLiteral().getLanguage().equals(lang)),
                        term + " has an rdfs:label@" + lang);
                assertTrue(onto.listObjectsOfProperty(r, RDFS.comment).toList().stream().anyMatch(l -> l.asLiteral().getLanguage().equals(lang)),
                        term + " has an rdfs:comment@" + lang);
            }
        }
    }
}
