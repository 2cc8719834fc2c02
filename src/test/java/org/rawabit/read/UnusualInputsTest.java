package org.rawabit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs found by a trial (issue 15, item 9), each reproduced here: a saved web page, NUL bytes past
 * the first 8 KB, UTF-16 without a byte-order mark, and a JSONL {@code text} that is not a string.
 * Each is read correctly or refused with its own one-line cause.
 */
class UnusualInputsTest {
    static final String NEWS = "أعلنت وزارة الصحة في عمان يوم الثلاثاء عن افتتاح مستشفى جديد في مدينة الزرقاء.\n\n"
            + "وقال الوزير إن المستشفى يضم مئتي سرير ويخدم سكان المحافظة.";

    @TempDir
    Path dir;

    final CollectingSink sink = new CollectingSink();
    final List<RawArticle> articles = sink.articles;
    final List<InputProblem> problems = sink.problems;

    private void read(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        new ArticleReader().read(List.of(p), sink);
    }

    private String onlyProblem() {
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(articles.isEmpty(), "nothing read");
        String m = problems.get(0).getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        return m;
    }

    @Test
    void aSavedWebPageIsRefusedAsHtmlAndItsCommentIsNeverTheHeadline() throws IOException, InputProblem {
        String page = "<!-- saved from url=(0049)https://www.example.com/news/2025/11/hospital -->\n"
                + "<html dir=\"rtl\"><head><meta charset=\"utf-8\"><title>مستشفى جديد</title></head><body><p>" + NEWS + "</p></body></html>";
        read("saved.txt", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, articles.size());
        InputProblem p = assertThrows(InputProblem.class, () -> new ArticleCleaner().clean(articles.get(0)));
        assertTrue(p.getMessage().contains("HTML page"), p.getMessage());

        // a comment alone before the text (a page saved as text) is dropped, not taken for the headline
        Article a = new ArticleCleaner().clean(new RawArticle("", "commented.txt", "", "", "", "",
                "<!-- saved from url=(0022)http://example.com/ -->\nمستشفى جديد في الزرقاء\n\n" + NEWS));
        assertEquals("مستشفى جديد في الزرقاء", a.title().orElseThrow());
        assertFalse(a.text().contains("saved from"), a.text());
    }

    @Test
    void nulBytesAfterTheFirstEightKilobytesAreRefusedWithTheirOffset() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (b.size() < 9000) b.write((NEWS + "\n\n").getBytes(StandardCharsets.UTF_8));
        int at = b.size();
        b.write(new byte[] {0, 0, 0, 0});
        b.write(NEWS.getBytes(StandardCharsets.UTF_8));
        read("damaged.txt", b.toByteArray());
        String m = onlyProblem();
        assertTrue(m.contains("NUL byte at offset " + at), m);
    }

    @Test
    void aNulCharacterInAJsonlTextIsRefusedNotStored() throws IOException {
        read("nul.jsonl", ("{\"id\":\"n1\",\"text\":\"" + NEWS.replace("\n", "\\n").replace("مئتي", "مئتي\\u0000") + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, articles.size());
        InputProblem p = assertThrows(InputProblem.class, () -> new ArticleCleaner().clean(articles.get(0)));
        assertTrue(p.getMessage().contains("NUL character (U+0000)"), p.getMessage());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDecodedEitherWay() throws IOException {
        read("le.txt", NEWS.getBytes(StandardCharsets.UTF_16LE));
        read("be.txt", NEWS.getBytes(StandardCharsets.UTF_16BE));
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(List.of(NEWS, NEWS), articles.stream().map(RawArticle::text).toList());
    }

    @Test
    void binaryWithNulsAtBothParitiesIsStillBinary() throws IOException {
        byte[] bin = new byte[64];
        for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i % 3 == 0 ? 0 : 'A' + i % 26);
        read("data.txt", bin);
        assertTrue(onlyProblem().contains("binary file (NUL byte at offset 0)"), problems.toString());
    }

    @Test
    void aJsonlTextThatIsANumberOrAnObjectIsNamedAsSuch() throws IOException {
        read("typed.jsonl", ("{\"id\":\"t1\",\"text\":2025}\n"
                + "{\"id\":\"t2\",\"text\":{\"ar\":\"" + NEWS.replace("\n", "\\n") + "\"}}\n"
                + "{\"id\":\"t3\",\"text\":[\"نص\"]}\n"
                + "{\"id\":4,\"title\":{\"x\":1},\"text\":\"" + NEWS.replace("\n", "\\n") + "\"}\n"
                + "{\"id\":5,\"text\":\"" + NEWS.replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8));
        List<String> causes = problems.stream().map(InputProblem::getMessage).toList();
        assertEquals(4, causes.size(), causes.toString());
        assertTrue(causes.get(0).endsWith("typed.jsonl:1: field \"text\" is a number, expected a string"), causes.get(0));
        assertTrue(causes.get(1).endsWith("typed.jsonl:2: field \"text\" is an object, expected a string"), causes.get(1));
        assertTrue(causes.get(2).endsWith("typed.jsonl:3: field \"text\" is an array, expected a string"), causes.get(2));
        assertTrue(causes.get(3).endsWith("typed.jsonl:4: field \"title\" is an object, expected a string"), causes.get(3));
        assertEquals(List.of("5"), articles.stream().map(RawArticle::id).toList(), "a numeric id is taken as its digits");
    }
}
