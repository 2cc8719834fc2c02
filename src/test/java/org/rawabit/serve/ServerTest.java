package org.rawabit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.store.RawabitStore;

/**
 * A live server on a free loopback port, driven with Jena's HTTP client, with curl, and with plain
 * HTTP for the explorer API and the Fuseki UI: queries work, updates are refused unless enabled,
 * the timeout stops an expensive query, documents posted to the ingest endpoint are visible to
 * the next query.
 */
class ServerTest {
    static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final long TIMEOUT_MS = 1500;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;
    static RawabitServer readOnly;
    static RawabitServer writable;
    static RawabitStore emptyStore;

    @BeforeAll
    static void start() {
        readOnly = RawabitServer.start(SeededStore.store(),
                RawabitServer.Settings.defaults().withPort(0).withTimeoutMillis(TIMEOUT_MS), SeededStore::pipeline);
        emptyStore = RawabitStore.open(tmp.resolve("empty"), true);
        writable = RawabitServer.start(emptyStore, RawabitServer.Settings.defaults().withPort(0).withUpdate(true)
                .withCors("http://example.org"), SeededStore::pipeline);
    }

    @AfterAll
    static void stop() {
        if (readOnly != null) readOnly.close();
        if (writable != null) writable.close();
        if (emptyStore != null) emptyStore.close();
    }

    static List<QuerySolution> select(String endpoint, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static boolean ask(String endpoint, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    record Curl(int status, String body, double seconds) {}

    static Curl curl(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-m", "30", "-w", "\n%{http_code}"));
        Collections.addAll(cmd, args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(40, TimeUnit.SECONDS));
        int nl = out.lastIndexOf('\n');
        return new Curl(Integer.parseInt(out.substring(nl + 1).strip()), out.substring(0, nl), (System.nanoTime() - t0) / 1e9);
    }

    static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- SPARQL protocol

    @Test
    void javaClientQueriesTheUnionOfAllDocuments() {
        String ds = readOnly.datasetUrl();
        List<QuerySolution> rows = select(ds + "/sparql", "SELECT ?l WHERE { <" + SeededStore.HAMMOUCHI + "> rdfs:label ?l }");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("l").getString().contains("حموشي")), rows.toString());
        assertTrue(ask(ds + "/query", "ASK { ?m itsrdf:taIdentRef <" + SeededStore.HAMMOUCHI + "> }"));
        assertTrue(ask(ds, "ASK { GRAPH ?g { ?d a schema:NewsArticle } }"), "the dataset URL answers queries too");
        // Graph Store Protocol, read: one document's graph.
        Graph g = GSP.service(ds).graphName("https://w3id.org/rawabit/doc/sample-04-wafqa-mawqi").GET();
        assertTrue(g.size() > 50, "document graph size " + g.size());
    }

    @Test
    void updatesAndGraphWritesAreRefusedByDefault() {
        String ds = readOnly.datasetUrl();
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"hacked\" } }";
        assertThrows(HttpException.class, () -> UpdateExecutionHTTP.service(ds + "/update").update(insert).execute());
        assertThrows(HttpException.class, () -> UpdateExecutionHTTP.service(ds).update(insert).execute());
        Graph g = GraphFactory.createDefaultGraph();
        g.add(org.apache.jena.graph.NodeFactory.createURI("urn:x:s"), org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                org.apache.jena.graph.NodeFactory.createLiteralString("hacked"));
        assertThrows(HttpException.class, () -> GSP.service(ds).graphName("urn:x:g").PUT(g));
        assertThrows(HttpException.class, () -> GSP.service(ds + "/data").graphName("urn:x:g").POST(g));
        assertFalse(ask(ds + "/sparql", "ASK { GRAPH ?g { ?s ?p \"hacked\" } }"));
    }

    @Test
    void curlQueriesAndIsRefusedUpdates() throws Exception {
        String ds = readOnly.datasetUrl();
        Curl q = curl(ds + "/sparql", "-H", "Accept: text/csv", "--data-urlencode",
                "query=" + PREFIXES + "SELECT ?l WHERE { <" + SeededStore.HAMMOUCHI + "> rdfs:label ?l }");
        assertEquals(200, q.status(), q.body());
        assertTrue(q.body().startsWith("l\r\n") && q.body().contains("حموشي"), q.body());
        Curl u = curl(ds + "/update", "--data-urlencode", "update=INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }");
        assertTrue(u.status() >= 400 && u.status() < 500, "update answered " + u.status());
        Curl u2 = curl(ds, "-H", "Content-Type: application/sparql-update", "--data", "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }");
        assertTrue(u2.status() >= 400 && u2.status() < 500, "update answered " + u2.status());
        Curl put = curl("-X", "PUT", ds + "?graph=urn:x:g", "-H", "Content-Type: text/turtle", "--data", "<urn:x:s> <urn:x:p> <urn:x:o> .");
        assertTrue(put.status() >= 400 && put.status() < 500, "GSP PUT answered " + put.status());
    }

