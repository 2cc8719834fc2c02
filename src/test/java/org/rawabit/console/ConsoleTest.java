package org.rawabit.console;

import org.rawabit.query.NamedQueries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.query.ResultFormat;
import org.rawabit.serve.SeededStore;
import org.rawabit.store.RawabitStore;

/** The console's statements and commands on piped input, against a real store built from seed articles. */
class ConsoleTest {
    static RawabitStore store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void store() {
        store = SeededStore.store();
    }

    record Run(int failures, String out, String err) {}

    static Run piped(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Console c = new Console(store.dataset(), NamedQueries.load(Path.of("queries")), ResultFormat.table, 20_000,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        int failures = c.runPiped(new BufferedReader(new StringReader(input)));
        return new Run(failures, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void multiLineQueriesEndAtSemicolonOrEmptyLineWithPrefixesPredeclared() throws Exception {
        Run r = piped("""
                # people, Arabic labels
                SELECT ?l WHERE {
                  ?e a schema:Person ;
                     rdfs:label ?l .
                  FILTER(lang(?l) = "ar" && CONTAINS(?l, "حموشي"))
                } ORDER BY ?l;
                ASK { ?e itsrdf:taIdentRef ?x }

                SELECT (COUNT(*) AS ?n) WHERE { ?d a schema:NewsArticle }
                """);
        assertEquals(0, r.failures(), r.err());
        assertTrue(r.out().contains("عبد اللطيف حموشي@ar"), r.out());
        assertTrue(r.out().contains("yes"), r.out());
        assertTrue(r.out().contains("| 2 "), "two documents: " + r.out());
        // Piped output is not a terminal: no bidi isolation marks around cells (they break grep and cut).
        assertFalse(r.out().contains("\u2068") || r.out().contains("\u2069"), r.out());
    }

    @Test
    void tablesKeepArabicColumnsAligned() throws Exception {
        Run r = piped("SELECT ?l ?e WHERE { ?e a schema:Person ; rdfs:label ?l } ORDER BY ?l;");
        var lines = r.out().lines().filter(l -> l.startsWith("|")).toList();
        assertTrue(lines.size() > 2, r.out());
        int width = org.rawabit.query.TextTable.displayWidth(lines.get(0));
        for (String l : lines) assertEquals(width, org.rawabit.query.TextTable.displayWidth(l), "row width: " + l);
    }

    @Test
    void formatsSwitchAndCsvKeepsArabicAsUtf8() throws Exception {
        Run r = piped("""
                \\format csv
                SELECT ?l WHERE { <%s> rdfs:label ?l } ORDER BY ?l;
                \\format json
                SELECT ?l WHERE { <%s> rdfs:label ?l } ORDER BY ?l;
                \\format tsv
                SELECT ?l WHERE { <%s> rdfs:label ?l } ORDER BY ?l;
                """.formatted(SeededStore.HAMMOUCHI, SeededStore.HAMMOUCHI, SeededStore.HAMMOUCHI));
        assertEquals(0, r.failures(), r.err());
        assertTrue(r.out().startsWith("l\r\n"), "RFC 4180 CSV header: " + r.out());
        assertTrue(r.out().contains("عبد اللطيف حموشي\r\n"), r.out());
        assertTrue(r.out().contains("\"vars\": [ \"l\" ]"), r.out());
        assertTrue(r.out().contains("?l\n\"عبد اللطيف حموشي\"@ar"), r.out());
    }

    @Test
    void namedQueriesRunWithParameters() throws Exception {
        Run r = piped("\\format csv\n\\run entities-by-type type=schema:Place\n\\run entities-by-type type=Place\n\\run no-such-query\n");
        assertEquals(2, r.failures(), r.err());
        assertTrue(r.out().startsWith("entity,label,english,mentions,documents\r\n"), r.out());
        assertTrue(r.out().contains("مراكش"), r.out());
        assertTrue(r.err().contains("type=Place: expected an IRI"), r.err());
        assertTrue(r.err().contains("no query named 'no-such-query'"), r.err());
    }

    @Test
    void saveWritesTheLastResultInTheFormatOfTheFileName() throws Exception {
        Path csv = tmp.resolve("people.csv"), json = tmp.resolve("people.json");
        Run r = piped("""
                SELECT ?e ?l WHERE { ?e a schema:Person ; rdfs:label ?l } ORDER BY ?e ?l;
                \\save %s
                \\save %s
                \\save %s
                """.formatted(csv, json, tmp.resolve("no/such/folder.csv")));
        assertEquals(1, r.failures(), r.err());
        assertTrue(r.err().contains("folder does not exist"), r.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("e,l\r\n") && text.contains("عبد اللطيف حموشي"), text);
        var rs = ResultSetFactory.fromJSON(Files.newInputStream(json));
        assertEquals(text.lines().count() - 1, ResultSetFormatter.consume(rs));
        assertFalse(Files.exists(tmp.resolve("people.csv.part")));
    }

    @Test
    void syntaxErrorsNameTheInputLineAndTheConsoleCarriesOn() throws Exception {
        Run r = piped("ASK {}\n\nSELECT ?x\nWHERE { ?x ?y };\nASK { ?s ?p ?o };\n");
        assertEquals(1, r.failures());
        assertTrue(r.err().contains("syntax error at line 2, column 15: unexpected '}' (input line 4)"), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.equals("yes")).count(), r.out());
    }

    @Test
    void aTimeoutStopsARunawayQueryWithoutEndingTheConsole() throws Exception {
        long t0 = System.nanoTime();
        Run r = piped("""
                \\timeout 0.5
                SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i };
                ASK { ?s ?p ?o };
                """);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.failures(), r.err());
        assertTrue(r.err().contains("timeout"), r.err());
        assertTrue(r.err().contains("use \\timeout SECONDS"), "the console's own setting, not --timeout: " + r.err());
        assertFalse(r.err().contains("--timeout"), r.err());
        assertTrue(r.out().contains("yes"), "the next query still runs: " + r.out());
        assertTrue(secs < 10, "stopped in " + secs + " s");
    }

    @Test
    void anUnclosedBraceIsReportedAndDoesNotSwallowTheQueriesAfterIt() throws Exception {
        Run r = piped("""
                SELECT ?l WHERE { ?e a schema:Person ; rdfs:label ?l

                SELECT (COUNT(*) AS ?n) WHERE { ?d a schema:NewsArticle };
                PREFIX ex: <http://example.org/>
                ASK { ?s ?p ?o };
                SELECT ?x WHERE { ?x a schema:Place .
                \\reset
                ASK { ?m itsrdf:taIdentRef ?x };
                SELECT ?x WHERE { ?x a schema:Place
                """);
        assertEquals(2, r.failures(), r.err());
        var errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).contains("'{' at line 1 is never closed") && errors.get(0).contains("input line 3")
                && errors.get(0).endsWith("(input line 1)"), errors.get(0));
        assertTrue(errors.get(1).contains("'{' at line 1 is never closed") && errors.get(1).contains("end of the input")
                && errors.get(1).endsWith("(input line 9)"), errors.get(1));
        assertTrue(r.out().contains("| 2 "), "the count after the broken query ran: " + r.out());
        assertEquals(2, r.out().lines().filter("yes"::equals).count(), "both ASKs ran, the \\reset query was dropped: " + r.out());
    }

    @Test
    void aResetTypedBelowAnUnfinishedQueryDiscardsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Console c = new Console(store.dataset(), NamedQueries.load(Path.of("queries")), ResultFormat.table, 20_000,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);
        assertTrue(c.execute("SELECT ?x WHERE { ?x a schema:Place\n\\reset"));
        assertEquals(0, c.failures(), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("query discarded"));
        assertTrue(org.rawabit.console.InteractiveConsole.SparqlParser.complete("SELECT ?x WHERE { ?x a schema:Place\n\\reset"),
                "Enter on \\reset ends the input on the terminal too");
    }

    @Test
    void explainShowsAlgebraAndPlan() throws Exception {
        Run r = piped("""
                SELECT ?e WHERE { ?e a schema:Person ; rdfs:label ?l } LIMIT 3;
                \\explain
                \\explain SELECT ?d WHERE { GRAPH ?d { ?m nif:anchorOf ?a } }
                """);
        assertEquals(0, r.failures(), r.err());
        assertTrue(r.out().contains("-- SPARQL algebra") && r.out().contains("(bgp"), r.out());
        assertTrue(r.out().contains("(triple ?e rdf:type schema:Person)"), r.out());
        assertTrue(r.out().contains("(quadpattern") && r.out().contains("(quad ?d ?m nif:anchorOf ?a)"), r.out());
    }

    @Test
    void helpPrefixesQueriesAndUnknownCommands() throws Exception {
        Run r = piped("\\help\n\\prefixes\n\\queries\n\\frobnicate\n\\quit\nASK {}\n");
        assertEquals(1, r.failures());
        assertTrue(r.out().contains("\\run NAME key=value"), r.out());
        assertTrue(r.out().contains("PREFIX itsrdf:  <http://www.w3.org/2005/11/its/rdf#>"), r.out());
        assertTrue(r.out().contains("entities-by-type type=[schema:Person]"), r.out());
        assertTrue(r.err().contains("unknown command \\frobnicate"), r.err());
        assertFalse(r.out().contains("yes"), "\\quit ends the input");
    }
}
