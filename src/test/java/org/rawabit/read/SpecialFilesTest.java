package org.rawabit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not plain files: devices, named pipes and symbolic-link loops end with one line each. */
class SpecialFilesTest {
    @TempDir
    Path dir;

    final CollectingSink sink = new CollectingSink();
    final List<RawArticle> articles = sink.articles;
    final List<InputProblem> problems = sink.problems;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void devicesPipesAndLinkLoopsAreOneLineEachAndTheGoodFileIsRead() throws Exception {
        Files.writeString(dir.resolve("khabar.txt"), "افتتحت وزيرة الثقافة معرض الكتاب في عمان بمشاركة ثلاثمائة دار نشر.",
                StandardCharsets.UTF_8);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Files.createSymbolicLink(dir.resolve("loop-a"), Path.of("."));
        Files.createSymbolicLink(dir.resolve("loop-b"), Path.of("."));
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));

        new ArticleReader().read(List.of(zero, dir), sink);

        assertEquals(1, articles.size(), articles.toString());
        assertTrue(articles.get(0).text().contains("معرض الكتاب"));
        List<String> lines = problems.stream().map(InputProblem::getMessage).toList();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("/dev/zero") && l.contains("not a regular file")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("pipe.txt") && l.contains("not a regular file")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("loop-a") && l.contains("loop")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.contains("loop-b") && l.contains("loop")).count(), lines.toString());
        for (String l : lines) assertTrue(!l.contains("\n"), l);
    }
}
