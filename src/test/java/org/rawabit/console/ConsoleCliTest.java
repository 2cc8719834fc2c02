package org.rawabit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.serve.SeededStore;

/** {@code rawabit console} as a user runs it: piped input in a child process, and typed input on a pseudo-terminal. */
class ConsoleCliTest {
    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void store() {
        db = SeededStore.detached(tmp.resolve("db"));
    }

    record Result(int exit, String out, String err) {}

    static Result pipe(String input, String... extra) throws Exception {
        List<String> cmd = SeededStore.javaCommand("console", "--db", db.toString(), "--history", tmp.resolve("unused").toString());
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "console did not exit");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void pipedQueriesPrintResultsAndExitZero() throws Exception {
        Result r = pipe("SELECT ?l WHERE { <" + SeededStore.HAMMOUCHI + "> rdfs:label ?l } ORDER BY ?l;\n\\format csv\nASK { ?s ?p ?o };\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("حموشي@ar"), r.out());
        assertTrue(r.out().contains("yes"), r.out());
        assertTrue(r.err().isBlank(), r.err());
    }

    @Test
    void aFailedQueryMakesTheExitStatusNonZero() throws Exception {
        Result r = pipe("ASK { ?s ?p ?o };\nSELECT ?x WHERE { ?x ?y };\nASK {};\n");
        assertEquals(1, r.exit());
        assertEquals(2, r.out().lines().filter(l -> l.equals("yes")).count(), r.out());
        assertTrue(r.err().contains("rawabit: syntax error at line 1, column 25: unexpected '}' (input line 2)"), r.err());
    }

    @Test
    void typedOnATerminalWithHistoryAndCompletion() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to make a pseudo-terminal; skipping the terminal test");
        Path history = tmp.resolve("history");
        String cmd = String.join(" ", SeededStore.javaCommand("console", "--db", db.toString(), "--history", history.toString())
                .stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", cmd, "/dev/null");
        pb.environment().put("TERM", "xterm-256color");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Screen screen = new Screen(p.getInputStream());
        try (OutputStream keys = p.getOutputStream()) {
            screen.await("rawabit>", 60);
            type(keys, "SELECT ?l WHERE {\r");
            type(keys, "  <" + SeededStore.HAMMOUCHI + "> rdfs:label ?l .\r");
            type(keys, "} ORDER BY ?l;\r");
            screen.await("1 result in", 30);
            assertTrue(screen.text().contains("حموشي@ar"), screen.text());
            // Tab completes the named query's name, then its parameter.
            type(keys, "\\run entities-b\t");
            screen.await("entities-by-type", 10);
            type(keys, "ty\t");
            screen.await("type=", 10);
            type(keys, "schema:Place\r");
            screen.await("مراكش", 30);
            type(keys, "\\quit\r");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "console did not leave: " + screen.text());
        } finally {
            p.destroyForcibly();
        }
        String saved = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(saved.contains("SELECT ?l WHERE {\\n  <" + SeededStore.HAMMOUCHI + "> rdfs:label ?l .\\n} ORDER BY ?l;"),
                "one multi-line history entry: " + saved);
        assertTrue(saved.contains("run entities-by-type type=schema:Place"), saved);
    }

    private static void type(OutputStream keys, String s) throws IOException, InterruptedException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(150);
    }

    /** Collects what the terminal shows, so the test can wait for text to appear. */
    static final class Screen {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Screen(InputStream in) {
            Thread t = new Thread(() -> {
                byte[] b = new byte[4096];
                int n;
                try {
                    while ((n = in.read(b)) > 0) {
                        synchronized (buf) {
                            buf.write(b, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // process ended
                }
            }, "pty-reader");
            t.setDaemon(true);
            t.start();
        }

        String text() {
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[=>]", "");
            }
        }

        void await(String s, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                if (text().contains(s)) return;
                Thread.sleep(50);
            }
            throw new AssertionError("timed out waiting for '" + s + "' on the terminal:\n" + text());
        }
    }
}
