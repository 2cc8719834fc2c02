package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.core.Vocab;

/**
 * Curation and delete on a real TDB2 store built by the real pipeline from three new articles: a
 * minister, an expert who shares his surname, and a press conference by "السيد لفتيت".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationTest {
    @TempDir
    static Path tmp;
    static Path db, d1, d2, d3, curation;

    static final String MINISTER = Vocab.entityIri("per-bf5bd5eca8fe"); // عبد الوافي لفتيت, an id from the normalised name

    @BeforeAll
    static void ingestWithCuration() throws Exception {
        d1 = Files.writeString(tmp.resolve("d1.txt"), "الرباط - استقبل وزير الداخلية عبد الوافي لفتيت، اليوم الثلاثاء بالرباط، وفدا من الشرطة "
                + "الإسبانية، وبحث معه تعزيز التعاون في مكافحة الهجرة غير النظامية والجريمة المنظمة العابرة للحدود.\n");
        d2 = Files.writeString(tmp.resolve("d2.txt"), "الدار البيضاء - قال الخبير الأمني سعيد لفتيت إن شبكات التهريب تستغل الموانئ الصغيرة، "
                + "وأضاف أن التنسيق بين الأجهزة أصبح ضروريا.\n");
        d3 = Files.writeString(tmp.resolve("d3.txt"), "طنجة - أكد السيد لفتيت، خلال ندوة صحفية بطنجة، أن المصالح الأمنية أحبطت "
                + "عشرات محاولات العبور نحو إسبانيا خلال الشهر الماضي.\n");
        curation = Files.writeString(tmp.resolve("corrections.csv"), """
                action,form,entity,value
                reject,المنظمة العابرة للحدود,,
                relabel,,rwid:city-ma-rabat,مدينة الرباط
                link,عبد الوافي لفتيت,,Q3572985
                retype,الشرطة الإسبانية,,GovernmentOrganization
                """);
        db = tmp.resolve("db");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), "--curation", curation.toString(), d1.toString(), d2.toString(), d3.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("curation corrections.csv: 4 rule(s)"), r.out());
    }

    static List<QuerySolution> select(String q) {
        try (RawabitStore s = RawabitStore.open(db, false)) {
            return Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(Vocab.sparqlPrologue() + q).build()) {
                    List<QuerySolution> out = new ArrayList<>();
                    qe.execSelect().forEachRemaining(row -> { // copied while the store is open: TDB2 bindings are lazy
                        org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                        row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                        out.add(copy);
                    });
                    return out;
                }
            });
        }
    }

    static Set<String> allQuads() {
        try (RawabitStore s = RawabitStore.open(db, false)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                s.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
                return out;
            });
        }
    }

    @Test
    @Order(1)
    void correctionsAppliedAtIngestAreToldApartByTheirGraph() {
        assertTrue(select("SELECT ?m WHERE { ?m nif:anchorOf ?a ; itsrdf:taIdentRef ?e FILTER(CONTAINS(?a, \"العابرة للحدود\")) }").isEmpty(),
                "the rejected form names no entity");
        assertTrue(select("SELECT ?e WHERE { ?e rw:nameKey ?k FILTER(CONTAINS(?k, \"عابره\")) }").isEmpty(), "nor is it an entity");
        // The new label, the link and the type are curated triples: in the curation graph, which PROV describes.
        List<QuerySolution> curated = select("""
                SELECT ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } ?g prov:wasGeneratedBy ?act . ?act a rw:Curation ; prov:used "corrections.csv" .
                                     VALUES ?s { rwid:city-ma-rabat <%s> } }""".formatted(MINISTER));
        List<String> pairs = curated.stream().map(s -> s.get("p") + " " + s.get("o")).toList();
        assertTrue(pairs.contains(Vocab.RDFS + "label \"مدينة الرباط\"@ar"), pairs.toString());
        assertTrue(pairs.contains("http://www.w3.org/2002/07/owl#sameAs " + Vocab.WD + "Q3572985"), pairs.toString());
        // One Arabic label now, the curated one; the extracted spelling is kept as an alternative label.
        List<QuerySolution> labels = select("SELECT ?l WHERE { rwid:city-ma-rabat rdfs:label ?l FILTER(lang(?l) = \"ar\") }");
        assertEquals(1, labels.size());
        assertEquals("مدينة الرباط", labels.get(0).getLiteral("l").getString());
        assertFalse(select("SELECT ?g WHERE { GRAPH ?g { rwid:city-ma-rabat skos:altLabel \"الرباط\"@ar } }").isEmpty());
        List<QuerySolution> types = select("SELECT ?t WHERE { ?e rw:nameKey ?k ; a ?t FILTER(CONTAINS(?k, \"شرطه\")) }");
        assertEquals(Set.of(Vocab.SCHEMA + "Organization", Vocab.SCHEMA + "GovernmentOrganization"),
                Set.copyOf(types.stream().map(s -> s.getResource("t").getURI()).toList()), "retyped, the extracted types gone");
    }

    @Test
    @Order(2)
    void applyingTheSameFileAgainChangesNothing() {
        Set<String> before = allQuads();
        CliRun r = CliRun.run("curate", "--db", db.toString(), curation.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("already curated"), r.out());
        assertEquals(before, allQuads());
    }

    @Test
    @Order(3)
    void badRowsAreOneLineWithTheLineNumberAndChangeNothing() throws Exception {
        Set<String> before = allQuads();
        String[][] cases = {
                {"action,form,entity,value\nreject,الرباط,,\nlink,,rwid:city-ma-rabat,wd:Q3551\n", ":3: link needs a Wikidata id"},
                {"action,form,entity,value\nmerge,,rwid:per-x,\n", ":2: merge takes an entity"},
                {"action,form,entity,value\nrelabel,,rwid:city-ma-rabat,الرباط\nremove,الرباط,,\n", ":3: unknown action 'remove'"},
                {"action,form,entity,value\nretype,,rwid:city-ma-rabat,Planet\n", ":2: unknown type 'Planet'"},
                {"action,form,entity\nreject,الرباط,\n", ":1: the header must be action,form,entity,value"},
                {"action,form,entity,value\nreject,الرباط,rwid:city-ma-rabat,\n", ":2: reject takes a form or an entity"},
        };
        for (String[] c : cases) {
            Path bad = Files.writeString(tmp.resolve("bad.csv"), c[0]);
            CliRun r = CliRun.run("curate", "--db", db.toString(), bad.toString());
            assertEquals(2, r.exit(), c[1]);
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("rawabit: " + bad + c[1]), r.err());
        }
        assertEquals(before, allQuads(), "nothing applied");
    }

    @Test
    @Order(4)
    void reingestKeepsTheCorrections() {
        CliRun r = CliRun.run("ingest", "--db", db.toString(), "--force", d1.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(select("SELECT ?m WHERE { ?m nif:anchorOf ?a ; itsrdf:taIdentRef ?e FILTER(CONTAINS(?a, \"العابرة للحدود\")) }").isEmpty());
        assertEquals(1, select("SELECT ?l WHERE { rwid:city-ma-rabat rdfs:label ?l FILTER(lang(?l) = \"ar\") }").size());
        assertEquals(1, select("SELECT ?q WHERE { <%s> owl:sameAs ?q }".formatted(MINISTER)).size());
    }

    @Test
    @Order(5)
    void deleteRerunsTheCrossDocumentStep() {
        // Two full names end with لفتيت, so "السيد لفتيت" is linked to neither.
        String surnameOnly = "SELECT DISTINCT ?e WHERE { GRAPH <" + Vocab.documentIri("d3") + "> { ?m nif:anchorOf \"لفتيت\" ; itsrdf:taIdentRef ?e } }";
        assertFalse(select(surnameOnly).get(0).getResource("e").getURI().equals(MINISTER));
        CliRun r = CliRun.run("delete", "--db", db.toString(), "d2.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("deleted rwdoc:d2"), r.out());
        assertTrue(select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g = <" + Vocab.documentIri("d2") + ">) } LIMIT 1").isEmpty());
        assertEquals(MINISTER, select(surnameOnly).get(0).getResource("e").getURI(), "now one full name: linked");
        // Unknown documents stop the command before anything is deleted.
        Set<String> before = allQuads();
        r = CliRun.run("delete", "--db", db.toString(), "d1", "no-such-article");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no document 'no-such-article'"), r.err());
        assertEquals(before, allQuads());
    }

    @Test
    @Order(6)
    void mergeMakesTwoEntitiesOne() throws Exception {
        String tangier = select("SELECT ?e WHERE { ?m nif:anchorOf \"طنجة\" ; itsrdf:taIdentRef ?e }").get(0).getResource("e").getURI();
        String other = select("SELECT ?e WHERE { ?m nif:anchorOf \"إسبانيا\" ; itsrdf:taIdentRef ?e }").get(0).getResource("e").getURI();
        Path merge = Files.writeString(tmp.resolve("merge.csv"), "action,form,entity,value\nmerge,,<" + other + ">,<" + tangier + ">\n");
        CliRun r = CliRun.run("curate", "--db", db.toString(), merge.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 merge(s)"), r.out());
        assertTrue(select("SELECT ?m WHERE { ?m itsrdf:taIdentRef <" + other + "> }").isEmpty());
        assertEquals(1, select("SELECT ?m WHERE { ?m nif:anchorOf \"إسبانيا\" ; itsrdf:taIdentRef <" + tangier + "> }").size());
        assertFalse(select("SELECT ?g WHERE { GRAPH ?g { <" + other + "> owl:sameAs <" + tangier + "> } FILTER(STRSTARTS(STR(?g), \""
                + Curator.CURATION_NS + "\")) }").isEmpty(), "the merge is a curated triple");
        Set<String> before = allQuads();
        assertEquals(0, CliRun.run("curate", "--db", db.toString(), merge.toString()).exit());
        assertEquals(before, allQuads(), "idempotent");
    }
}
