package org.rawabit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rawabit.bench.SparqlLoad;

/**
 * Fuseki under load, on loopback only, bounded in count and time (a larger run: {@code rawabit
 * bench}): many concurrent clients get every answer, and an expensive query is cut by the timeout
 * while the others keep being answered.
 */
class ServerLoadTest {
    static final long TIMEOUT_MS = 1500;
    static RawabitServer server;

    @BeforeAll
    static void start() {
        server = RawabitServer.start(SeededStore.store(), RawabitServer.Settings.defaults().withPort(0).withTimeoutMillis(TIMEOUT_MS),
                SeededStore::pipeline);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static String describe(SparqlLoad.Result r) {
        return String.format(Locale.ROOT, "%d clients, %d/%d answered in %.1f s (%.0f q/s), latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors %s",
                r.clients(), r.ok(), r.planned(), r.seconds(), r.queriesPerSecond(), r.percentileMillis(50), r.percentileMillis(95),
                r.percentileMillis(99), r.percentileMillis(100), r.errors().size(), r.errors().stream().limit(3).toList());
    }

    @Test
    void manyConcurrentClientsGetEveryAnswer() throws Exception {
        SparqlLoad.Result r = SparqlLoad.run(server.datasetUrl(), 8, 240, Duration.ofSeconds(90));
        System.out.println("ServerLoadTest: " + describe(r));
        assertEquals(240, r.sent(), describe(r));
        assertEquals(240, r.ok(), describe(r));
        assertTrue(r.errors().isEmpty(), describe(r));
    }

    @Test
    void anExpensiveQueryIsCutByTheTimeoutWhileOthersAreAnswered() throws Exception {
        SparqlLoad.Cut c = SparqlLoad.expensiveWhileServing(server.datasetUrl(), 4, 60, Duration.ofSeconds(60));
        System.out.println("ServerLoadTest: expensive query → HTTP " + c.status() + " after " + c.seconds() + " s, "
                + c.answeredMeanwhile() + " answered meanwhile; others: " + describe(c.others()));
        assertEquals(503, c.status(), "Fuseki's answer to a query past its timeout");
        assertTrue(c.seconds() < TIMEOUT_MS / 1000.0 + 8, "cut after " + c.seconds() + " s");
        assertTrue(c.answeredMeanwhile() > 0, "the server answered others while the expensive query ran");
        assertEquals(60, c.others().ok(), describe(c.others()));
        // and it still answers afterwards
        assertEquals(1, SparqlLoad.run(server.datasetUrl(), 1, 1, Duration.ofSeconds(30)).ok());
    }

    @Test
    void loadIsNeverSentOffThisMachine() {
        assertThrows(IllegalArgumentException.class, () -> SparqlLoad.run("http://192.0.2.1:3030/rawabit", 1, 1, Duration.ofSeconds(1)));
    }
}
