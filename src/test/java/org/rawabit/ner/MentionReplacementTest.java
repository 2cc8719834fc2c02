package org.rawabit.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code train-ner --augment}: copies of training sentences whose names are replaced by other
 * training names of the same type (sentences written for this test, real segmenter).
 */
class MentionReplacementTest {

    private static final String CONLL = """
            التقى O
            الرئيس O
            الكيني O
            وليام B-PERS
            روتو I-PERS
            نظيره O
            التنزاني O
            في O
            نيروبي B-LOC
            . O

            وقالت O
            شركة O
            سافاريكوم B-ORG
            إن O
            أرباحها O
            ارتفعت O
            . O

            وصل O
            رئيس O
            الوزراء O
            الأسترالي O
            أنتوني B-PERS
            ألبانيزي I-PERS
            إلى O
            كانبيرا B-LOC
            . O

            وتظاهر O
            المئات O
            وفي O
            ليما B-LOC
            احتجاجا O
            . O

            ارتفعت O
            الأسعار O
            هذا O
            الأسبوع O
            . O

            وأعلن O
            بنك O
            إيكوبنك B-ORG
            عن O
            فرع O
            في O
            داكار B-LOC
            . O

            وزار O
            ماتيوس B-PERS
            بيريرا I-PERS
            هانوي B-LOC
            . O
            """;

    private static List<ConllCorpus.Sentence> train;
    private static List<List<List<WordSegmenter.Segment>>> segs;
    private static ConllCorpus.Sentence heldOut;

    @BeforeAll
    static void read() throws IOException {
        List<ConllCorpus.Sentence> all = ConllCorpus.read(new StringReader(CONLL), "test");
        assertEquals(7, all.size());
        train = all.subList(0, 6);          // the last sentence is held out, as --dev-fraction does
        heldOut = all.get(6);
        segs = NerTrainer.segmentAll(train, false, null);
    }

    /** The entity spans of IOB2 tags as "TYPE:word word". */
    private static List<String> entities(ConllCorpus.Sentence s) {
        List<String> out = new ArrayList<>();
        List<String> t = s.tags();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).startsWith("B-")) continue;
            String type = AnercorpLabels.typeOf(t.get(i));
            StringBuilder b = new StringBuilder(type + ":" + s.words().get(i));
            for (int j = i + 1; j < t.size() && t.get(j).equals("I-" + type); j++) b.append(' ').append(s.words().get(j));
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> outsideWords(ConllCorpus.Sentence s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) if (s.tags().get(i).equals("O")) out.add(s.words().get(i));
        return out;
    }

    @Test
    void copiesKeepTagsAlignedAndDrawSameTypeNamesFromTrainingSentencesOnly() {
        NerTrainer.Augmented a = NerTrainer.mentionReplacement(train, segs, 2, 7);
        Set<String> inventory = new HashSet<>();
        for (ConllCorpus.Sentence s : train) inventory.addAll(entities(s));
        // 5 of the 6 sentences have a name; each gets a copy per round (every one has a clitic-free name)
        assertEquals(10, a.sentences().size());
        assertEquals(a.sentences().size(), a.segs().size());
        assertEquals(a.sentences().size(), a.origins().size());
        boolean changed = false;
        for (int c = 0; c < a.sentences().size(); c++) {
            ConllCorpus.Sentence copy = a.sentences().get(c), orig = train.get(a.origins().get(c));
            assertEquals(copy.size(), copy.tags().size());
            assertEquals(copy.size(), a.segs().get(c).size(), "one segmentation per word");
            assertEquals(AnercorpLabels.toIob2(copy.tags()), copy.tags(), "well-formed IOB2: " + copy.tags());
            assertEquals(outsideWords(orig), outsideWords(copy), "the words around the names are the original's");
            List<String> before = entities(orig), after = entities(copy);
            assertEquals(before.size(), after.size());
            for (int e = 0; e < after.size(); e++) {
                assertEquals(before.get(e).substring(0, before.get(e).indexOf(':')), after.get(e).substring(0, after.get(e).indexOf(':')),
                        "same type: " + before + " → " + after);
                assertTrue(inventory.contains(after.get(e)), "drawn from the training sentences: " + after.get(e));
                assertFalse(after.get(e).contains("هانوي") || after.get(e).contains("ماتيوس"), "never from the held-out sentence");
                if (!after.get(e).equals(before.get(e))) changed = true;
            }
            assertTrue(!after.equals(before), "a copy replaces at least one name: " + after);
        }
        assertTrue(changed);
        assertEquals(0, a.origins().stream().filter(i -> i == 4).count(), "a sentence without names is not copied");
    }

    @Test
    void aNameAfterAProcliticIsKeptAndNeverDrawn() {
        NerTrainer.Augmented a = NerTrainer.mentionReplacement(train, segs, 3, 11);
        assertEquals(3, a.origins().stream().filter(i -> i == 3).count(), "ليما after وفي is a clitic-free name, replaced in each round");
        // وليما would be a name with a proclitic: written so in a sentence of its own, it stays and is never drawn
        List<ConllCorpus.Sentence> more = new ArrayList<>(train);
        more.add(new ConllCorpus.Sentence(List.of("وصلوا", "وليما", "."), List.of("O", "B-LOC", "O")));
        List<List<List<WordSegmenter.Segment>>> moreSegs = new ArrayList<>(segs);
        try {
            moreSegs.add(NerTrainer.segmentAll(more.subList(6, 7), false, null).get(0));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        NerTrainer.Augmented b = NerTrainer.mentionReplacement(more, moreSegs, 3, 11);
        for (int c = 0; c < b.sentences().size(); c++) {
            assertFalse(b.sentences().get(c).words().contains("وليما"), "a name with a proclitic is never drawn into a copy");
            assertNotEquals(6, b.origins().get(c), "a sentence whose only name has a proclitic has nothing to replace");
        }
    }

    @Test
    void theSameSeedGivesTheSameCopies() {
        NerTrainer.Augmented a = NerTrainer.mentionReplacement(train, segs, 2, 7), b = NerTrainer.mentionReplacement(train, segs, 2, 7);
        assertEquals(a.sentences(), b.sentences());
        assertEquals(a.origins(), b.origins());
        boolean differs = false;
        for (long seed = 8; seed < 12 && !differs; seed++) differs = !NerTrainer.mentionReplacement(train, segs, 2, seed).sentences().equals(a.sentences());
        assertTrue(differs, "another seed draws other names");
        assertEquals(0, NerTrainer.mentionReplacement(train, segs, 0, 7).sentences().size());
    }
}
