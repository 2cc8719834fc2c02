package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Eleventh round of issue 11, on sentences written for this test with the real CoreNLP models: named storms,
 * villages named by a definite word, publishing houses, Mauritanian lineages that start like a place, and an
 * event's year after "لسنة".
 */
class StormsVillagesAndLineagesTest {

    @Test
    void aNamedStormIsAnEventAndAStormWithoutANameIsNone() {
        List<Mention> ms = TestArticles.mentions("وضرب الإعصار دانيال مدينة درنة في سبتمبر، وتسببت العاصفة ميديا في فيضانات بالجزائر. "
                + "وضرب إعصار شاهين سواحل عمان. وحذرت الأرصاد من العاصفة الثلجية القوية التي تضرب المرتفعات.");
        assertTrue(hasMention(ms, MentionType.EVENT, "الإعصار دانيال"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "العاصفة ميديا"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "إعصار شاهين"), ms.toString());
        // the storm's name is no body or person, and the city it hit stays a place
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("دانيال") && m.type() != MentionType.EVENT), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "درنة"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.EVENT && m.surface().contains("الثلجية")), ms.toString());
    }

    @Test
    void aVillageNamedByADefiniteWordNoDictionaryHasIsAPlace() {
        List<Mention> ms = TestArticles.mentions("وتحصن المسلحون قرب قرية العوينة، ثم فروا نحو بلدة القصيبة. "
                + "ونظمت البلدية مهرجانا في قرية الصيادين، وتقع قرية المشجعين قرب الملعب.");
        assertTrue(hasMention(ms, MentionType.LOC, "العوينة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "القصيبة"), ms.toString());
        // a village of fishermen or of fans is a common phrase
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("الصيادين") || m.surface().contains("المشجعين")), ms.toString());
    }

    @Test
    void aHouseIsAPublisherOrAnOfficeButBeforeABodyItIsItsBuilding() {
        List<Mention> ms = TestArticles.mentions("وأعلنت دار النهضة العربية ودار الساقي عن إصدارات جديدة، وأصدرت دار الإفتاء بيانا. "
                + "واحتشد المحتجون أمام دار مجلس النواب في العاصمة.");
        assertTrue(hasMention(ms, MentionType.ORG, "دار النهضة العربية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "دار الساقي"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "دار الإفتاء"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().startsWith("دار مجلس")), ms.toString());
    }

    @Test
    void aLineageThatStartsLikeAPlaceOrATitleIsAPerson() {
        // "سيدي محمد" is also an Algerian commune; "الشيخ" is also a title
        List<Mention> ms = TestArticles.mentions("وقال الوزير سيدي محمد ولد اعلي إن الحكومة ستدعم الصيادين. "
                + "وأكد الشيخ ولد باهية أن الميناء جاهز لاستقبال السفن.");
        assertTrue(hasMention(ms, MentionType.PER, "سيدي محمد ولد اعلي"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().startsWith("سيدي")), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "الشيخ ولد باهية"), ms.toString());
        // the commune named alone stays a place
        List<Mention> place = TestArticles.mentions("ووقع الحادث في بلدية سيدي امحمد بالعاصمة الجزائرية.");
        assertFalse(place.stream().anyMatch(m -> m.type() == MentionType.PER), place.toString());
    }

    @Test
    void theYearAfterLisanatNamesTheEvent() {
        List<Mention> ms = TestArticles.mentions("وأعلنت الهيئة المستقلة نتائج الانتخابات البلدية لسنة 2025، فيما تجري الانتخابات التشريعية لعام 2026 في الخريف.");
        assertTrue(hasMention(ms, MentionType.EVENT, "الانتخابات البلدية لسنة 2025"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "الانتخابات التشريعية لعام 2026"), ms.toString());
    }

    @Test
    void aNameEndsBeforeAPrepositionGluedToSomeoneElsesFamilyName() {
        List<Mention> ms = TestArticles.mentions("واستقبل المدير العام عبد اللطيف حموشي، أمس، الوفد الفرنسي. وجدد المسؤول الدعوة التي "
                + "وجهها وزير الداخلية الفرنسي لوران نونيز لحموشي لزيارة مقر الوزارة بباريس.");
        assertTrue(hasMention(ms, MentionType.PER, "لوران نونيز"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("نونيز لحموشي")), ms.toString());
        assertTrue(hasMention(ms, MentionType.PER, "لحموشي"), ms.toString());
    }

    @Test
    void aNounWithItsIndefiniteAdjectiveIsNoFamilyName() {
        List<Mention> ms = TestArticles.mentions("وللعميد جيدي زيارة مرتقبة إلى أنقرة. وقال اللواء محمد جمعة إن الوضع مستقر.");
        assertTrue(hasMention(ms, MentionType.PER, "جيدي"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("زيارة")), ms.toString());
        // a family name spelt like a common noun, with no adjective after it, stays the name's
        assertTrue(hasMention(ms, MentionType.PER, "محمد جمعة"), ms.toString());
    }

    @Test
    void anEventsTopicAfterHawlaIsItsName() {
        List<Mention> ms = TestArticles.mentions("وترأس الوزير الاجتماع الثالث لمجموعة العمل المغربية الفرنسية حول الإرهاب في الرباط. "
                + "وانطلقت الدورة الخامسة للمنتدى حول الأمن السيبراني أمس.");
        assertTrue(hasMention(ms, MentionType.EVENT, "الاجتماع الثالث لمجموعة العمل المغربية الفرنسية حول الإرهاب"), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "الدورة الخامسة للمنتدى حول الأمن السيبراني"), ms.toString());
        // "بشأن" and a known place, after an event named by a place
        List<Mention> place = TestArticles.mentions("وشارك الوزير في مؤتمر باريس بشأن ليبيا الأسبوع الماضي.");
        assertTrue(hasMention(place, MentionType.EVENT, "مؤتمر باريس بشأن ليبيا"), place.toString());
    }

    @Test
    void aKnownBodysBranchIsNamedWithItsSeat() {
        List<Mention> ms = TestArticles.mentions("وأوقفت الفرقة الإقليمية للدرك الوطني بعين صالح ثلاثة أشخاص، فيما قالت وزارة الداخلية "
                + "بمملكة البحرين إن الوضع مستقر.");
        assertTrue(hasMention(ms, MentionType.ORG, "الفرقة الإقليمية للدرك الوطني بعين صالح"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "عين صالح"), ms.toString());
        // a state's office and the state after ب stay apart
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().contains("بمملكة")), ms.toString());
    }

    @Test
    void armedGroupsClubsAndRadiosByTheirNames() {
        List<Mention> ms = TestArticles.mentions("وأعلنت الوزارة القضاء على عنصرين من كتيبة جند الخلافة وآخر من كتيبة عقبة بن نافع. "
                + "وزار الوزير الكتيبة المصرية المنتشرة ضمن البعثة. وفاز فريق مولودية الجزائر على ضيفه، فيما تعادل فريق أمل تيزنيت. "
                + "وقال المتحدث لراديو إكسبريس أف أم إن العملية متواصلة.");
        assertTrue(hasMention(ms, MentionType.ORG, "كتيبة جند الخلافة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "كتيبة عقبة بن نافع"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().contains("عقبة")), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("المنتشرة")), ms.toString());
        // "team" before a known club is no part of its name; before a club no list knows, it opens it
        assertTrue(hasMention(ms, MentionType.ORG, "مولودية الجزائر"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.surface().equals("فريق مولودية الجزائر")), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "إكسبريس أف أم"), ms.toString());
    }

    @Test
    void delegationsSubDistrictsAndHamlets() {
        List<Mention> ms = TestArticles.mentions("وبلغ مخزون السد بمعتمدية غار الدماء 40 بالمائة، وغمرت المياه منازل بدوار الحناشة "
                + "ودوار أولاد عمر. وسيطرت القوات على ناحية الرشاد جنوب كركوك. وأصيب السائق بدوار شديد.");
        assertTrue(hasMention(ms, MentionType.LOC, "غار الدماء"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "دوار الحناشة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "دوار أولاد عمر"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().endsWith("الرشاد")), ms.toString());
        // dizziness is no hamlet
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("شديد")), ms.toString());
    }

    @Test
    void aBodysHeadBeforeAQuotedNameNamesItByTheQuote() {
        List<Mention> ms = TestArticles.mentions("يذكر أن كتيبة \"أنصار الشريعة\" تتحصن في الجبال، ونددت جمعية «أصدقاء البيئة» بالتلوث. "
                + "وقال المدرب إن فريقه \"لعب بشخصية البطل\" أمس.");
        assertTrue(hasMention(ms, MentionType.ORG, "أنصار الشريعة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "أصدقاء البيئة"), ms.toString());
        // a quotation after "his team" is what was said
        assertFalse(ms.stream().anyMatch(m -> m.surface().contains("بشخصية")), ms.toString());
    }

    @Test
    void theOutletSpokenToIsAnOrganisation() {
        List<Mention> ms = TestArticles.mentions("وقال الناطق في تصريح لهسبريس إن الوضع مستقر، وأوضح في حديث لكيفاش أن التحقيق متواصل. "
                + "وقال الوزير في تصريح للصحافة إن الحملة نجحت، ثم قال في حديث لأحمد سالم إن الأمر انتهى.");
        assertTrue(hasMention(ms, MentionType.ORG, "هسبريس"), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && m.surface().endsWith("كيفاش")), ms.toString());
        // the press, and a person spoken to, are no outlets
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.ORG && (m.surface().contains("الصحافة") || m.surface().contains("أحمد"))),
                ms.toString());
    }

    @Test
    void aPlaceNamedWithBinAfterAGluedHeadAndABattleNamedByItsPlace() {
        List<Mention> ms = TestArticles.mentions("ووقع الحادث بحي بن سماعيل في العاصمة، واستذكر الأهالي ملحمة بن قردان في مارس 2016.");
        assertTrue(hasMention(ms, MentionType.LOC, "بن سماعيل"), ms.toString());
        assertFalse(ms.stream().anyMatch(m -> m.type() == MentionType.PER), ms.toString());
        assertTrue(hasMention(ms, MentionType.EVENT, "ملحمة بن قردان"), ms.toString());
    }
}
