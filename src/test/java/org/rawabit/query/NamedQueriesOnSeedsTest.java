package org.rawabit.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** Each analyst query in queries/ answers correctly on the seeds' store (through the real command line). */
class NamedQueriesOnSeedsTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("db");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), "seeds");
        assertEquals(0, r.exit(), r.err());
    }

    /** Runs queries/NAME.rq with parameters; rows as column → value maps. */
    static List<Map<String, String>> run(String name, String... params) throws Exception {
        Path out = tmp.resolve(name + params.length + ".csv");
        List<String> args = new ArrayList<>(List.of("query", "--db", db.toString(), "--format", "csv", "--out", out.toString(),
                "queries/" + name + ".rq"));
        for (String p : params) args.addAll(List.of("--param", p));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        try (CSVParser p = CSVParser.parse(Files.readString(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    static boolean any(List<Map<String, String>> rows, Map<String, String> expected) {
        return rows.stream().anyMatch(r -> expected.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
    }

    @Test
    void personPosts() throws Exception {
        List<Map<String, String>> rows = run("person-posts");
        assertTrue(any(rows, Map.of("name", "عبد اللطيف حموشي", "post", "https://w3id.org/rawabit/id/post-dgsn-dgst-director-general")), rows.toString());
        assertTrue(any(rows, Map.of("name", "أحمد ناصر الريسي", "post", "https://w3id.org/rawabit/id/post-interpol-president",
                "organisation", "https://w3id.org/rawabit/id/org-interpol")), rows.toString());
        assertTrue(any(rows, Map.of("name", "فالديسي أوركيزا", "post", "https://w3id.org/rawabit/id/post-interpol-secretary-general")));
        assertTrue(any(rows, Map.of("name", "محمد الدخيسي", "post", "https://w3id.org/rawabit/id/post-police-wali")), rows.toString());
    }

    @Test
    void hammouchiHoldsOnePostOfTwoDirectorates() throws Exception {
        List<Map<String, String>> rows = run("person-posts", "name_filter=حموشي");
        // one post (the query has a row per organisation of the post): with and without "ولمراقبة التراب الوطني" or "المغربي"
        assertEquals(1, rows.stream().map(r -> r.get("post")).distinct().count(), rows.toString());
        assertEquals(2, rows.stream().map(r -> r.get("organisation")).distinct().count(), rows.toString());
    }

    @Test
    void eventsWithPlaceDatesAndCounts() throws Exception {
        List<Map<String, String>> rows = run("events");
        assertTrue(any(rows, Map.of("ordinal", "93", "place", "مراكش", "start", "2025-11-24", "end", "2025-11-27", "countries", "179")), rows.toString());
        assertTrue(any(rows, Map.of("ordinal", "92", "place", "غلاسكو", "start", "2024-11-04", "end", "2024-11-07")), rows.toString());
        // no other dates or places leak into the two sessions (an article that says only "في نونبر 2025" gives the month)
        assertTrue(rows.stream().filter(r -> r.get("ordinal").equals("93")).allMatch(r -> r.get("start").equals("2025-11-24")
                || r.get("start").equals("2025-11")), rows.toString());
        assertTrue(rows.stream().filter(r -> r.get("ordinal").equals("92")).allMatch(r -> r.get("place").equals("غلاسكو")), rows.toString());
    }

    @Test
    void eventsOfTheSeedsWithTheirOrganiserAndPlace() throws Exception {
        List<Map<String, String>> rows = run("events");
        assertTrue(any(rows, Map.of("ordinal", "92", "organiser", "الإنتربول", "place", "غلاسكو")), rows.toString());
        assertTrue(any(rows, Map.of("ordinal", "93", "organiser", "الإنتربول", "place", "مراكش")), rows.toString());
        assertTrue(any(rows, Map.of("ordinal", "13", "place", "موسكو")), rows.toString());
    }

    @Test
    void quotesByPersonEntityFactsCoMentionsAndTimeline() throws Exception {
        List<Map<String, String>> quotes = run("quotes-by-person", "name_filter=حموشي");
        assertTrue(!quotes.isEmpty() && quotes.stream().allMatch(q -> q.get("name").equals("عبد اللطيف حموشي")), quotes.toString());
        assertTrue(quotes.stream().anyMatch(q -> q.get("text").startsWith("تحقيق أمننا الجماعي، يفرض تطوير مؤسساتنا")), quotes.toString());

        List<Map<String, String>> facts = run("entity-facts", "entity=rwid:org-interpol");
        assertTrue(any(facts, Map.of("predicate", "https://w3id.org/rawabit/ontology#headquarters",
                "value", "https://w3id.org/rawabit/id/city-fr-lyon", "rule", "facts.org-headquarters")), facts.toString());
        assertTrue(facts.stream().allMatch(f -> !f.get("sentence").isEmpty() && !f.get("doc").isEmpty()));

        List<Map<String, String>> pairs = run("co-mentions", "min_sentences=3");
        assertTrue(pairs.stream().anyMatch(p -> (p.get("aLabel") + "|" + p.get("bLabel")).contains("الإنتربول")
                && (p.get("aLabel") + "|" + p.get("bLabel")).contains("مراكش")), pairs.toString());
        assertTrue(pairs.stream().allMatch(p -> Integer.parseInt(p.get("sentences")) >= 3));

        List<Map<String, String>> timeline = run("timeline", "entity=rwid:country-MA");
        assertTrue(any(timeline, Map.of("role", "elected")), timeline.toString());
        List<String> dates = timeline.stream().map(t -> t.get("date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
    }

    @Test
    void theElectionIsDatedOnTheTimeline() throws Exception {
        assertTrue(any(run("timeline", "entity=rwid:country-MA"), Map.of("date", "2024-11-04", "role", "elected")));
    }

    @Test
    void entitiesByType() throws Exception {
        List<Map<String, String>> places = run("entities-by-type", "type=schema:Place");
        assertEquals("https://w3id.org/rawabit/id/country-MA", places.get(0).get("entity"), places.toString());
    }

    @Test
    void whoMetWhom() throws Exception {
        List<Map<String, String>> met = run("who-met-whom");
        assertTrue(met.stream().anyMatch(r -> r.values().contains("عبد اللطيف حموشي") && r.values().contains("فرانسيسكا بوستين")), met.toString());
    }
}
