package org.rawabit.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.rawabit.core.Vocab;

/**
 * Concurrent SPARQL clients against a Rawabit server on this machine: a fixed number of queries
 * from a mix of typical ones, spread over several clients, bounded in count and in time; latency
 * percentiles and errors. Only loopback addresses are accepted as targets.
 */
public final class SparqlLoad {
    private SparqlLoad() {}

    /** What analysts ask: counts, lists of people, the most mentioned entities, documents, a yes/no. */
    public static final List<String> QUERIES = List.of(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT ?e ?l WHERE { ?e a schema:Person ; rdfs:label ?l } LIMIT 50",
            "SELECT ?l (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e . ?e rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) LIMIT 20",
            "SELECT ?d ?h WHERE { ?d a schema:NewsArticle . OPTIONAL { ?d schema:headline ?h } } LIMIT 20",
            "SELECT ?a ?b WHERE { ?m1 itsrdf:taIdentRef ?a ; nif:referenceContext ?c . ?m2 itsrdf:taIdentRef ?b ; nif:referenceContext ?c "
                    + "FILTER(STR(?a) < STR(?b)) } LIMIT 30",
            "ASK { ?e a schema:Organization }");

    /** A query whose cost grows with the cube of the store: only a timeout stops it. */
    public static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    /** Queries sent and answered, and how long they took. */
    public record Result(int clients, int planned, int sent, int ok, List<String> errors, double seconds, long[] latencyMicros) {
        public double queriesPerSecond() {
            return ok / seconds;
        }

        /** The p-th percentile of latencies (0 < p ≤ 100), in milliseconds. */
        public double percentileMillis(double p) {
            if (latencyMicros.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * latencyMicros.length) - 1;
            return latencyMicros[Math.max(0, Math.min(latencyMicros.length - 1, i))] / 1000.0;
        }
    }

    /** An expensive query sent while others run: its status and time, and what the others got meanwhile. */
    public record Cut(int status, double seconds, int answeredMeanwhile, Result others) {}

    /** Refuses anything but this machine: load is never sent elsewhere. */
    public static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("load is only sent to this machine (a loopback address), not to " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /**
     * Sends {@code queries} queries (cycling through {@link #QUERIES}) to {@code datasetUrl}/sparql
     * from {@code clients} concurrent clients; clients stop taking new queries at {@code limit}.
     */
    public static Result run(String datasetUrl, int clients, int queries, Duration limit) throws InterruptedException {
        return run(datasetUrl, clients, queries, limit, Collections.synchronizedList(new ArrayList<>()));
    }

    private static Result run(String datasetUrl, int clients, int queries, Duration limit, List<Long> answeredAt)
            throws InterruptedException {
        requireLoopback(datasetUrl);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(pool).build();
        AtomicInteger next = new AtomicInteger(), sent = new AtomicInteger(), ok = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < queries && System.nanoTime() < deadline; ) {
                    sent.incrementAndGet();
                    String q = QUERIES.get(i % QUERIES.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(datasetUrl, q, limit), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        long t1 = System.nanoTime();
                        latencies.add((t1 - t0) / 1000);
                        if (r.statusCode() == 200 && (r.body().contains("\"bindings\"") || r.body().contains("\"boolean\""))) {
                            ok.incrementAndGet();
                            answeredAt.add(t1);
                        } else {
                            errors.add("HTTP " + r.statusCode() + " for " + q + ": " + abbreviate(r.body()));
                        }
                    } catch (IOException e) {
                        errors.add(e.getClass().getSimpleName() + " for " + q + ": " + e.getMessage());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "sparql-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(clients, queries, sent.get(), ok.get(), List.copyOf(errors), seconds, sorted);
    }

    /**
     * Sends {@link #EXPENSIVE} and, while it runs, {@code queries} ordinary queries from {@code
     * clients} clients. The server's timeout should cut the expensive one (Fuseki answers 503)
     * while the others are answered.
     */
    public static Cut expensiveWhileServing(String datasetUrl, int clients, int queries, Duration limit) throws InterruptedException {
        requireLoopback(datasetUrl);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong doneAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        CompletableFuture<HttpResponse<String>> expensive = http.sendAsync(request(datasetUrl, EXPENSIVE, limit),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        CompletableFuture<Void> done = expensive.handle((r, e) -> {
            doneAt.set(System.nanoTime());
            return null;
        });
        Thread.sleep(200); // the expensive query is running on the server by now
        List<Long> answeredAt = Collections.synchronizedList(new ArrayList<>());
        Result others = run(datasetUrl, clients, queries, limit, answeredAt);
        int status;
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            status = expensive.isCompletedExceptionally() ? -1 : expensive.join().statusCode();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            status = -1;
        }
        long end = doneAt.get();
        double seconds = ((end == Long.MAX_VALUE ? System.nanoTime() : end) - t0) / 1e9;
        int meanwhile;
        synchronized (answeredAt) {
            meanwhile = (int) answeredAt.stream().filter(t -> t < end).count();
        }
        return new Cut(status, seconds, meanwhile, others);
    }

    private static HttpRequest request(String datasetUrl, String query, Duration limit) {
        String body = "query=" + URLEncoder.encode(Vocab.sparqlPrologue() + query, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql")).timeout(limit)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
