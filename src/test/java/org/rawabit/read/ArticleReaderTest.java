package org.rawabit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    static final String SENTENCE = "استقبل عبد اللطيف حموشي بالرباط وفدا من الإنتربول.";

    @TempDir
    Path dir;

    final CollectingSink sink = new CollectingSink();
    final List<RawArticle> articles = sink.articles;
    final List<InputProblem> problems = sink.problems;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textFilesFoldersAndBom() throws IOException {
        write("a/one.txt", "\uFEFF" + SENTENCE);
        write("a/b/two.txt", SENTENCE);
        write("a/ignored.pdf", "x");
        new ArticleReader().read(List.of(dir.resolve("a")), sink);
        assertEquals(List.of("one", "two"), articles.stream().map(RawArticle::id).sorted().toList());
        assertTrue(articles.stream().allMatch(a -> a.text().startsWith("استقبل")), "BOM removed");
        assertTrue(problems.isEmpty());
    }

    @Test
    void utf16WithBomIsDecoded() throws IOException {
        byte[] body = SENTENCE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        new ArticleReader().read(List.of(write("u16.txt", bytes)), sink);
        assertEquals(SENTENCE, articles.get(0).text());
    }

    @Test
    void csvWithHeaderAndBadRowsReportsRowAndContinues() throws IOException {
        Path csv = write("news.csv", "id,title,date,source,url,text\n"
                + "n1,عنوان,2025-11-24,هسبريس,https://example.org/1,\"" + SENTENCE + "\"\n"
                + "n2,فقط عمودان\n"
                + "n3,عنوان آخر,2025-11-25,,,\"زار حموشي مراكش، وقال: \"\"التعاون ضروري\"\".\"\n");
        new ArticleReader().read(List.of(csv), sink);
        assertEquals(List.of("n1", "n3"), articles.stream().map(RawArticle::id).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().contains("news.csv:2"), problems.get(0).getMessage());
        assertTrue(articles.get(1).text().contains("\"التعاون ضروري\""));
    }

    @Test
    void csvWithoutTextColumnOrWithUnbalancedQuotesIsReported() throws IOException {
        Path noText = write("no-text.csv", "id,title\n1,x\n");
        Path broken = write("broken.csv", "id,text\n1,\"" + SENTENCE + "\n2,ok\n");
        new ArticleReader().read(List.of(noText, broken), sink);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).getMessage().contains("'text' column"));
        assertTrue(problems.get(1).getMessage().startsWith(broken.toString()));
    }

    @Test
    void jsonlWithABrokenLineKeepsTheOthers() throws IOException {
        Path jsonl = write("news.jsonl", "{\"id\":\"j1\",\"text\":\"" + SENTENCE + "\",\"date\":\"2025-11-24\"}\n"
                + "{\"id\":\"j2\",\"text\": \n"
                + "\n"
                + "{\"id\":\"j3\",\"title\":\"بدون نص\"}\n"
                + "{\"id\":\"j4\",\"text\":\"" + SENTENCE + "\"}\n");
        new ArticleReader().read(List.of(jsonl), sink);
        assertEquals(List.of("j1", "j4"), articles.stream().map(RawArticle::id).toList());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).getMessage().contains("news.jsonl:2"));
        assertTrue(problems.get(1).getMessage().contains("missing \"text\""));
    }

    @Test
    void binaryInvalidUtf8AndMissingPathsAreNamedWithTheirCause() throws IOException {
        Path bin = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path bad = write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9});
        new ArticleReader().read(List.of(bin, bad, dir.resolve("missing.txt")), sink);
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).getMessage().contains("binary"), problems.get(0).getMessage());
        assertTrue(problems.get(1).getMessage().contains("invalid UTF-8"), problems.get(1).getMessage());
        assertTrue(problems.get(2).getMessage().contains("no such file"), problems.get(2).getMessage());
        assertTrue(articles.isEmpty());
    }

    @Test
    void jsonlLinesAreReadWithinABoundAndLongerOnesSkippedWhole() throws IOException {
        String input = "abc\r\n" + "x".repeat(25) + "\n" + "y".repeat(10) + "\n\nlast";
        BoundedLineReader r = new BoundedLineReader(new java.io.StringReader(input), 10);
        assertEquals(BoundedLineReader.Status.LINE, r.next());
        assertEquals("abc", r.line());
        assertEquals(BoundedLineReader.Status.TOO_LONG, r.next());
        assertEquals(25, r.skippedChars());
        assertEquals(BoundedLineReader.Status.LINE, r.next());
        assertEquals("y".repeat(10), r.line(), "exactly at the bound is fine");
        assertEquals(BoundedLineReader.Status.LINE, r.next());
        assertEquals("", r.line());
        assertEquals(BoundedLineReader.Status.LINE, r.next());
        assertEquals("last", r.line(), "a last line without a line break");
        assertEquals(BoundedLineReader.Status.END, r.next());
    }

    @Test
    void aCsvRecordLongerThanTheBoundStopsThatFileAndTheNextInputIsRead() throws IOException {
        Path huge = write("huge.csv", "id,text\nh1,\"" + SENTENCE + "\"\nh2,\"" + "ب".repeat(ArticleReader.MAX_RECORD_CHARS + 100_000)
                + "\"\nh3,\"" + SENTENCE + "\"\n");
        Path next = write("next.txt", SENTENCE);
        new ArticleReader().read(List.of(huge, next), sink);
        assertEquals(List.of("h1", "next"), articles.stream().map(RawArticle::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).getMessage().startsWith(huge + ": malformed CSV after record 1 (a record is longer than"),
                problems.get(0).getMessage());
    }

    @Test
    void aTextFileLargerThanAnArticleIsRefusedBeforeItIsRead() throws IOException {
        Path big = write("big.txt", "مراكش ".repeat((int) (ArticleReader.MAX_TEXT_FILE_BYTES / 11) + 10));
        new ArticleReader().read(List.of(big), sink);
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).getMessage().contains("a text file holds one article"), problems.get(0).getMessage());
    }
}
