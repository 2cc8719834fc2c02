package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Bodies of local and economic news (issue 11, fourth round): a group of companies ("مجموعة …"), whose name ends
 * before ل and what it does once a place closes it; a hospital called after a man with his honorific ("باشا";
 * name-honorifics.txt). Sentences written for this test, the rule tier with the real CoreNLP models.
 */
class BodiesOfLocalAndEconomicNewsTest {

    @Test
    void aGroupOfCompaniesEndsBeforeWhatItDoes() {
        List<Mention> ms = TestArticles.mentions("وأبرمت مجموعة موانئ الكويت لتشغيل المحطات صفقة جديدة، فيما انسحبت مجموعة من المستثمرين "
                + "من المزاد، وتصدرت المجموعة الأولى الترتيب.");
        assertTrue(hasMention(ms, MentionType.ORG, "مجموعة موانئ الكويت"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("مجموعة من")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.ORG && m.surface().startsWith("المجموعة الأولى")), ms.toString());
    }

    @Test
    void aMinistryEndsBeforeWhyItIsThereAndAnIndefiniteHeadBeforeLamIsNoName() {
        List<Mention> ms = TestArticles.mentions("وصل وفد من وزارة التجهيز لمعاينة الجسر المنهار، فيما شكلت ولاية نابل لجنة لحصر الخسائر، "
                + "وأعلنت الهيئة الوطنية لمكافحة الفساد ووزارة الدولة لشؤون الهجرة عن تحقيق مشترك.");
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة التجهيز"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("لمعاينة") || m.surface().startsWith("لجنة")), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الهيئة الوطنية لمكافحة الفساد"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة الدولة لشؤون الهجرة"), ms.toString());
    }

    @Test
    void aBodyOfAKnownPlaceIsNamedByItAndANewTownIsAPlaceOfItsOwn() {
        List<Mention> ms = TestArticles.mentions("وصادق مجلس محافظة ميسان على الموازنة، ونقل المصابون إلى مستشفى كسلا التعليمي، "
                + "فيما افتتحت بلدية صفاقس سوقا جديدة في مدينة دمياط الجديدة.");
        assertTrue(hasMention(ms, MentionType.ORG, "مجلس محافظة ميسان"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "مستشفى كسلا التعليمي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "بلدية صفاقس"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().equals("دمياط الجديدة") && m.kbId().isEmpty()), ms.toString());
    }

    @Test
    void departmentsMinistriesOfCoordinatedFieldsAndNamesThatKeepTheirPreposition() {
        List<Mention> ms = TestArticles.mentions("وأفادت دائرة الأحوال المدنية بأن وزارة الزراعة واستصلاح الأراضي والهيئة الوطنية للرقابة على "
                + "الأدوية ستعملان معا، فيما بقي الملف في دائرة الضوء، وفاز مرشح الحزب في الدائرة الانتخابية الثانية، "
                + "وسجلت أعلى نسبة اقتراع في دائرة بدو الوسط.");
        assertTrue(hasMention(ms, MentionType.ORG, "دائرة الأحوال المدنية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "وزارة الزراعة واستصلاح الأراضي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "الهيئة الوطنية للرقابة على الأدوية"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("الضوء") || m.surface().contains("الانتخابية") || m.surface().contains("بدو")),
                ms.toString());
    }

    @Test
    void aHospitalCalledAfterAManWithHisHonorific() {
        List<Mention> ms = TestArticles.mentions("ونقل المصابون إلى مستشفى أحمد ماهر باشا في وسط المدينة.");
        assertTrue(hasMention(ms, MentionType.ORG, "مستشفى أحمد ماهر باشا"), ms.toString());
    }

    @Test
    void aGovernmentNamedByWhoseItIsOrByItsName() {
        List<Mention> ms = TestArticles.mentions("وأعلنت الحكومة التونسية خطة للطوارئ، فيما رحبت حكومة الوفاق الوطني بالقرار، "
                + "وقالت حكومة بنغلاديش إنها ستدرسه، وأكدت الحكومة الجديدة التزامها.");
        assertTrue(hasMention(ms, MentionType.ORG, "الحكومة التونسية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "حكومة الوفاق الوطني"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "حكومة بنغلاديش"), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().startsWith("الحكومة الجديدة")), ms.toString());
    }

    @Test
    void aForeignCompanysCountryIsNotItsName() {
        List<Mention> ms = TestArticles.mentions("ووقعت الوزارة عقدا مع شركة فولفو السويدية ومجموعة كوتش القابضة التركية، "
                + "بتمويل من مصرف الرافدين العراقي وشركة لينوفو الصينية.");
        assertTrue(hasMention(ms, MentionType.ORG, "شركة فولفو"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "مجموعة كوتش القابضة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "مصرف الرافدين العراقي"), "a name of Arabic words keeps it: " + ms);
    }

    @Test
    void theAdjectiveOfACountryWhoseNameBeginsLikeTheArticle() {
        // "ألمانيا", "ألبانيا": their keys lost "ال" as if it were the article; their adjectives still name them
        org.rawabit.kb.KnowledgeBase kb = org.rawabit.kb.KnowledgeBase.bundled();
        assertTrue(kb.countryOfAdjective(org.rawabit.text.ArabicNormaliser.nameKey("الألمانية")).map(e -> e.labelAr()).orElse("").equals("ألمانيا"));
        assertTrue(kb.countryOfAdjective(org.rawabit.text.ArabicNormaliser.nameKey("الألباني")).map(e -> e.labelAr()).orElse("").equals("ألبانيا"));
    }
}
