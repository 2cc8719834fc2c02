package org.rawabit.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.TestArticles;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.mention.Mention;
import org.rawabit.ner.PrecisionGate.Support;

/** The gate a name found only by the statistical model passes: confidence, or support in the text. */
class PrecisionGateTest {

    /** Support of the entity at words [start, end) of sentence {@code sentence} of a text (sentences split on " | "). */
    private static Set<Support> support(String text, int sentence, int start, int end, String type) {
        List<List<String>> words = new ArrayList<>();
        List<List<List<WordSegmenter.Segment>>> segs = new ArrayList<>();
        for (String s : text.split(" \\| ")) {
            List<String> w = Arrays.asList(s.trim().split("\\s+"));
            words.add(w);
            segs.add(WordSegmenter.segment(w, true));
        }
        List<List<PrecisionGate.Word>> doc = PrecisionGate.words(words, segs);
        return PrecisionGate.support(doc, sentence, new NerEvaluation.Span(start, end, type), 0, doc.size());
    }

    @Test
    void aTitleOrPostBeforeAPersonIsATrigger() {
        assertEquals(EnumSet.of(Support.TRIGGER),
                support("وصل وزير الخارجية الفرنسي جان نويل بارو إلى الرباط أمس .", 0, 4, 7, "PERS"));
        assertEquals(EnumSet.of(Support.TRIGGER), support("استقبل اللواء سمير الحداد وفدا من الخبراء .", 0, 2, 4, "PERS"));
        // the title is cut off by punctuation: it belongs to someone else
        assertEquals(EnumSet.noneOf(Support.class), support("غادر الوزير القاعة . سمير الحداد بقي فيها .", 0, 4, 6, "PERS"));
    }

    @Test
    void aPostAfterACommaOrBeforeItIsAnApposition() {
        assertEquals(EnumSet.of(Support.APPOSITION),
                support("التقى كريم الزموري ، مدير المكتب الوطني للسكك الحديدية ، بالصحفيين .", 0, 1, 3, "PERS"));
        assertEquals(EnumSet.of(Support.APPOSITION),
                support("وقال المدير العام للأمن الوطني ، ياسين البقالي ، إن الخطة جاهزة .", 0, 6, 8, "PERS"));
    }

    @Test
    void anOrganisationHeadOrAnAliasInParenthesesSupportsAnOrganisation() {
        String text = "انضم المغرب إلى منظمة الشرطة الجنائية الإفريقية ( أفريبول ) منذ سنوات .";
        assertEquals(EnumSet.of(Support.TRIGGER, Support.APPOSITION), support(text, 0, 3, 7, "ORG"));
        assertEquals(EnumSet.of(Support.APPOSITION), support(text, 0, 8, 9, "ORG"));
        assertEquals(EnumSet.of(Support.TRIGGER), support("زار الوفد مدينة ورزازات أمس .", 0, 3, 4, "LOC"));
    }

    @Test
    void aNameSeenAgainInTheArticleIsARepeat() {
        String text = "تحدث سامي النعيمي عن مشروع جديد . | ثم أضاف النعيمي أن التمويل مضمون .";
        assertEquals(EnumSet.of(Support.REPEAT), support(text, 0, 1, 3, "PERS"));
        assertEquals(EnumSet.of(Support.REPEAT), support(text, 1, 2, 3, "PERS"));
        // the last name alone counts for people only
        assertEquals(EnumSet.noneOf(Support.class), support(text, 0, 1, 3, "ORG"));
    }

    @Test
    void anAdjectiveWithNothingAroundItHasNoSupport() {
        assertEquals(EnumSet.noneOf(Support.class),
                support("ناقش الخبراء التحديات الأمنية الجديدة في المنطقة .", 0, 4, 5, "LOC"));
    }

    @Test
    void unsupportedNamesNeedTheMinimumConfidence() {
        PrecisionGate gate = new PrecisionGate(0.9);
        assertTrue(gate.admits(0.95, Set.of()));
        assertFalse(gate.admits(0.85, Set.of()));
        assertTrue(gate.admits(0.3, Set.of(Support.REPEAT)));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionGate(1.5));
        assertThrows(IllegalArgumentException.class, () -> new PrecisionGate(Double.NaN));
    }

    @Test
    void theFinderDropsOnlyUnsupportedNamesBelowTheThreshold() {
        AnalysedDocument doc = TestArticles.analyse("وصل وزير الخارجية الفرنسي جان نويل بارو إلى الرباط أمس. "
                + "وتحدث سامي النعيمي عن مشروع جديد في منطقة الرحامنة، ثم غادر القاعة قبل نهاية الجلسة.");
        ArabicNerModel model = ArabicNerModel.loadDefault();
        List<String> open = surfaces(new ModelMentionFinder(model, new PrecisionGate(0)).find(doc));
        List<String> strict = surfaces(new ModelMentionFinder(model, new PrecisionGate(1)).find(doc));
        assertTrue(open.contains("سامي النعيمي") && open.contains("جان نويل بارو"), open.toString());
        // no title, no repeat, no apposition: below a confidence of 1 it goes
        assertFalse(strict.contains("سامي النعيمي"), strict.toString());
        // a minister's title and a region's head word carry their names through
        assertTrue(strict.contains("جان نويل بارو") && strict.contains("الرحامنة"), strict.toString());
        assertTrue(open.containsAll(strict), open + " / " + strict);
    }

    private static List<String> surfaces(List<Mention> ms) {
        return ms.stream().map(Mention::surface).toList();
    }

    @Test
    void aConfidenceOutsideZeroToOneIsOneClearLine(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "وصل الوفد إلى الرباط.");
        CliRun r = CliRun.run("ingest", "--db", dir.resolve("db").toString(), "--min-confidence", "1.5", in.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--min-confidence must be between 0 and 1"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("db")), "nothing is created before the options are checked");
    }

    @Test
    void annotateTakesTheThreshold(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("b.txt"), "أشادت فرانسيسكا بوستين بجهود المغرب في مجال التعاون الأمني.");
        List<String> open = modelFound(in, "0");
        // no title, no repeat, no apposition: only its confidence speaks for it
        assertTrue(open.contains("فرانسيسكا بوستين"), open.toString());
        assertFalse(modelFound(in, "1").contains("فرانسيسكا بوستين"));
    }

    /** Surfaces of the mentions that {@code annotate --min-confidence T} credits to the model. */
    private static List<String> modelFound(Path article, String threshold) throws Exception {
        CliRun r = CliRun.run("annotate", "--format", "json", "--min-confidence", threshold, article.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> out = new ArrayList<>();
        for (var m : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("mentions")) {
            if (m.get("foundBy").asText().equals(ModelMentionFinder.NAME)) out.add(m.get("text").asText());
        }
        return out;
    }
}
