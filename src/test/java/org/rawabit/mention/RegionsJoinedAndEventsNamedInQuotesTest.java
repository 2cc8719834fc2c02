package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.resolve.Entity;

/**
 * Local and economic news (issue 11, fourth round): a region named by hyphen-joined names after its head ("جهة
 * طنجة-تطوان-الحسيمة"); an event's name in quotes, whatever its words, but not a quoted sentence; an event glued to ل
 * after a day's ordinal ("اليوم الثاني لمعرض …"), which is no session's number; and an event's name without its year,
 * in an article that names the year's edition, is that edition. Sentences written for this test, real CoreNLP models.
 */
class RegionsJoinedAndEventsNamedInQuotesTest {

    @Test
    void aRegionOfHyphenJoinedNamesAfterItsHead() {
        List<Mention> ms = TestArticles.mentions("وصادق مجلس جهة طنجة-تطوان-الحسيمة على مشروع الميزانية، "
                + "فيما زار الوزير إقليم تيغراي-أمهرة الحدودي.");
        // (a division's head is part of its name: division-heads.txt)
        assertTrue(hasMention(ms, MentionType.LOC, "جهة طنجة-تطوان-الحسيمة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "إقليم تيغراي-أمهرة"), ms.toString());
        assertTrue(!hasMention(ms, MentionType.LOC, "تيغراي-"), ms.toString());
    }

    @Test
    void anEventNamedInQuotesButNotAQuotedSentence() {
        List<Mention> ms = TestArticles.mentions("ودعت البلدية إلى المشاركة في \"ملتقى المدن المتوسطية للنقل الحضري\" الذي تحتضنه "
                + "المدينة الشهر المقبل، وقال رئيسها إن \"المهرجان أصبح موعدا ثابتا للعائلات\".");
        assertTrue(hasMention(ms, MentionType.EVENT, "ملتقى المدن المتوسطية للنقل الحضري"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().startsWith("المهرجان أصبح")), ms.toString());
    }

    @Test
    void anEventAfterADaysOrdinal() {
        List<Mention> ms = TestArticles.mentions("وشهد اليوم الثاني لمعرض الكويت الدولي للكتاب إقبالا كبيرا من الزوار.");
        assertTrue(hasMention(ms, MentionType.EVENT, "معرض الكويت الدولي للكتاب"), ms.toString());
    }

    @Test
    void anEventWithoutItsYearIsTheEditionTheArticleNames() {
        List<Entity> events = TestArticles.resolve("وقعت شركات الطيران عقودا بمليارات الدولارات في معرض البحرين الدولي للطيران 2026، "
                + "وقال منظمو معرض البحرين الدولي للطيران إن عدد الزوار تضاعف.").entities().stream()
                .filter(e -> e.type() == MentionType.EVENT).toList();
        assertEquals(1, events.size(), events.toString());
        assertEquals("معرض البحرين الدولي للطيران 2026", events.get(0).label());
    }

    @Test
    void venuesNamedWithALoanwordOrAfterAMansCity() {
        List<Mention> ms = TestArticles.mentions("وتقام المباراة على ملعب الأمير فيصل أرينا، قبل أن ينتقل الفريق إلى ملعب مدينة الملك فهد الرياضية، "
                + "فيما احتضن ملعب الحسن الثاني الرباط حفل الافتتاح، ونزلت البعثة في فندق هيلتون طرابلس.");
        assertTrue(hasMention(ms, MentionType.LOC, "ملعب الأمير فيصل أرينا"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "ملعب مدينة الملك فهد الرياضية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "ملعب الحسن الثاني"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "الرباط"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "فندق هيلتون طرابلس"), "a chain's hotel holds its city: " + ms);
        // the city closes the chain hotel's name: the definite noun after it is the verb's object
        List<Mention> hotel = TestArticles.mentions("واستضاف فندق ماريوت جدة الاجتماعات التحضيرية للقمة يومي الأحد والاثنين.");
        assertTrue(hasMention(hotel, MentionType.LOC, "فندق ماريوت جدة"), hotel.toString());
    }

    @Test
    void anOperationOrCampaignNamedInQuotesIsAnEvent() {
        List<Mention> ms = TestArticles.mentions("وفككت الوحدات الخاصة شبكة للتهريب في عملية أمنية أطلق عليها اسم \"الصقر الأزرق\"، "
                + "فيما أطلقت الإدارة حملة \"طرق آمنة\" قبل العطلة. وأكد المتحدث أن العملية \"حققت أهدافها\".");
        assertTrue(hasMention(ms, MentionType.EVENT, "الصقر الأزرق"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "طرق آمنة"), ms.toString());
        // the quotes bound the name: a first letter the segmenter split off is the name's
        List<Mention> split = TestArticles.mentions("وأطلقت البلدية حملة \"بنزرت نظيفة\" لجمع النفايات من الشواطئ.");
        assertTrue(hasMention(split, MentionType.EVENT, "بنزرت نظيفة"), split.toString());
        // words said about the operation are no name
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("أهدافها")), ms.toString());
    }

    @Test
    void aConferenceOfAFieldNamedWithItsReachIsAnEvent() {
        List<Mention> ms = TestArticles.mentions("وتستضيف العاصمة المؤتمر الإقليمي للأمن السيبراني الشهر المقبل، بينما دعا المؤتمر "
                + "الدولي لبحث الأزمة إلى وقف القتال.");
        assertTrue(hasMention(ms, MentionType.EVENT, "المؤتمر الإقليمي للأمن السيبراني"), ms.toString());
        // what a conference is for (ل and an indefinite verbal noun) does not name it
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("لبحث")), ms.toString());
    }

    @Test
    void aWeekNamedByItsTopicAndItsSeriesAdjectiveIsAnEvent() {
        List<Mention> ms = TestArticles.mentions("وتشارك الشرطة في أسبوع المرور العربي الموحد، فيما بدأ أسبوع العمل الجديد في المصانع.");
        assertTrue(hasMention(ms, MentionType.EVENT, "أسبوع المرور العربي الموحد"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.EVENT && m.surface().startsWith("أسبوع العمل")), ms.toString());
    }
}