    @Test
    void theTimeoutStopsAnExpensiveQuery() throws Exception {
        String ds = readOnly.datasetUrl();
        // curl: the request ends with 503 soon after the timeout, even when it asks for a longer one.
        Curl c = curl(ds + "/sparql", "--data-urlencode", "query=" + EXPENSIVE, "--data-urlencode", "timeout=120");
        assertEquals(503, c.status(), c.body());
        assertTrue(c.seconds() < TIMEOUT_MS / 1000.0 + 8, "answered after " + c.seconds() + " s");
        // Java client: the same, as an exception with the status.
        long t0 = System.nanoTime();
        var e = assertThrows(org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class, () -> select(ds + "/sparql", EXPENSIVE));
        assertEquals(503, e.getStatusCode());
        assertTrue((System.nanoTime() - t0) / 1e9 < TIMEOUT_MS / 1000.0 + 8);
        // The query really stopped on the server (Jena issue 3535): the process is not still busy with it.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(300);
        long cpu0 = os.getProcessCpuTime();
        Thread.sleep(2000);
        double busy = (os.getProcessCpuTime() - cpu0) / 2e9;
        assertTrue(busy < 0.6, "server still uses " + busy + " cores after the timeout");
        // And the server still answers.
        assertTrue(ask(ds + "/sparql", "ASK { ?s ?p ?o }"));
    }

    // ---- ingest while serving

    @Test
    void aDocumentPostedWhileServingIsVisibleToTheNextQuery() throws Exception {
        String ds = writable.datasetUrl();
        String doc = "https://w3id.org/rawabit/doc/serve-test-article";
        assertFalse(ask(ds + "/sparql", "ASK { GRAPH <" + doc + "> { ?s ?p ?o } }"));
        String text = "انطلقت في مراكش أشغال الجمعية العامة للإنتربول بمشاركة وفود 179 دولة.\n\n"
                + "وقال عبد اللطيف حموشي إن المغرب يعتز باستضافة هذا الموعد.";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ds + "/ingest?name=serve-test-article.txt"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(1, report.get("stored").asInt(), r.body());
        assertTrue(ask(ds + "/sparql", "ASK { GRAPH <" + doc + "> { ?m itsrdf:taIdentRef ?e } }"), "visible to the next query");
        // The same text again is recognised as unchanged; curl works the same way.
        Path file = tmp.resolve("serve-test-article.txt");
        java.nio.file.Files.writeString(file, text);
        Curl again = curl(ds + "/ingest?name=serve-test-article.txt", "-H", "Content-Type: text/plain; charset=utf-8", "--data-binary", "@" + file);
        assertEquals(200, again.status(), again.body());
        assertEquals(1, JSON.readTree(again.body()).get("unchanged").asInt(), again.body());
        // A form post (curl -d without a type) is refused with a hint; read-only servers refuse ingest naming --update.
        Curl form = curl(ds + "/ingest", "-d", "text");
        assertEquals(415, form.status(), form.body());
        Curl none = curl(readOnly.datasetUrl() + "/ingest", "-H", "Content-Type: text/plain", "--data-binary", "نص");
        assertEquals(403, none.status(), "read-only ingest answered " + none.status());
        assertTrue(none.body().contains("--update"), none.body());
    }

    // ---- explorer API

