package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KbEntry;
import org.rawabit.kb.KbType;
import org.rawabit.kb.KnowledgeBase;

/**
 * Parties, coalitions and blocs, public bodies (electoral commissions, courts, statistics offices, central banks,
 * parliaments), unions, Red Crescent societies and NGOs, and well-known zones, camps and squares
 * (ontology/kb/organizations.csv and regions.csv, issue 11) on sentences written for these tests in the style of
 * election, court, economy and war news: linked to the right entity of the right country, with and without "حزب"
 * where the short name is nothing else ("شاس", "الليكود"); a party whose short name is an ordinary word ("تقدم",
 * "الفتح", "دولة القانون", "النور", "الوفد") only under its head, never as the word. The rule tier (knowledge base
 * and rules), analysed with the real CoreNLP models.
 */
class PartiesBodiesAndZonesOnUnseenNewsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Mention mention(List<Mention> ms, MentionType type, String surface) {
        return ms.stream().filter(m -> m.type() == type && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + surface + "' in " + ms));
    }

    /** Asserts the organisation {@code surface} is {@code id}, part of {@code country}. */
    private static void assertOrg(List<Mention> ms, String surface, String id, String country) {
        assertEquals(Optional.of(id), mention(ms, MentionType.ORG, surface).kbId(), surface);
        assertEquals(Optional.of(country), KB.get(id).orElseThrow().partOf(), id);
    }

    /** Asserts the place {@code surface} is the region {@code id}, part of {@code parent}. */
    private static void assertZone(List<Mention> ms, String surface, String id, String parent) {
        assertEquals(Optional.of(id), mention(ms, MentionType.LOC, surface).kbId(), surface);
        KbEntry e = KB.get(id).orElseThrow();
        assertEquals(KbType.Region, e.type(), id);
        assertEquals(Optional.of(parent), e.partOf(), id);
    }

    private static void assertNotLinked(List<Mention> ms, String id) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of(id))), id + " in " + ms);
    }

    @Test
    void israeliPartiesWithAndWithoutTheirHead() {
        List<Mention> ms = find("وتقدم حزب الليكود في استطلاعات الرأي الأخيرة، فيما خسر حزب يش عتيد ثلاثة مقاعد، وهدد شاس "
                + "بالانسحاب من الائتلاف إذا لم يقر قانون التجنيد، وطالبت القائمة العربية الموحدة بلجنة تحقيق.");
        assertOrg(ms, "حزب الليكود", "org-il-likud", "country-IL");
        assertOrg(ms, "حزب يش عتيد", "org-il-yesh-atid", "country-IL");
        assertOrg(ms, "شاس", "org-il-shas", "country-IL");
        assertOrg(ms, "القائمة العربية الموحدة", "org-il-raam", "country-IL");
    }

    @Test
    void iraqiCoalitionsAndBlocs() {
        List<Mention> ms = find("وعقد الإطار التنسيقي اجتماعا لبحث تشكيل الحكومة، وقاطع التيار الصدري الجلسة، فيما صوت نواب "
                + "تحالف الفتح وائتلاف دولة القانون على القرار، وأعلن حزب تقدم ترشيح رئيسه.");
        assertOrg(ms, "الإطار التنسيقي", "org-iq-coordination-framework", "country-IQ");
        assertOrg(ms, "التيار الصدري", "org-iq-sadrist-movement", "country-IQ");
        assertOrg(ms, "تحالف الفتح", "org-iq-fatah-alliance", "country-IQ");
        assertOrg(ms, "ائتلاف دولة القانون", "org-iq-state-of-law", "country-IQ");
        assertOrg(ms, "حزب تقدم", "org-iq-taqaddum", "country-IQ");
    }

    @Test
    void turkishAndMaghrebiParties() {
        List<Mention> ms = find("وانتقد حزب الشعب الجمهوري خطة الحكومة الاقتصادية، ودافع عنها حزب الحركة القومية، وأعلن حزب العمال "
                + "الكردستاني حل نفسه. وفي الجزائر، دعا التجمع الوطني الديمقراطي وجبهة القوى الاشتراكية إلى الحوار، وفي تونس "
                + "انتقد الحزب الدستوري الحر قرار الهيئة.");
        assertOrg(ms, "حزب الشعب الجمهوري", "org-tr-chp", "country-TR");
        assertOrg(ms, "حزب الحركة القومية", "org-tr-mhp", "country-TR");
        assertOrg(ms, "حزب العمال الكردستاني", "org-tr-pkk", "country-TR");
        assertOrg(ms, "التجمع الوطني الديمقراطي", "org-dz-rnd", "country-DZ");
        assertOrg(ms, "جبهة القوى الاشتراكية", "org-dz-ffs", "country-DZ");
        assertOrg(ms, "الحزب الدستوري الحر", "org-tn-pdl", "country-TN");
    }

    @Test
    void partyNamesThatAreOrdinaryWordsAreNotLinkedAsTheWord() {
        List<Mention> ms = find("وحقق الفريق تقدما ملحوظا في المفاوضات، وقال الوزير إن دولة القانون تحمي الحقوق، وسيصل الوفد إلى "
                + "العاصمة غدا، وأضاء النور الساحة، وعبر عن الأمل في أن تتحقق النهضة.");
        for (String id : List.of("org-iq-taqaddum", "org-sd-taqaddum", "org-iq-state-of-law", "org-eg-wafd", "org-eg-nour",
                "org-tn-ennahda", "org-iq-fatah-alliance")) assertNotLinked(ms, id);
        List<Mention> sudan = find("ودعت تنسيقية تقدم إلى هدنة إنسانية في الفاشر.");
        assertOrg(sudan, "تنسيقية تقدم", "org-sd-taqaddum", "country-SD");
    }

    @Test
    void electoralCommissionsCourtsAndStatisticsOffices() {
        List<Mention> ms = find("وأعلنت المفوضية العليا المستقلة للانتخابات أن نسبة المشاركة بلغت 43 بالمئة، وقضت المحكمة الاتحادية "
                + "العليا بصحة النتائج، وقالت هيئة النزاهة إنها أحالت مسؤولين إلى القضاء.");
        assertOrg(ms, "المفوضية العليا المستقلة للانتخابات", "org-iq-ihec", "country-IQ");
        assertOrg(ms, "المحكمة الاتحادية العليا", "org-iq-federal-supreme-court", "country-IQ");
        assertOrg(ms, "هيئة النزاهة", "org-iq-integrity-commission", "country-IQ");
        List<Mention> eco = find("وقالت المندوبية السامية للتخطيط إن البطالة ارتفعت، وأعلن الجهاز المركزي للتعبئة العامة والإحصاء "
                + "تراجع التضخم، وأبقى البنك المركزي الأردني سعر الفائدة دون تغيير، بينما رفع الاحتياطي الفيدرالي أسعاره.");
        assertOrg(eco, "المندوبية السامية للتخطيط", "org-ma-hcp", "country-MA");
        assertOrg(eco, "الجهاز المركزي للتعبئة العامة والإحصاء", "org-eg-capmas", "country-EG");
        assertOrg(eco, "البنك المركزي الأردني", "org-jo-central-bank", "country-JO");
        assertOrg(eco, "الاحتياطي الفيدرالي", "org-us-fed", "country-US");
        List<Mention> gov = find("وصادق مجلس النواب العراقي على الموازنة، ورفضت السلطة الفلسطينية الخطة، واجتمع مجلس القيادة الرئاسي.");
        assertOrg(gov, "مجلس النواب العراقي", "org-iq-parliament", "country-IQ");
        assertOrg(gov, "السلطة الفلسطينية", "org-ps-pa", "country-PS");
        assertOrg(gov, "مجلس القيادة الرئاسي", "org-ye-plc", "country-YE");
    }

    @Test
    void unionsRedCrescentSocietiesAndNgos() {
        List<Mention> ms = find("ودعا الاتحاد العام للعمال الجزائريين إلى إضراب عام، وأرسل الهلال الأحمر القطري قافلة إغاثة، وقال "
                + "الهلال الأحمر الفلسطيني إن طواقمه أجلت الجرحى، وحذرت منظمة أوكسفام من المجاعة، وانتقدت مراسلون بلا حدود اعتقال الصحفي.");
        assertOrg(ms, "الاتحاد العام للعمال الجزائريين", "org-dz-ugta", "country-DZ");
        assertOrg(ms, "الهلال الأحمر القطري", "org-qa-red-crescent", "country-QA");
        assertOrg(ms, "الهلال الأحمر الفلسطيني", "org-ps-red-crescent", "country-PS");
        assertEquals(Optional.of("org-oxfam"), mention(ms, MentionType.ORG, "منظمة أوكسفام").kbId());
        assertEquals(Optional.of("org-rsf"), mention(ms, MentionType.ORG, "مراسلون بلا حدود").kbId());
    }

    @Test
    void zonesCampsAndSquares() {
        List<Mention> ms = find("وسقطت قذيفتان قرب المنطقة الخضراء في بغداد، وخرج المتظاهرون في ساحة التحرير، ونقل مئات النازحين "
                + "إلى مخيم الزعتري، واقتحمت القوات مخيم جنين فجرا.");
        assertZone(ms, "المنطقة الخضراء", "region-zone-baghdad-green-zone", "city-iq-baghdad");
        assertZone(ms, "ساحة التحرير", "region-square-tahrir-baghdad", "city-iq-baghdad");
        assertZone(ms, "مخيم الزعتري", "region-camp-zaatari", "city-jo-mafraq");
        assertZone(ms, "مخيم جنين", "region-camp-jenin", "city-ps-jenin");
        assertEquals(Optional.of("city-iq-baghdad"), mention(ms, MentionType.LOC, "بغداد").kbId());
    }
}
