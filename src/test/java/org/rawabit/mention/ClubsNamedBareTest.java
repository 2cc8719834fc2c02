package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;

/**
 * Clubs that sport news names bare, by a name that is also an ordinary word ("الهلال" the crescent, "النصر" victory;
 * ontology/lexicon/sport-only-names.txt): the club in an article about sport, the word elsewhere, and the adjective
 * after a definite noun. The knowledge base is the bundled one plus a user's file of two clubs, read by the real
 * loader; sentences written for this test, analysed with the real CoreNLP models.
 */
class ClubsNamedBareTest {

    @TempDir
    static Path dir;
    private static GazetteerFinder finder;

    @BeforeAll
    static void clubs() throws Exception {
        Path csv = dir.resolve("clubs.csv");
        Files.writeString(csv, "id,type,label_ar,label_en,variants_ar,variants_en,wikidata,part_of\r\n"
                + "test-club-crescent,Organization,نادي الهلال,Crescent Club,الهلال,,,\r\n"
                + "test-club-victory,Organization,نادي النصر,Victory Club,النصر,,,\r\n"
                + "test-club-national,Organization,النادي الأهلي,National Club,الأهلي,,,\r\n");
        finder = new GazetteerFinder(KnowledgeBase.withUserFiles(List.of(csv)));
    }

    private static boolean linked(String text, String surface, String id) {
        return finder.find(TestArticles.analyse(text)).stream()
                .anyMatch(m -> m.surface().equals(surface) && m.kbId().equals(Optional.of(id)));
    }

    @Test
    void bareClubNamesInAMatchReport() {
        String text = "حسم الهلال مباراة القمة أمام النصر بثلاثة أهداف لهدف، في الجولة الثامنة من الدوري، "
                + "وقال مدرب الفريق إن لاعبيه استحقوا الفوز.";
        assertTrue(linked(text, "الهلال", "test-club-crescent"), "الهلال");
        assertTrue(linked(text, "النصر", "test-club-victory"), "النصر");
    }

    @Test
    void theOrdinaryWordsOutsideSport() {
        assertTrue(!linked("وأعلنت دار الإفتاء أن الهلال لم يُرَ مساء الاثنين، وأن الثلاثاء هو المتمم لشهر شعبان.",
                "الهلال", "test-club-crescent"), "the crescent moon");
        assertTrue(!linked("واحتفل أنصار الحزب بالنصر في الانتخابات البلدية، وأكد رئيسه أن النصر جاء بعد سنوات من العمل.",
                "النصر", "test-club-victory"), "victory");
    }

    @Test
    void theFootballConfederationsAcronymOnlyInSport() {
        GazetteerFinder bundled = new GazetteerFinder(KnowledgeBase.bundled());
        String farming = "وتراجع إنتاج الحبوب في الكاف وجندوبة بسبب الجفاف، وفق ما أعلنته وزارة الفلاحة التونسية.";
        assertTrue(bundled.find(TestArticles.analyse(farming)).stream().noneMatch(m -> m.surface().equals("الكاف") && m.type() == MentionType.ORG),
                "El Kef is no football body");
        String football = "وقرر الكاف نقل المباراة النهائية إلى ملعب آخر بعد شكوى الفريق الضيف من أرضية الملعب.";
        assertTrue(bundled.find(TestArticles.analyse(football)).stream().anyMatch(m -> m.surface().equals("الكاف") && m.type() == MentionType.ORG),
                "the confederation in a match report");
    }

    @Test
    void notTheAdjectiveOfADefiniteNounEvenInSport() {
        String text = "وأشاد رئيس النادي بدور المجتمع الأهلي في دعم الفريق قبل مباراة الدوري، فيما واصل الأهلي تحضيراته للموسم.";
        List<Mention> ms = finder.find(TestArticles.analyse(text));
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("الأهلي") && m.begin() < text.indexOf("في دعم")),
                "civil society is no club: " + ms);
        assertTrue(linked(text, "الأهلي", "test-club-national"), "the club, later");
    }
}