    @Test
    void explorerApiSearchesNeighboursAndMentions() throws Exception {
        String base = readOnly.baseUrl() + "/explore/api/";
        JsonNode s = JSON.readTree(get(base + "search?q=" + enc("حموشى")).body()); // alef maqsura still matches yaa
        assertEquals(SeededStore.HAMMOUCHI, s.at("/results/0/iri").asText(), s.toString());
        JsonNode en = JSON.readTree(get(base + "search?q=INTERPOL").body());
        assertTrue(en.at("/results/0/label").asText().contains("الإنتربول"), en.toString());
        JsonNode top = JSON.readTree(get(base + "search").body());
        assertTrue(top.get("results").size() > 5, top.toString());

        JsonNode e = JSON.readTree(get(base + "entity?iri=" + enc(SeededStore.HAMMOUCHI)).body());
        assertEquals("person", e.at("/entity/kind").asText());
        assertTrue(e.at("/nodes/0/center").asBoolean());
        // Edges are facts with readable names; co-mentions only when asked for.
        assertTrue(e.get("edges").size() >= 1, e.toString());
        for (JsonNode x : e.get("edges")) assertEquals("fact", x.get("kind").asText(), e.toString());
        assertTrue(e.get("edges").findValuesAsText("labelEn").contains("holds post"), e.toString());
        JsonNode co = JSON.readTree(get(base + "entity?comentions=1&iri=" + enc(SeededStore.HAMMOUCHI)).body());
        assertTrue(co.get("nodes").size() > 3 && co.get("edges").size() > e.get("edges").size(), co.toString());
        assertTrue(co.get("edges").findValuesAsText("kind").contains("co-mention"), co.toString());
        // Search with a clitic reaches the articles through the full-text index.
        JsonNode clitic = JSON.readTree(get(base + "search?q=" + enc("والإنتربول")).body());
        assertTrue(clitic.get("articles").size() >= 1, clitic.toString());
        // The article view: text and mention offsets that cut out the mention's text.
        String doc = clitic.at("/articles/0/iri").asText();
        JsonNode a = JSON.readTree(get(base + "article?iri=" + enc(doc)).body());
        String text = a.get("text").asText();
        assertTrue(a.get("mentions").size() > 3, a.toString());
        assertTrue(a.get("mentions").findValuesAsText("kind").contains("person"), a.toString());
        for (JsonNode x : a.get("mentions")) assertTrue(x.get("end").asInt() <= text.length() && x.get("begin").asInt() < x.get("end").asInt());
        // The timeline of the 93rd session: dated.
        JsonNode session = JSON.readTree(get(base + "search?q=" + enc("الدورة الـ93")).body());
        String event = null;
        for (JsonNode r : session.get("results")) if (r.get("kind").asText().equals("event")) { event = r.get("iri").asText(); break; }
        JsonNode t = JSON.readTree(get(base + "timeline?iri=" + enc(event)).body());
        assertTrue(t.at("/items/0/start").asText().matches("\\d{4}-\\d{2}-\\d{2}"), t.toString());

        JsonNode m = JSON.readTree(get(base + "mentions?iri=" + enc("rwid:per-7e617711abbc")).body());
        assertTrue(m.get("mentions").size() >= 3, m.toString());
        for (JsonNode x : m.get("mentions")) {
            String sentence = x.get("sentence").asText();
            assertEquals(x.get("anchor").asText(), sentence.substring(x.get("highlightBegin").asInt(), x.get("highlightEnd").asInt()));
            assertEquals(x.get("anchor").asText(), x.get("match").asText());
            assertTrue(sentence.length() < 600, "a sentence, not the article: " + sentence.length());
        }
        assertEquals(400, get(base + "entity?iri=" + enc("not an iri")).statusCode());
        assertEquals(404, get(base + "entity?iri=" + enc("rwid:nobody")).statusCode());
        assertEquals(404, get(base + "nothing").statusCode());
    }

    @Test
    void explorerPageAndVendoredGraphLibrary() throws Exception {
        HttpResponse<String> page = get(readOnly.baseUrl() + "/explore/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("dir=\"rtl\"") && page.body().contains("lib/cytoscape.min.js"), page.body());
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no CDN or other host");
        HttpResponse<String> lib = get(readOnly.baseUrl() + "/explore/lib/cytoscape.min.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000 && lib.body().contains("cytoscape"));
        int traversal = get(readOnly.baseUrl() + "/explore/..%2Fapi").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
    }

    // ---- Fuseki UI and safe defaults

    @Test
    void fusekiUiWithoutAdminOperations() throws Exception {
        HttpResponse<String> ui = get(readOnly.baseUrl() + "/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), ui.body());
        JsonNode server = JSON.readTree(get(readOnly.baseUrl() + "/$/server").body());
        assertEquals("/rawabit", server.at("/datasets/0/ds.name").asText(), server.toString());
        assertEquals(200, get(readOnly.baseUrl() + "/$/ping").statusCode());
        assertEquals(200, get(readOnly.baseUrl() + "/$/stats/rawabit").statusCode());
        // No dataset creation/deletion, backup or compaction.
        assertEquals(404, get(readOnly.baseUrl() + "/$/datasets").statusCode());
        HttpResponse<String> del = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.baseUrl() + "/$/datasets/rawabit")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, del.statusCode(), "DELETE answered " + del.statusCode()); // a write on a read-only server
        assertTrue(ask(readOnly.datasetUrl(), "ASK { ?s ?p ?o }"), "the dataset is still there");
        HttpResponse<String> backup = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.baseUrl() + "/$/backup/rawabit"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, backup.statusCode(), "backup answered " + backup.statusCode());
    }

    @Test
    void corsIsOffUnlessConfigured() throws Exception {
        String q = "/sparql?query=" + enc("ASK {}");
        HttpResponse<String> off = get(readOnly.datasetUrl() + q, "Origin", "http://example.org");
        assertEquals(200, off.statusCode());
        assertTrue(off.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), off.headers().toString());
        HttpResponse<String> on = get(writable.datasetUrl() + q, "Origin", "http://example.org");
        assertEquals("http://example.org", on.headers().firstValue("Access-Control-Allow-Origin").orElse(""), on.headers().toString());
        HttpResponse<String> other = get(writable.datasetUrl() + q, "Origin", "http://evil.example");
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", readOnly.port()), 2000);
        }
        InetAddress external = null;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress() && a instanceof java.net.Inet4Address) external = a;
            }
        }
        assumeTrue(external != null, "this machine has no non-loopback address to try");
        InetAddress ext = external;
        assertThrows(IOException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(ext, readOnly.port()), 2000);
            }
        }, "reachable on " + ext);
    }
}
