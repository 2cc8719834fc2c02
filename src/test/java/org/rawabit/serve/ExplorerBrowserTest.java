package org.rawabit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer page end to end in Debian's headless Chromium, driven by playwright-core
 * ({@code src/test/browser/explore.test.mjs}): search in Arabic and English, the graph renders
 * (nodes, edges, ink on the canvas, a non-trivial screenshot), clicking shows the mentions with
 * the sentence highlighted, RTL layout, no request to another host, and the Fuseki UI loads.
 * Screenshots are kept in {@code target/explore-browser/}.
 */
class ExplorerBrowserTest {
    static final Path BROWSER_DIR = Path.of("src/test/browser");
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static RawabitServer server;

    static boolean ready() {
        return Files.isExecutable(CHROMIUM) && Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"));
    }

    @BeforeAll
    static void start() throws Exception {
        if (!ready()) {
            // Install chromium and playwright-core the way test.sh does (a no-op when they are there).
            Process p = new ProcessBuilder("bash", "scripts/test-deps.sh").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            p.waitFor(15, TimeUnit.MINUTES);
        }
        if (!ready()) {
            String why = "explorer browser test skipped: " + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " is missing and could not be installed; ")
                    + (Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core")) ? "" : "playwright-core is not installed (npm ci in src/test/browser failed)");
            System.err.println(why);
            assumeTrue(false, why);
        }
        server = RawabitServer.start(SeededStore.store(), RawabitServer.Settings.defaults().withPort(0), SeededStore::pipeline);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void graphRendersAndMentionsAreHighlighted() throws Exception {
        Path out = Path.of("target/explore-browser").toAbsolutePath();
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder("node", "explore.test.mjs", server.baseUrl(), out.toString())
                .directory(BROWSER_DIR.toFile());
        pb.environment().put("CHROMIUM", CHROMIUM.toString());
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "browser test hung");
        assertEquals(0, p.exitValue(), stderr + stdout);

        List<String> lines = stdout.lines().toList();
        JsonNode seen = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals("rtl", seen.get("dir").asText());
        assertTrue(seen.get("nodes").asInt() > 1, seen.toString());
        assertTrue(seen.get("edges").asInt() > 0, seen.toString());
        assertTrue(seen.get("inkPixels").asInt() > 500, seen.toString());
        assertTrue(seen.get("firstMark").asText().contains("حموشي"), seen.toString());
        assertTrue(seen.get("clickedMentions").asInt() > 0, seen.toString());
        assertEquals(0, seen.get("externalRequests").size(), seen.toString());

        // The screenshot of the graph is a real picture: large, mostly background, with many colours drawn on it.
        Path png = out.resolve("explore-graph.png");
        assertTrue(Files.size(png) > 10_000, "screenshot is " + Files.size(png) + " bytes");
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 300 && img.getHeight() > 200, img.getWidth() + "x" + img.getHeight());
        long ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (r < 220 || g < 220 || b < 220) ink++;
            }
        }
        long total = (long) (img.getWidth() / 2) * (img.getHeight() / 2);
        assertTrue(ink > total / 200, "only " + ink + " of " + total + " sampled pixels are drawn");
        assertTrue(colours.size() > 20, "only " + colours.size() + " colours in the screenshot");
    }
}
