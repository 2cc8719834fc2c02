package org.rawabit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

class CoreNlpAnalyserTest {

    @Test
    void segmentsCliticsSplitsSentencesAndKeepsOriginalOffsets() {
        String text = "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني، بمراكش وفدا من الإنتربول. وقال إنّ التعاون ضروري بنسبة ٣٧ في المئة.";
        AnalysedDocument doc = TestArticles.analyse(text);
        assertEquals(2, doc.sentences().size());
        for (Token t : doc.tokens()) {
            assertTrue(t.begin() < t.end() && t.end() <= text.length(), t.toString());
        }
        // "بمراكش" → ب + مراكش, glued, with offsets into the original text
        Token bi = doc.tokens().stream().filter(t -> t.form().equals("مراكش")).findFirst().orElseThrow();
        assertEquals("مراكش", text.substring(bi.begin(), bi.end()));
        Token prev = doc.tokens().get(bi.index() - 1);
        assertEquals("ب", text.substring(prev.begin(), prev.end()));
        assertFalse(bi.wordStart());
        assertEquals("NNP", bi.pos());
        // the segmenter restores the article in "للأمن", the offsets still point at the original letters
        Token amn = doc.tokens().stream().filter(t -> t.form().equals("الامن")).findFirst().orElseThrow();
        assertEquals("لأمن", text.substring(amn.begin(), amn.end()));
        // Arabic-Indic digits keep their original span
        Token n = doc.tokens().stream().filter(t -> t.form().equals("37")).findFirst().orElseThrow();
        assertEquals("٣٧", text.substring(n.begin(), n.end()));
        Sentence second = doc.sentences().get(1);
        assertTrue(text.substring(second.begin(), second.end()).startsWith("وقال"));
    }

    private static List<String> seedTexts() throws Exception {
        try (var files = Files.list(TestArticles.SEEDS)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) out.add(Files.readString(f));
            return out;
        }
    }

    private static String describe(AnalysedDocument d) {
        StringBuilder b = new StringBuilder();
        for (Token t : d.tokens()) b.append(t.form()).append('/').append(t.pos()).append('@').append(t.begin()).append('-').append(t.end())
                .append(t.wordStart() ? "" : "+").append(':').append(t.sentence()).append(' ');
        return b.toString();
    }

    /** One pipeline shared by several threads gives exactly what it gives on one thread. */
    @Test
    void theSharedPipelineGivesTheSameResultsOnManyThreads() throws Exception {
        List<String> texts = seedTexts();
        CoreNlpAnalyser analyser = new CoreNlpAnalyser();
        List<String> expected = new ArrayList<>();
        for (String t : texts) expected.add(describe(analyser.analyse(TestArticles.article(t))));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 3; thread++) {
                int shift = thread;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            int k = (i + shift) % texts.size();
                            if (!describe(analyser.analyse(TestArticles.article(texts.get(k)))).equals(expected.get(k))) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get(5, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A long text is analysed in pieces cut at paragraph breaks, with the same result as in one go. */
    @Test
    void longTextsAreAnalysedInPiecesWithTheSameResult() throws Exception {
        String text = String.join("\n\n", seedTexts());
        assertTrue(text.length() > CoreNlpAnalyser.CHUNK_CHARS, "long enough to be cut: " + text.length());
        assertTrue(CoreNlpAnalyser.chunks(text, CoreNlpAnalyser.CHUNK_CHARS).size() > 1);
        AnalysedDocument pieces = new CoreNlpAnalyser().analyse(TestArticles.article(text));

        Annotation whole = new Annotation(text);
        CoreNlpAnalyser.coreNlp().annotate(whole);
        List<String> expected = new ArrayList<>();
        for (CoreMap s : whole.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!l.word().isBlank()) expected.add(l.word() + "/" + l.tag() + "@" + l.beginPosition() + "-" + l.endPosition());
            }
        }
        assertEquals(expected, pieces.tokens().stream().map(t -> t.form() + "/" + t.pos() + "@" + t.begin() + "-" + t.end()).toList());
        assertEquals(whole.get(CoreAnnotations.SentencesAnnotation.class).size(), pieces.sentences().size());
    }

    @Test
    void aLongSingleLineIsCutAfterSentencesAndOffsetsStayExact() throws Exception {
        String line = String.join(" ", seedTexts()).replace('\n', ' ');
        while (line.length() < 3 * CoreNlpAnalyser.CHUNK_CHARS) line = line + " " + line;
        List<int[]> chunks = CoreNlpAnalyser.chunks(line, CoreNlpAnalyser.CHUNK_CHARS);
        assertTrue(chunks.size() >= 3);
        for (int i = 0; i < chunks.size(); i++) {
            int[] c = chunks.get(i);
            assertTrue(c[1] - c[0] <= CoreNlpAnalyser.CHUNK_CHARS);
            assertEquals(i == 0 ? 0 : chunks.get(i - 1)[1], c[0], "pieces are contiguous");
            if (i < chunks.size() - 1) assertTrue(".!?\u061F\u06D4".indexOf(line.charAt(c[1] - 2)) >= 0, "cut after a sentence");
        }
        String text = line;
        AnalysedDocument d = new CoreNlpAnalyser().analyse(TestArticles.article(text));
        int previousEnd = 0;
        for (Token t : d.tokens()) {
            assertTrue(t.begin() >= previousEnd && t.end() <= text.length() && t.begin() < t.end(), t.toString());
            previousEnd = t.end();
        }
        assertTrue(d.tokens().size() > text.length() / 8);
    }

    @Test
    void presentationFormsAndInvisibleMarksAreNormalisedForCoreNlpOnly() {
        String text = "\u200Fﻡﺭﺍﻙﺵ\u200E 😀 ×";
        String view = CoreNlpAnalyser.analysisView(text);
        assertEquals(text.length(), view.length());
        assertEquals(" مراكش ", view.substring(0, 7));
        assertTrue(view.substring(7).isBlank(), "emoji (both halves) and the times sign become spaces: [" + view + "]");
        AnalysedDocument d = new CoreNlpAnalyser().analyse(TestArticles.article("زار الوفد " + text + " أمس."));
        Token place = d.tokens().stream().filter(t -> t.form().equals("مراكش")).findFirst().orElseThrow();
        assertEquals("ﻡﺭﺍﻙﺵ", d.text().substring(place.begin(), place.end()), "offsets point at the original letters");
        String plain = "استقبل عبد اللطيف حموشي وفدا.";
        assertSame(plain, CoreNlpAnalyser.analysisView(plain), "ordinary text is not copied");
    }
}
