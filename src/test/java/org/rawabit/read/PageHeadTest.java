package org.rawabit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.kb.KnowledgeBase;

/** The head of a captured news page: site, newsroom, dateline, byline and date lines are metadata, never a headline. */
class PageHeadTest {
    private final ArticleCleaner cleaner = new ArticleCleaner(KnowledgeBase.bundled()::isPlaceName);

    private Article clean(String text) throws InputProblem {
        return cleaner.clean(new RawArticle("t", "t.txt", "", "", "", "", text));
    }

    private static final String STORY = "أعلنت وزارة الصحة، اليوم الخميس، عن إطلاق حملة وطنية للتلقيح في جميع المحافظات.\n"
            + "وقال المتحدث باسم الوزارة إن الحملة تستمر أسبوعين.";

    @Test
    void aSiteAndNewsroomLineIsTheSourceAndNeitherADatelineNorAHeadline() throws Exception {
        Article a = clean("موقع الخبر - فريق التحرير\n" + STORY);
        assertEquals(Optional.of("موقع الخبر"), a.source());
        assertEquals(Optional.of("فريق التحرير"), a.author());
        assertEquals(Optional.empty(), a.dateline());
        assertEquals(Optional.empty(), a.title());
        assertFalse(a.text().contains("التحرير"), a.text());
    }

    @Test
    void aSiteBesideAKnownCityGivesTheSourceAndTheDateline() throws Exception {
        Article a = clean("نبأ24 | عمان\n" + STORY);
        assertEquals(Optional.of("نبأ24"), a.source());
        assertEquals(Optional.of("عمان"), a.dateline());
        assertTrue(a.datelineBegin().isPresent(), "the dateline stays in the text: " + a.text());
        assertEquals(Optional.empty(), a.title());
        Article latin = clean("دمشق - SY\n" + STORY);
        assertEquals(Optional.of("SY"), latin.source());
        assertEquals(Optional.of("دمشق"), latin.dateline());
    }

    @Test
    void anAuthorAndSiteLineWithTatweelAndSlashesIsTheByline() throws Exception {
        Article a = clean("سعيـد الحسنـي – نبض///\n" + STORY);
        assertEquals(Optional.of("سعيـد الحسنـي"), a.author());
        assertEquals(Optional.of("نبض"), a.source());
        assertEquals(Optional.empty(), a.title());
    }

    @Test
    void aQuotedNewspaperWithItsSectionIsTheSource() throws Exception {
        Article a = clean("«الوطن» - الاقتصاد:\n" + STORY);
        assertEquals(Optional.of("الوطن"), a.source());
        assertFalse(a.text().contains("الاقتصاد:"), a.text());
    }

