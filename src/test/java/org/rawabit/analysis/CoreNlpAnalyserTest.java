package org.rawabit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
