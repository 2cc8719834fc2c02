package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Names of election news (issue 11, fifth round): Mauritanian names joined by "ولد"/"منت" (name-connectors.txt), a name
 * that opens with a definite word the tagger reads as an adjective, a party's name that ends where its leader's begins,
 * and where a party stands ("الحاكم", "المعارض"; party-stances.txt). Sentences written for this test, the rule tier
 * with the real CoreNLP models.
 */
class ElectionNewsNamesTest {

    @Test
    void mauritanianNamesJoinedBySonOrDaughterOf() {
        List<Mention> ms = TestArticles.mentions("وأعلن رئيس اللجنة الانتخابية محمد فال ولد بلال، مساء أمس، النتائج، فيما قالت الوزيرة مريم منت عبد الله "
                + "إن الاقتراع جرى في هدوء، وأكد الناطق باسم الحكومة الوزير المختار ولد داهي أن المشاركة بلغت 60 في المائة.");
        assertTrue(hasMention(ms, MentionType.PER, "محمد فال ولد بلال"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "مريم منت عبد الله"), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "المختار ولد داهي"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.POST && m.surface().contains("المختار")), ms.toString());
    }

    @Test
    void aPrepositionsNounAfterALineageIsNotTheNames() {
        List<Mention> ms = TestArticles.mentions("وترأس الجلسة وزير الخارجية الموريتاني إسماعيل ولد الشيخ أحمد بصفة موريتانيا رئيسة الدورة الحالية.");
        assertTrue(hasMention(ms, MentionType.PER, "إسماعيل ولد الشيخ أحمد"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER && m.surface().contains("بصفة")), ms.toString());
    }

    @Test
    void bornIsNoConnector() {
        List<Mention> ms = TestArticles.mentions("وكان الدكتور سالم العيساوي ولد في بلدة صغيرة قرب الحدود عام 1948.");
        assertTrue(hasMention(ms, MentionType.PER, "سالم العيساوي"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("ولد")), ms.toString());
    }

    @Test
    void aPartyEndsWhereItsLeaderBeginsAndBeforeWhereItStands() {
        List<Mention> ms = TestArticles.mentions("وقال رئيس حزب الصواب عبد السلام ولد حرمة إن حزبه سيطعن في النتائج، بينما احتفل حزب "
                + "الاتحاد من أجل الجمهورية الحاكم بفوزه، ورفض حزب الشعب الديمقراطي المعارض المشاركة.");
        assertTrue(hasMention(ms, MentionType.PER, "عبد السلام ولد حرمة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "حزب الصواب"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "حزب الشعب الديمقراطي"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().endsWith("الحاكم") || m.surface().endsWith("المعارض")), ms.toString());
    }

    @Test
    void aBlocNamedInQuotesAfterItsHead() {
        List<Mention> ms = TestArticles.mentions("وحصد تحالف \"الفتح\" تسعة مقاعد، وحل ائتلاف «دولة القانون» ثانيا، فيما رحبت المبعوثة "
                + "الأممية ماريا أنطونيا-غوميز بالنتائج.");
        assertTrue(hasMention(ms, MentionType.ORG, "تحالف \"الفتح\""), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "ائتلاف «دولة القانون»"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().endsWith("أنطونيا-غوميز")), ms.toString());
    }

    @Test
    void aByElectionNamedByItsKindIsTheArticlesElection() {
        List<Mention> ms = TestArticles.mentions("وأعلنت الهيئة المستقلة النتائج النهائية للانتخابات الجزئية في دائرة الرصيفة، بعد أن "
                + "طعن مرشحان في الانتخابات التكميلية السابقة.");
        assertTrue(hasMention(ms, MentionType.EVENT, "للانتخابات الجزئية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "الانتخابات التكميلية"), ms.toString());
    }

    @Test
    void aPeriodicMeetingIsNoLeague() {
        // "الدوري" after a definite noun is its adjective ("periodic"), not the league
        List<Mention> ms = TestArticles.mentions("وعقد المصرف الاجتماع الدوري لمجلس إدارته أمس، فيما توج الفريق بلقب الدوري الأردني للمحترفين.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("لمجلس")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.EVENT && m.surface().startsWith("الدوري الأردني")), ms.toString());
    }
}
