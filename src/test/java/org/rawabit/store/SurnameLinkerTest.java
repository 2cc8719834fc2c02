package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.core.Vocab;

/** Cross-document identity for people not in the knowledge base. */
class SurnameLinkerTest {
    @TempDir
    Path tmp;

    private static List<String> personsNamed(RawabitStore s, String part) {
        return Txn.calculateRead(s.dataset(), () -> {
            String q = Vocab.sparqlPrologue() + "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } ?e a schema:Person ; "
                    + "rdfs:label|skos:altLabel ?l FILTER(CONTAINS(str(?l), \"" + part + "\")) } ORDER BY ?e";
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
                return out;
            }
        });
    }

    @Test
    void samePersonInTwoArticlesIsOneEntityAndASurnameAloneJoinsIt() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "استقبل وزير الداخلية السيد كريم بنعلي، رئيس الوفد، في العاصمة الرباط.");
        Files.writeString(in.resolve("b.txt"), "وأكد السيد كريم بنعلي أن اللقاء كان مثمرا.");
        Files.writeString(in.resolve("c.txt"), "وقال السيد بنعلي إن التعاون سيتواصل.");
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), in.toString()).exit());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(1, personsNamed(s, "بنعلي").size(), personsNamed(s, "بنعلي").toString());
        }
        // re-running the link step changes nothing
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(0, new SurnameLinker(s).run());
        }
    }

    @Test
    void aSurnameSharedByTwoFullNamesIsNotMerged() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "التقى السيد كريم بنعلي بالوفد في الرباط.");
        Files.writeString(in.resolve("b.txt"), "وصرحت السيدة سلمى بنعلي بأن الاجتماع انتهى.");
        Files.writeString(in.resolve("c.txt"), "وقال السيد بنعلي إن التعاون سيتواصل.");
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), in.toString()).exit());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            List<String> people = personsNamed(s, "بنعلي");
            assertEquals(3, people.size(), people.toString());
            assertNotEquals(people.get(0), people.get(1));
        }
    }
}
