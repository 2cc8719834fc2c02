package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.TestArticles;
import org.rawabit.core.Vocab;
import org.rawabit.store.RawabitStore;

/** Ingests seeds/ through the real command line into a real TDB2 store and checks what the graph holds. */
class SeedsIngestTest {
    @TempDir
    static Path tmp;
    static Path db;
    static RawabitStore store;

    @BeforeAll
    static void ingestSeeds() {
        db = tmp.resolve("tdb2");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), TestArticles.SEEDS.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ingested 5 document(s)"), r.out());
        store = RawabitStore.open(db, false);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final org.apache.jena.rdf.model.Model DETACHED = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();

    static List<QuerySolution> select(String q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(Vocab.sparqlPrologue() + q).build()) {
                List<QuerySolution> out = new ArrayList<>();
                // copy each row while the read transaction is open: TDB2 resolves nodes lazily
                qe.execSelect().forEachRemaining(row -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, DETACHED.asRDFNode(row.get(v).asNode())));
                    out.add(copy);
                });
                return out;
            }
        });
    }

    static boolean hasEntity(String type, String arabicLabel) {
        return !select("SELECT ?e WHERE { ?e a schema:" + type + " ; rdfs:label|skos:altLabel ?l . FILTER(str(?l) = \"" + arabicLabel + "\") }").isEmpty();
    }

    @Test
    void peopleOrganisationsAndPlacesOfTheSeedsAreThere() {
        for (String p : List.of("عبد اللطيف حموشي", "محمد السادس", "أحمد ناصر الريسي", "فالديسي أوركيزا", "محمد الدخيسي")) {
            assertTrue(hasEntity("Person", p), "Person " + p);
        }
        assertTrue(hasEntity("Organization", "الإنتربول"));
        assertTrue(hasEntity("Organization", "المديرية العامة للأمن الوطني"));
        for (String p : List.of("مراكش", "الرباط", "غلاسكو", "ليون", "موسكو")) assertTrue(hasEntity("Place", p), "Place " + p);
    }

    @Test
    void the92ndAnd93rdGeneralAssembliesAreTwoEventsWithIntegerOrdinals() {
        List<QuerySolution> rows = select("SELECT ?e ?n WHERE { ?e a schema:Event ; rw:ordinal ?n ; "
                + "schema:organizer rwid:org-interpol } ORDER BY ?n");
        assertEquals(List.of(92, 93), rows.stream().map(r -> r.getLiteral("n").getInt()).toList(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("n").getDatatypeURI().equals(Vocab.XSD + "integer")));
    }

    @Test
    void everyMentionsOffsetsPointAtItsAnchorInTheContextString() {
        List<QuerySolution> rows = select("SELECT ?a ?b ?e ?s WHERE { ?m nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; "
                + "nif:referenceContext ?c . ?c nif:isString ?s }");
        assertTrue(rows.size() > 100, "mentions found: " + rows.size());
        for (QuerySolution r : rows) {
            String s = r.getLiteral("s").getString();
            assertEquals(r.getLiteral("a").getString(), s.substring(r.getLiteral("b").getInt(), r.getLiteral("e").getInt()));
        }
    }

    @Test
    void documentsCarryTheirMetadataInTheirOwnGraph() {
        List<QuerySolution> rows = select("SELECT ?g WHERE { GRAPH ?g { ?g a schema:NewsArticle ; rw:articleId ?id } }");
        assertEquals(5, rows.size());
        // 004 opens with its headline and a "الرباط - " dateline; 002 states "نشر في … يوم 24 - 11 - 2025"
        assertEquals(1, select("SELECT * WHERE { GRAPH ?g { ?g rw:articleId \"004_4df3a00c80e12445\" ; "
                + "schema:headline \"المغرب يدعو إلى تعاون استخباراتي عادل في مواجهة المخاطر\"@ar ; rw:dateline \"الرباط\"@ar } }").size());
        assertEquals(1, select("SELECT * WHERE { GRAPH ?g { ?g rw:articleId \"002_a080804b0b4d0dbd\" ; "
                + "schema:datePublished \"2025-11-24\"^^xsd:date } }").size());
    }

    @Test
    void widgetTextAndBylinesAreNeverHeadlines() {
        List<QuerySolution> rows = select("SELECT ?h WHERE { ?g a schema:NewsArticle ; schema:headline ?h }");
        assertTrue(rows.stream().noneMatch(r -> r.getLiteral("h").getString().contains("الإبلاغ")
                || r.getLiteral("h").getString().contains("مجدوبي")), rows.toString());
        assertEquals(1, select("SELECT * WHERE { GRAPH ?g { ?g rw:articleId \"002_a080804b0b4d0dbd\" ; schema:headline ?h . "
                + "FILTER(STRSTARTS(str(?h), \"حموشي: حرص المغرب على احتضان الدورة 93\")) } }").size());
    }

    @Test
    void hammouchiIsOnePersonAcrossDocuments() {
        List<QuerySolution> rows = select("SELECT DISTINCT ?e WHERE { ?m itsrdf:taIdentRef ?e . ?e a schema:Person ; "
                + "rdfs:label|skos:altLabel ?l . FILTER(CONTAINS(str(?l), \"حموشي\")) }");
        assertEquals(1, rows.size(), rows.toString());
    }

    @Test
    void hammouchiIsMentionedInEveryDocument() {
        List<QuerySolution> docs = select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } "
                + "?e a schema:Person ; rdfs:label \"عبد اللطيف حموشي\"@ar }");
        assertEquals(5, docs.get(0).getLiteral("n").getInt());
    }

    @Test
    void interpolIsNamedInEveryDocumentAndKnownPlacesLinkToWikidata() {
        List<QuerySolution> interpol = select("SELECT (COUNT(DISTINCT ?g) AS ?docs) (COUNT(DISTINCT ?a) AS ?forms) WHERE { "
                + "GRAPH ?g { ?m itsrdf:taIdentRef rwid:org-interpol ; nif:anchorOf ?a } }");
        assertEquals(4, interpol.get(0).getLiteral("docs").getInt(), "000 to 003 name INTERPOL, 004 does not");
        assertTrue(interpol.get(0).getLiteral("forms").getInt() >= 5, "INTERPOL's spelling variants all link to it");
        assertEquals(1, select("SELECT * WHERE { rwid:country-MA owl:sameAs wd:Q1028 }").size());
        assertEquals(1, select("SELECT * WHERE { rwid:city-ma-marrakesh a schema:City ; owl:sameAs wd:Q101625 }").size());
    }

    @Test
    void reingestingIsIdempotent() {
        long before = store.stats().get("triples");
        CliRun again = CliRun.run("ingest", "--db", db.toString(), TestArticles.SEEDS.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("5 unchanged"), again.out());
        CliRun forced = CliRun.run("ingest", "--force", "--db", db.toString(), TestArticles.SEEDS.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.out().contains("ingested 5 document(s)"), forced.out());
        assertEquals(before, store.stats().get("triples"));
    }

    @Test
    void statsAndQueryCommandsWorkOnTheStore() throws Exception {
        CliRun stats = CliRun.run("stats", "--db", db.toString());
        assertEquals(0, stats.exit());
        assertTrue(stats.out().matches("(?s).*documents\\s+5.*"), stats.out());
        Path csv = tmp.resolve("people.csv");
        CliRun q = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--out", csv.toString(),
                "SELECT ?label WHERE { ?e a schema:Person ; rdfs:label ?label } ORDER BY ?label");
        assertEquals(0, q.exit(), q.err());
        String text = java.nio.file.Files.readString(csv);
        assertTrue(text.startsWith("label\r\n"), text);
        assertTrue(text.contains("عبد اللطيف حموشي"), text);
        CliRun bad = CliRun.run("query", "--db", db.toString(), "SELECT ?x WHERE { ?x ?y }");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("line 1, column"), bad.err());
        CliRun named = CliRun.run("query", "--db", db.toString(), "--format", "csv", "--out", csv.toString(),
                "queries/person-posts.rq", "--param", "name_filter=حموشي");
        assertEquals(0, named.exit(), named.err());
        String posts = java.nio.file.Files.readString(csv);
        assertTrue(posts.contains("post-dgsn-dgst-director-general") && !posts.contains("أوركيزا"), posts);
        CliRun unknown = CliRun.run("query", "--db", db.toString(), "queries/person-posts.rq", "--param", "nom=x");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("has no parameter 'nom'"), unknown.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");
    }
}
