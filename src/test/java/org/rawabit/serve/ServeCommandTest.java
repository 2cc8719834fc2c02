package org.rawabit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** {@code rawabit serve} as a user starts it: the banner names the endpoint, and its example curl line works. */
class ServeCommandTest {
    @TempDir
    static Path tmp;

    @Test
    void bannerPrintsEndpointAndAWorkingCurlLine() throws Exception {
        Path db = SeededStore.detached(tmp.resolve("db"));
        Process p = new ProcessBuilder(SeededStore.javaCommand("serve", "--db", db.toString(), "--port", "0", "--update", "--timeout", "5"))
                .redirectErrorStream(true).start();
        List<String> banner = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                banner.add(line);
                if (line.startsWith("Press Ctrl-C")) break;
            }
            String text = String.join("\n", banner);
            assertTrue(text.contains("read-write, query timeout 5.0 s"), text);
            assertTrue(text.matches("(?s).*SPARQL endpoint  http://127\\.0\\.0\\.1:\\d+/rawabit/sparql.*"), text);
            assertTrue(text.contains("/explore/") && text.contains("Fuseki UI"), text);
            String curl = banner.stream().filter(l -> l.strip().startsWith("curl -s ") && l.contains("query=")).findFirst().orElse(null);
            assertNotNull(curl, text);
            Process c = new ProcessBuilder("bash", "-c", curl.strip()).redirectErrorStream(true).start();
            String csv = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(c.waitFor(30, TimeUnit.SECONDS));
            assertTrue(csv.startsWith("person,name\r\n") && csv.contains("حموشي"), csv);
            assertTrue(banner.stream().anyMatch(l -> l.contains("/rawabit/ingest?name=")), text);
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the store
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }

    @Test
    void aStoreHeldByAnotherProcessOrMissingIsOneLine() {
        CliRun r = CliRun.run("serve", "--db", tmp.resolve("none").toString(), "--port", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("rawabit: no store at"), r.err());
        r = CliRun.run("serve", "--db", tmp.resolve("none").toString(), "--timeout", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--timeout"), r.err());
    }
}
