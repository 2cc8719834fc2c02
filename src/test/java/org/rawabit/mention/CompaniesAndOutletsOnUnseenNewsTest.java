package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * International and Arab companies, banks and airlines (ontology/kb/organizations.csv, issue 11) on sentences written
 * for these tests in the style of economy, transport and technology news: named bare ("بوينغ", "هواوي", "موديز") or
 * after "شركة", linked to one entity whatever the spelling ("غوغل"/"جوجل"); a company whose name is also an ordinary
 * word ("شل" paralysed, Apple's "أبل" folding to "إبل" camels) only with its head or its nationality. Newspapers, channels
 * and sites: bare where the title is nothing else ("هسبريس", "العربي الجديد"), else only after "صحيفة", "قناة", "موقع" or
 * with a nationality ("الشروق الجزائرية"), never as the word ("مع الصباح الباكر"); a title several countries' papers
 * share ("صحيفة الصباح") is the paper of the country the article names. The rule tier
 * (knowledge base and rules), analysed with the real CoreNLP models.
 */
class CompaniesAndOutletsOnUnseenNewsTest {

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Mention mention(List<Mention> ms, String surface) {
        return ms.stream().filter(m -> m.type() == MentionType.ORG && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no ORG '" + surface + "' in " + ms));
    }

    /** Asserts the organisation {@code surface} is {@code id}. */
    private static void assertOrg(List<Mention> ms, String surface, String id) {
        assertEquals(Optional.of(id), mention(ms, surface).kbId(), surface);
    }

    private static void assertNotLinked(List<Mention> ms, String id) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of(id))), id + " in " + ms);
    }

    @Test
    void aviationAndIndustryCompaniesNamedBare() {
        List<Mention> ms = find("وأعلنت بوينغ أنها سلمت تسع طائرات إلى الخطوط الجوية التركية خلال الربع الأخير، فيما قالت إيرباص "
                + "إن سلاسل التوريد ما زالت تعرقل الإنتاج، ووقعت شركة سيمنز عقدا لتوريد قطارات سريعة إلى المكتب الوطني للسكك الحديدية.");
        assertOrg(ms, "بوينغ", "org-co-boeing");
        assertOrg(ms, "الخطوط الجوية التركية", "org-co-turkish-airlines");
        assertOrg(ms, "إيرباص", "org-co-airbus");
        assertOrg(ms, "شركة سيمنز", "org-co-siemens");
        assertOrg(ms, "المكتب الوطني للسكك الحديدية", "org-ma-oncf");
    }

    @Test
    void techEnergyAndFinanceCompaniesAndRatingAgencies() {
        List<Mention> ms = find("وكشفت هواوي وسامسونغ عن هواتف قابلة للطي، وقالت شركة أبل إن مبيعاتها في الصين تراجعت، واستحوذت "
                + "توتال إنرجيز وإيني على حصص في حقل بحري، بينما خفضت موديز تصنيف السندات ورفع غولدمان ساكس توقعاته للنمو.");
        assertOrg(ms, "هواوي", "org-co-huawei");
        assertOrg(ms, "سامسونغ", "org-co-samsung");
        assertOrg(ms, "شركة أبل", "org-co-apple");
        assertOrg(ms, "توتال إنرجيز", "org-co-totalenergies");
        assertOrg(ms, "إيني", "org-co-eni");
        assertOrg(ms, "موديز", "org-co-moodys");
        assertOrg(ms, "غولدمان ساكس", "org-co-goldman-sachs");
        List<Mention> spellings = find("وغرمت المفوضية الأوروبية شركة جوجل، وقالت وكالة فيتش إن النظرة المستقبلية مستقرة.");
        assertOrg(spellings, "شركة جوجل", "org-co-google");
        assertOrg(spellings, "وكالة فيتش", "org-co-fitch");
    }

    @Test
    void arabAirlinesBanksAndEnergyCompanies() {
        List<Mention> ms = find("وأعلن البنك التجاري الدولي وبنك مسقط عن أرباح فصلية قياسية، وسيرت طيران الخليج وفلاي دبي رحلات إضافية "
                + "إلى المدينة المنورة، ووقعت الشركة المصرية القابضة للغازات الطبيعية اتفاقا مع شركة شل لتوسيع محطة الإسالة.");
        assertOrg(ms, "البنك التجاري الدولي", "org-co-cib-egypt");
        assertOrg(ms, "بنك مسقط", "org-co-bank-muscat");
        assertOrg(ms, "طيران الخليج", "org-co-gulf-air");
        assertOrg(ms, "فلاي دبي", "org-co-flydubai");
        assertOrg(ms, "الشركة المصرية القابضة للغازات الطبيعية", "org-co-egas");
        assertOrg(ms, "شركة شل", "org-co-shell");
    }

    @Test
    void companyNamesThatAreOrdinaryWordsNeedTheirHead() {
        // "شل" = paralysed; "إبل" = camels, which folds like Apple's "أبل"; "البيت" (the house) is Elbit's "إلبيت" without
        // its hamza; "لاوبر" a surname the segmenter splits as ل + Uber's "أوبر"
        List<Mention> ms = find("وشل الإضراب حركة الشحن في الميناء، وباع المربون مئات من رؤوس إبل في السوق الأسبوعية، ثم عادوا إلى البيت. "
                + "وقال الباحث السويسري ماركوس لاوبر إن الأسعار سترتفع.");
        for (String id : List.of("org-co-shell", "org-co-apple", "org-co-elbit", "org-co-uber")) assertNotLinked(ms, id);
    }

    @Test
    void arabOutletsNamedWithTheirHeadOrBare() {
        List<Mention> ms = find("ونقلت صحيفة المصري اليوم عن مصدر حكومي أن الأسعار سترتفع، فيما ذكر موقع هسبريس أن البرلمان صادق على "
                + "القانون، وقالت قناة الميادين إن الغارات استمرت، وأوردت صحيفة الشرق الأوسط أن المفاوضات تعثرت، ونشر العربي الجديد "
                + "تحقيقا عن الهجرة، بينما بثت قناة الحدث مقابلة مع الوزير.");
        assertOrg(ms, "صحيفة المصري اليوم", "org-media-eg-al-masry-al-youm");
        assertOrg(ms, "موقع هسبريس", "org-media-ma-hespress");
        assertOrg(ms, "قناة الميادين", "org-media-al-mayadeen");
        assertOrg(ms, "صحيفة الشرق الأوسط", "org-media-asharq-al-awsat");
        assertOrg(ms, "العربي الجديد", "org-media-al-araby-al-jadeed");
        assertOrg(ms, "قناة الحدث", "org-media-alhadath");
    }

    @Test
    void aTitleSharedByPapersOfSeveralCountriesIsTheOneOfTheCountryNamed() {
        // "صحيفة الصباح" is a Moroccan, a Tunisian and an Iraqi daily: the article's country decides
        List<Mention> tn = find("وقالت صحيفة الصباح إن الحكومة التونسية ستعرض الميزانية على البرلمان في صفاقس الأسبوع المقبل، "
                + "وأكد موقع الصباح نيوز الخبر.");
        assertOrg(tn, "صحيفة الصباح", "org-media-tn-assabah");
        assertOrg(tn, "موقع الصباح نيوز", "org-media-tn-assabah-news");
        List<Mention> dz = find("وذكرت الشروق الجزائرية أن وزارة التجارة في وهران ضبطت أطنانا من السلع، ونقلت صحيفة الخبر عن مسؤول أن التحقيق مستمر.");
        assertOrg(dz, "الشروق الجزائرية", "org-media-dz-echorouk");
        assertOrg(dz, "صحيفة الخبر", "org-media-dz-el-khabar");
    }

    @Test
    void aTitleThatIsAnOrdinaryWordIsNotLinkedAsTheWord() {
        // "الصباح" morning, "الشروق" sunrise, "الخبر" the news, "الأهرام" the pyramids, "الميادين" the squares
        List<Mention> ms = find("وخرج الصيادون مع الصباح الباكر قبل الشروق، وانتشر الخبر بسرعة بين السياح الذين زاروا الأهرام، "
                + "واحتشد المتظاهرون في الميادين، وقال إن اليوم السابع من الهدنة مر بهدوء، وسافر إلى الرياض.");
        for (String id : List.of("org-media-ma-assabah", "org-media-tn-assabah", "org-media-iq-assabah", "org-media-eg-shorouk",
                "org-media-dz-echorouk", "org-media-dz-el-khabar", "org-media-eg-al-ahram", "org-media-al-mayadeen",
                "org-media-eg-youm7", "org-media-sa-al-riyadh")) assertNotLinked(ms, id);
    }

    @Test
    void aCompanyNamedByTwoLettersOnlyWithItsHeadOrNationality() {
        // "بي بي" is also the "BBVA"-style letters inside another company's name ("… بي بي في إيه")
        List<Mention> ms = find("ووقعت شركة بي بي اتفاقا مع الحكومة، فيما قالت بي بي البريطانية إن الإنتاج سيبدأ العام المقبل، "
                + "واستحوذ مصرف غارانتي بي بي في إيه التركي على حصة في شركة ناشئة.");
        assertOrg(ms, "شركة بي بي", "org-co-bp");
        assertOrg(ms, "بي بي البريطانية", "org-co-bp");
        assertEquals(2, ms.stream().filter(m -> m.kbId().equals(Optional.of("org-co-bp"))).count(), ms.toString());
    }

    @Test
    void africanClubsAndTunisianBanks() {
        List<Mention> ms = find("وتعادل ماميلودي صن داونز مع تي بي مازيمبي، فيما فاز أسيك ميموزا على بترو أتلتيكو، وارتفع سهم بنك تونس العربي "
                + "الدولي والتجاري بنك في بورصة تونس.");
        assertOrg(ms, "ماميلودي صن داونز", "org-club-mamelodi-sundowns");
        assertOrg(ms, "تي بي مازيمبي", "org-club-tp-mazembe");
        assertOrg(ms, "أسيك ميموزا", "org-club-asec-mimosas");
        assertOrg(ms, "بترو أتلتيكو", "org-club-petro-luanda");
        assertOrg(ms, "بنك تونس العربي الدولي", "org-co-biat");
    }

    @Test
    void aNewspaperNamedInQuotesIsNoCitySpeltLikeIt() {
        List<org.rawabit.mention.Mention> ms = org.rawabit.TestArticles.mentions("وحسب ما نقلته جريدة \"الخبر\" فإن المتهم فر إلى الخارج، "
                + "فيما زار الوفد مدينة الخبر السعودية.");
        org.junit.jupiter.api.Assertions.assertTrue(org.rawabit.TestArticles.hasMention(ms, MentionType.ORG, "الخبر"), ms.toString());
        // the city named in the story is still the city
        org.junit.jupiter.api.Assertions.assertTrue(ms.stream().anyMatch(m -> m.kbId().equals(java.util.Optional.of("city-sa-al-khobar"))), ms.toString());
    }
}