    @Test
    void aDatelineSiteAndTimestampLineUnderTheHeadlineGivesAllThree() throws Exception {
        Article a = clean("المنتخب يتأهل إلى نهائيات كأس العرب\n\nالقاهرة - الملاعب 2024.03.15 | 09:40 pm\n\n" + STORY);
        assertEquals(Optional.of("المنتخب يتأهل إلى نهائيات كأس العرب"), a.title());
        assertEquals(Optional.of("القاهرة"), a.dateline());
        assertEquals(Optional.of("الملاعب"), a.source());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), a.published());
    }

    @Test
    void aHeadlineWithADashIsStillAHeadline() throws Exception {
        Article a = clean("الرباط - الأمن الجماعي\n" + STORY);
        assertEquals(Optional.of("الرباط - الأمن الجماعي"), a.title());
        assertEquals(Optional.empty(), a.source());
        Article two = clean("المغرب - إسبانيا\n" + STORY);
        assertEquals(Optional.empty(), two.source());
    }

    @Test
    void aTimestampLineIsTheDateAndACapturesDateFieldIsNotPartOfTheHeadline() throws Exception {
        Article stamp = clean("21/03/2024 - 10:15\n\nالحكومة تقر خطة جديدة للنقل العمومي\n\n" + STORY);
        assertEquals(Optional.of(LocalDate.of(2024, 3, 21)), stamp.published());
        assertEquals(Optional.of("الحكومة تقر خطة جديدة للنقل العمومي"), stamp.title());
        Article captured = clean(" date 2024-05-02 الحكومة تقر خطة جديدة للنقل العمومي\n\n" + STORY);
        assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), captured.published());
        assertEquals(Optional.of("الحكومة تقر خطة جديدة للنقل العمومي"), captured.title());
    }

    @Test
    void siteFurnitureAboveARepeatedHeadlineIsDroppedButItsDateIsKept() throws Exception {
        Article a = clean("صوت المدينة الحر\n\n2024-02-11\n\n3:20 مساءً\n\nآخر الأخبار\n\n"
                + "افتتاح مستشفى جامعي جديد في مدينة وجدة\n\nافتتاح مستشفى جامعي جديد في مدينة وجدة\n\n" + STORY);
        assertEquals(Optional.of("افتتاح مستشفى جامعي جديد في مدينة وجدة"), a.title());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 11)), a.published());
        assertFalse(a.text().contains("صوت المدينة"), a.text());
        assertEquals(a.text().indexOf("افتتاح مستشفى"), a.text().lastIndexOf("افتتاح مستشفى"), "the repeat is dropped");
    }

    @Test
    void anAgencyInParenthesesAfterTheDatelineIsTheSource() throws Exception {
        Article a = clean("بيروت – 4 – 6 (وام) -- أعلنت وزارة الصحة عن إطلاق حملة وطنية للتلقيح في جميع المحافظات.");
        assertEquals(Optional.of("بيروت"), a.dateline());
        assertEquals(Optional.of("وام"), a.source());
    }

    @Test
    void aSitesNameWithAColonAndADashBeforeTheFirstSentenceIsTheSource() throws Exception {
        Article a = clean("وزارة الصحة تطلق حملة للتلقيح\n\nنبض المدينة: - أعلنت وزارة الصحة، اليوم الخميس، عن إطلاق حملة وطنية.");
        assertEquals(Optional.of("نبض المدينة"), a.source());
        assertFalse(a.text().contains("نبض المدينة"), a.text());
        assertTrue(a.text().contains("أعلنت وزارة الصحة"), a.text());
    }

    @Test
    void punctuationAndPostTypeLinesAreDropped() throws Exception {
        Article a = clean("|\n\npost\n\nالحكومة تقر خطة جديدة للنقل العمومي\n\n" + STORY);
        assertEquals(Optional.of("الحكومة تقر خطة جديدة للنقل العمومي"), a.title());
        assertFalse(a.text().startsWith("|") || a.text().contains("post"), a.text());
    }

    @Test
    void aCityAndANewsAgencyAloneOnALineAreTheDatelineAndTheSource() throws Exception {
        Article a = clean("الرياض تستضيف مؤتمرا للأمن السيبراني\nالرياض - واس\n" + STORY);
        assertEquals(Optional.of("الرياض"), a.dateline());
        assertEquals(Optional.of("واس"), a.source());
        assertEquals(Optional.of("الرياض تستضيف مؤتمرا للأمن السيبراني"), a.title());
        assertFalse(a.text().contains("واس"), a.text());
        Article spaced = clean("القاهرة - أ ش أ\n" + STORY);
        assertEquals(Optional.of("القاهرة"), spaced.dateline());
        assertEquals(Optional.of("أ ش أ"), spaced.source());
        // a word that is no agency beside a city is a headline still
        Article headline = clean("الرباط - الأمن الجماعي\n" + STORY);
        assertEquals(Optional.of("الرباط - الأمن الجماعي"), headline.title());
    }

    @Test
    void aSitesMenuIsNeitherHeadlineNorText() throws Exception {
        Article a = clean("أخبار الأردن | محليات | اقتصاد | ثقافة وفن | رياضة | الغد TV\nالحكومة تقر خطة جديدة للنقل العمومي\n\n" + STORY);
        assertEquals(Optional.of("الحكومة تقر خطة جديدة للنقل العمومي"), a.title());
        assertFalse(a.text().contains("محليات") || a.text().contains("الأردن"), a.text());
        // items set apart by wide gaps, and the byline under the headline is read once the menu is gone
        Article gaps = clean("الرئيسية   سياسة   مجتمع   جهات   رياضة\n\nالحكومة تقر خطة جديدة للنقل العمومي\n\nطنجة - محمد أمين الصقلي\n" + STORY);
        assertEquals(Optional.of("الحكومة تقر خطة جديدة للنقل العمومي"), gaps.title());
        assertEquals(Optional.of("محمد أمين الصقلي"), gaps.author());
        assertFalse(gaps.text().contains("سياسة") || gaps.text().contains("الصقلي"), gaps.text());
        // a breaking-news tag before the headline goes, the headline stays
        Article tagged = clean("عاجل | الصحة: حملة تلقيح جديدة ضد الحصبة تبدأ الأحد\n\n" + STORY);
        assertEquals(Optional.of("الصحة: حملة تلقيح جديدة ضد الحصبة تبدأ الأحد"), tagged.title());
        // bars in a headline do not make it a menu
        Article bars = clean("الدوري المغربي | الوداد يفوز على الرجاء في قمة مثيرة\n\n" + STORY);
        assertEquals(Optional.of("الدوري المغربي | الوداد يفوز على الرجاء في قمة مثيرة"), bars.title());
    }

    @Test
    void anAgencysNameAboveTheHeadlineIsTheSourceNotTheHeadline() throws Exception {
        Article a = clean("وكالة الأنباء القطرية\nالرئيسية | محليات | دولي | رياضة\nافتتاح معرض الدوحة الدولي للكتاب بمشاركة 40 دولة\n\n" + STORY);
        assertEquals(Optional.of("افتتاح معرض الدوحة الدولي للكتاب بمشاركة 40 دولة"), a.title());
        assertEquals(Optional.of("وكالة الأنباء القطرية"), a.source());
        Article paper = clean("صحيفة الأيام البحرينية\nمحليات | اقتصاد | رياضة\nافتتاح معرض البحرين الدولي للكتاب\n\n" + STORY);
        assertEquals(Optional.of("صحيفة الأيام البحرينية"), paper.source());
        assertEquals(Optional.of("افتتاح معرض البحرين الدولي للكتاب"), paper.title());
        // any site's name above its menu is the masthead; a breaking-news ticker under it goes too
        Article site = clean("المساء اليوم\nالوطني | الدولي | اقتصاد | رياضة\nعاجل | توقيف لص بالقنيطرة    أحوال الطقس غدا\n"
                + "افتتاح معرض البحرين الدولي للكتاب\n\n" + STORY);
        assertEquals(Optional.of("المساء اليوم"), site.source());
        assertEquals(Optional.of("افتتاح معرض البحرين الدولي للكتاب"), site.title());
        assertFalse(site.text().contains("توقيف") || site.text().contains("المساء"), site.text());
        // a headline that begins with an agency's name stays the headline
        Article story = clean("وكالة الفضاء المغربية تطلق قمرا صناعيا جديدا\n\n" + STORY);
        assertEquals(Optional.of("وكالة الفضاء المغربية تطلق قمرا صناعيا جديدا"), story.title());
    }

    @Test
    void aDatelineWithTheDayInFiguresAndTheAgencyInParentheses() throws Exception {
        Article a = clean("افتتاح معرض نواكشوط للكتاب\n\nنواكشوط، 03/11/2025 (الوكالة الموريتانية للأنباء)- افتتح وزير الثقافة معرض الكتاب.");
        assertEquals(Optional.of("نواكشوط"), a.dateline());
        assertEquals(Optional.of("الوكالة الموريتانية للأنباء"), a.source());
        // the agency credited in the dateline is no mention of the story
        assertTrue(a.datelineHeadEnd().isPresent() && a.text().indexOf("افتتح وزير") >= a.datelineHeadEnd().getAsInt(), a.text());
    }

    @Test
    void aCityAndAnAuthorAfterAColonAreDatelineAndByline() throws Exception {
        Article a = clean("افتتاح معرض دبي للطيران بمشاركة 1400 شركة\nدبي: سلمان الحوسني\n" + STORY);
        assertEquals(Optional.of("سلمان الحوسني"), a.author());
        assertFalse(a.text().contains("الحوسني"), a.text());
        // below the headline, a city and one word after a dash are the dateline and the site
        Article site = clean("افتتاح معرض دبي للطيران بمشاركة 1400 شركة\nدبي - البيان\n\n" + STORY);
        assertEquals(Optional.of("دبي"), site.dateline());
        assertEquals(Optional.of("البيان"), site.source());
        assertFalse(site.text().contains("البيان"), site.text());
    }
}
