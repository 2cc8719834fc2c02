package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;

/**
 * Clubs that sport news names bare, by a name that is also an ordinary word ("الهلال" the crescent, "النصر" victory;
 * ontology/lexicon/sport-only-names.txt): the club in an article about sport, the word elsewhere, and the adjective
 * after a definite noun. The bundled knowledge base's clubs; sentences written for this test, analysed with the real
 * CoreNLP models.
 */
class ClubsNamedBareTest {

    private static final GazetteerFinder finder = new GazetteerFinder(KnowledgeBase.bundled());

    /** Whether {@code surface} is linked to one of the knowledge base's clubs (ontology/kb/organizations.csv). */
    private static boolean linked(String text, String surface) {
        return finder.find(TestArticles.analyse(text)).stream()
                .anyMatch(m -> m.surface().equals(surface) && m.kbId().filter(id -> id.startsWith("org-club-")).isPresent());
    }

    @Test
    void bareClubNamesInAMatchReport() {
        String text = "حسم الهلال مباراة القمة أمام النصر بثلاثة أهداف لهدف، في الجولة الثامنة من الدوري، "
                + "وقال مدرب الفريق إن لاعبيه استحقوا الفوز.";
        assertTrue(linked(text, "الهلال"), "الهلال");
        assertTrue(linked(text, "النصر"), "النصر");
    }

    @Test
    void theOrdinaryWordsOutsideSport() {
        assertTrue(!linked("وأعلنت دار الإفتاء أن الهلال لم يُرَ مساء الاثنين، وأن الثلاثاء هو المتمم لشهر شعبان.",
                "الهلال"), "the crescent moon");
        assertTrue(!linked("واحتفل أنصار الحزب بالنصر في الانتخابات البلدية، وأكد رئيسه أن النصر جاء بعد سنوات من العمل.",
                "النصر"), "victory");
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
        assertTrue(linked(text, "الأهلي"), "the club, later");
    }
}
