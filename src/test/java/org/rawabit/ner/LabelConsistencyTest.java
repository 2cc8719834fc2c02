package org.rawabit.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second pass that gives repeated names one label across an article. */
class LabelConsistencyTest {

    /** "word/TAG word …" → words and tags; every entity word has confidence 0.9, every O 0.99. */
    private static final class Run {
        final List<List<String>> words = new ArrayList<>();
        final List<ArabicNerModel.Tagging> tagged = new ArrayList<>();

        Run add(String sentence) {
            List<String> w = new ArrayList<>(), t = new ArrayList<>();
            for (String token : sentence.trim().split("\\s+")) {
                int slash = token.indexOf('/');
                w.add(slash < 0 ? token : token.substring(0, slash));
                t.add(slash < 0 ? "O" : token.substring(slash + 1));
            }
            double[] c = new double[t.size()];
            for (int i = 0; i < c.length; i++) c[i] = t.get(i).equals("O") ? 0.99 : 0.9;
            words.add(w);
            tagged.add(new ArabicNerModel.Tagging(t, c));
            return this;
        }

        List<ArabicNerModel.Tagging> apply() {
            return LabelConsistency.apply(words, tagged);
        }
    }

    @Test
    void theMajorityTypeWinsAndUntaggedRepeatsAreFound() {
        Run run = new Run()
                .add("أعلنت فولكسفاغن/B-ORG عن سيارة جديدة في معرض فرانكفورت/B-LOC .")
                .add("وقالت فولكسفاغن/B-PERS إن مبيعاتها ارتفعت .")
                .add("وباعت فولكسفاغن/B-ORG مليون سيارة في أوروبا/B-LOC .")
                .add("وتراجع سهم فولكسفاغن في بورصة فرانكفورت .");
        List<ArabicNerModel.Tagging> out = run.apply();
        assertEquals(List.of("O", "B-ORG", "O", "O", "O", "O"), out.get(1).tags(), "outvoted two to one");
        assertEquals(0.9, out.get(1).confidence()[1], 1e-9, "a relabelled word takes its voters' confidence");
        assertEquals(List.of("O", "O", "B-ORG", "O", "O", "B-LOC", "O"), out.get(3).tags(), "repeats left untagged are labelled");
        assertEquals(run.tagged.get(0).tags(), out.get(0).tags());
        assertEquals(run.tagged.get(2).tags(), out.get(2).tags());
        assertEquals(List.of("O", "B-PERS", "O", "O", "O", "O"), run.tagged.get(1).tags(), "the input is not modified");
    }

    @Test
    void aTieKeepsTheCrfLabel() {
        List<ArabicNerModel.Tagging> out = new Run()
                .add("فاز ميلان/B-ORG على روما/B-ORG .")
                .add("وصل الفريق إلى ميلان/B-LOC مساء أمس .")
                .apply();
        assertEquals("B-ORG", out.get(0).tags().get(1));
        assertEquals("B-LOC", out.get(1).tags().get(3));
    }

    @Test
    void longestMatchFirstAndOnlyOverUntaggedWords() {
        List<ArabicNerModel.Tagging> out = new Run()
                .add("تعاقد ريال/B-ORG مدريد/I-ORG مع مدريد/B-LOC .")
                .add("وخسر ريال مدريد أمام برشلونة/B-ORG في مدريد .")
                .add("وقال رئيس ريال/B-PERS إن النادي سيرد .")
                .apply();
        assertEquals(List.of("O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "B-LOC", "O"), out.get(1).tags());
        assertEquals("B-PERS", out.get(2).tags().get(2), "ريال alone was only seen as PERS: it keeps its label");
    }

    @Test
    void shortWordsAreNeverSpreadAndFarSentencesDoNotVote() {
        Run run = new Run()
                .add("قال إن/B-MISC الوضع صعب .")
                .add("زار الوزير باريس/B-LOC .")
                .add("وسيعود إن شاء الله إلى باريس الأسبوع المقبل .");
        List<ArabicNerModel.Tagging> out = run.apply();
        assertEquals(List.of("O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"), out.get(2).tags(), "إن (two letters) is not spread; باريس is");
        assertArrayEquals(new double[] {0.99, 0.99, 0.99, 0.99, 0.99, 0.9, 0.99, 0.99, 0.99}, out.get(2).confidence(), 1e-9);

        Run far = new Run().add("زار الوزير لشبونة/B-LOC .");
        for (int i = 0; i < WordFeatures.CONTEXT_SENTENCES; i++) far.add("وأضاف أن الحكومة ستتحرك .");
        far.add("وتقع لشبونة على المحيط .");
        assertEquals(List.of("O", "O", "O", "O", "O"), far.apply().get(far.words.size() - 1).tags(),
                "a name " + (WordFeatures.CONTEXT_SENTENCES + 1) + " sentences away is outside the window");
        Run near = new Run().add("زار الوزير لشبونة/B-LOC .");
        for (int i = 0; i < WordFeatures.CONTEXT_SENTENCES - 1; i++) near.add("وأضاف أن الحكومة ستتحرك .");
        near.add("وتقع لشبونة على المحيط .");
        assertEquals("B-LOC", near.apply().get(near.words.size() - 1).tags().get(1));
    }

    @Test
    void tagsWithoutConfidenceStayWithout() {
        List<List<String>> words = List.of(Arrays.asList("زار", "بكين", "."), Arrays.asList("ثم", "غادر", "بكين"));
        List<ArabicNerModel.Tagging> in = List.of(new ArabicNerModel.Tagging(List.of("O", "B-LOC", "O"), null),
                new ArabicNerModel.Tagging(List.of("O", "O", "O"), null));
        List<ArabicNerModel.Tagging> out = LabelConsistency.apply(words, in);
        assertEquals(List.of("O", "O", "B-LOC"), out.get(1).tags());
        assertEquals(null, out.get(1).confidence());
    }
}
