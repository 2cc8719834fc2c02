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
 * Second-rank cities of the Arab states (ontology/kb/cities.csv) on sentences written for these tests in the style
 * of war, court, election, weather and health news: found whole ("ود مدني", not "ود"), linked to the right city of
 * the right country; a city whose name is also a common word ("صور" pictures, "الأبيض" white, "السلط" powers) never
 * linked as that word. UN missions and agencies, Arab parties and movements, companies, banks and federations
 * (ontology/kb/organizations.csv): the long form and the acronym one entity; a body whose short name is a common word
 * ("النهضة", "أمل", "إعمار", "اتصالات") only under its head. The rule tier (knowledge base and rules), analysed with the
 * real CoreNLP models.
 */
class CitiesAndBodiesOnUnseenNewsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Mention mention(List<Mention> ms, MentionType type, String surface) {
        return ms.stream().filter(m -> m.type() == type && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + surface + "' in " + ms));
    }

    /** Asserts the place {@code surface} is the city {@code id}, part of {@code country}. */
    private static void assertCity(List<Mention> ms, String surface, String id, String country) {
        Mention m = mention(ms, MentionType.LOC, surface);
        assertEquals(Optional.of(id), m.kbId(), surface);
        KbEntry e = KB.get(id).orElseThrow();
        assertEquals(KbType.City, e.type(), id);
        assertEquals(Optional.of(country), e.partOf(), id);
    }

    private static void assertNotLinked(List<Mention> ms, String id) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of(id))), id + " in " + ms);
    }

    @Test
    void sudansCitiesInWarNewsAreFoundWhole() {
        List<Mention> ms = find("ووصل آلاف النازحين إلى ود مدني، فيما فتحت السلطات في كسلا والقضارف مراكز إيواء جديدة، "
                + "وتجددت الاشتباكات في الأبيض وكادقلي والجنينة.");
        assertCity(ms, "ود مدني", "city-sd-wad-medani", "country-SD");
        // the segmenter reads "كسلا" as "like" + Salé: the whole word is the known city
        assertCity(ms, "كسلا", "city-sd-kassala", "country-SD");
        assertNotLinked(ms, "city-ma-sale");
        assertCity(ms, "القضارف", "city-sd-gedaref", "country-SD");
        assertCity(ms, "الأبيض", "city-sd-el-obeid", "country-SD");
        assertCity(ms, "كادقلي", "city-sd-kadugli", "country-SD");
        assertCity(ms, "الجنينة", "city-sd-el-geneina", "country-SD");
    }

    @Test
    void citiesOfTheLevantIraqAndYemen() {
        List<Mention> ms = find("وقال مسؤول محلي في الرمادي إن الهجوم وقع قرب تكريت، فيما نزح السكان من منبج وعين العرب "
                + "إلى القامشلي، وتظاهر العشرات في النبطية وزحلة، وتقدمت القوات نحو مدينة مأرب بعد معارك في صعدة.");
        assertCity(ms, "الرمادي", "city-iq-ramadi", "country-IQ");
        assertCity(ms, "تكريت", "city-iq-tikrit", "country-IQ");
        assertCity(ms, "منبج", "city-sy-manbij", "country-SY");
        assertCity(ms, "عين العرب", "city-sy-kobani", "country-SY");
        assertCity(ms, "القامشلي", "city-sy-qamishli", "country-SY");
        assertCity(ms, "النبطية", "city-lb-nabatieh", "country-LB");
        assertCity(ms, "زحلة", "city-lb-zahle", "country-LB");
        assertCity(ms, "مدينة مأرب", "city-ye-marib", "country-YE");
        assertCity(ms, "صعدة", "city-ye-saada", "country-YE");
        List<Mention> jo = find("وأعلنت مديرية التربية في الرمثا تعليق الدوام، كما أغلقت المدارس في جرش وعجلون ومدينة السلط.");
        assertCity(jo, "الرمثا", "city-jo-ramtha", "country-JO");
        assertCity(jo, "جرش", "city-jo-jerash", "country-JO");
        assertCity(jo, "عجلون", "city-jo-ajloun", "country-JO");
        assertCity(jo, "مدينة السلط", "city-jo-salt", "country-JO");
    }

    @Test
    void citiesOfTheMaghrebEgyptAndTheGulf() {
        List<Mention> ms = find("وقضت محكمة الاستئناف في سيدي بلعباس بسجن متهمين من غرداية، وتساقطت الثلوج على تنغير والفقيه بن صالح، "
                + "وارتفعت الحرارة في قفصة وسيدي بوزيد، وأوقفت الشرطة عصابة في الزقازيق وأسيوط.");
        assertCity(ms, "سيدي بلعباس", "city-dz-sidi-bel-abbes", "country-DZ");
        assertCity(ms, "غرداية", "city-dz-ghardaia", "country-DZ");
        assertCity(ms, "تنغير", "city-ma-tinghir", "country-MA");
        assertCity(ms, "الفقيه بن صالح", "city-ma-fquih-ben-salah", "country-MA");
        assertCity(ms, "سيدي بوزيد", "city-tn-sidi-bouzid", "country-TN");
        assertCity(ms, "الزقازيق", "city-eg-zagazig", "country-EG");
        assertCity(ms, "أسيوط", "city-eg-asyut", "country-EG");
        List<Mention> gulf = find("وافتتح الأمير مستشفى في خميس مشيط، وجرت الانتخابات البلدية في المحرق والجهراء، وزار الوفد صحار "
                + "ثم توجه إلى هرجيسا وكيفة.");
        assertCity(gulf, "خميس مشيط", "city-sa-khamis-mushait", "country-SA");
        assertCity(gulf, "المحرق", "city-bh-muharraq", "country-BH");
        assertCity(gulf, "الجهراء", "city-kw-jahra", "country-KW");
        assertCity(gulf, "صحار", "city-om-sohar", "country-OM");
        assertCity(gulf, "هرجيسا", "city-so-hargeisa", "country-SO");
        assertCity(gulf, "كيفة", "city-mr-kiffa", "country-MR");
    }

    @Test
    void aNameAfterAConjunctionAndALetterReadAsAPreposition() {
        // "وبسكرة": و + Biskra, which the segmenter splits as و + ب + "سكرة"
        List<Mention> ms = find("وزار وزير الداخلية ولايتي باتنة وبسكرة لتفقد مشاريع التنمية.");
        Mention biskra = mention(ms, MentionType.LOC, "بسكرة");
        assertEquals(Optional.of("city-dz-biskra"), biskra.kbId());
    }

    @Test
    void cityNamesThatAreCommonWordsAreNotLinkedAsTheWord() {
        List<Mention> ms = find("ونشرت الصحيفة صور الضحايا، وأكد الوزير أن الفصل بين السلط ضروري، وأصدر البيت الأبيض بيانا، "
                + "وارتدى اللاعب القميص الرمادي، وقال إن للجماعة مآرب سياسية.");
        for (String id : List.of("city-lb-tyre", "city-jo-salt", "city-sd-el-obeid", "city-iq-ramadi", "city-ye-marib")) assertNotLinked(ms, id);
        assertEquals(Optional.of("org-us-white-house"), mention(ms, MentionType.ORG, "البيت الأبيض").kbId());
        List<Mention> tyre = find("وشيع الآلاف في مدينة صور جنوب لبنان جثمان القيادي.");
        assertCity(tyre, "مدينة صور", "city-lb-tyre", "country-LB");
    }

    /** Asserts the organisation {@code surface} is {@code id}. */
    private static void assertOrg(List<Mention> ms, String surface, String id) {
        assertEquals(Optional.of(id), mention(ms, MentionType.ORG, surface).kbId(), surface);
    }

    @Test
    void unMissionsByLongFormAndAcronymAreOneEntity() {
        List<Mention> ms = find("وقالت قوة الأمم المتحدة المؤقتة في لبنان إن دورية لها تعرضت لإطلاق نار قرب الحدود، وأكد متحدث باسم "
                + "اليونيفيل أن التحقيق جار، فيما رحبت يونامي بالاتفاق وحذر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) من المجاعة.");
        assertOrg(ms, "قوة الأمم المتحدة المؤقتة في لبنان", "org-unifil");
        assertOrg(ms, "اليونيفيل", "org-unifil");
        assertOrg(ms, "يونامي", "org-unami");
        assertOrg(ms, "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "org-ocha");
        assertOrg(ms, "أوتشا", "org-ocha");
        List<Mention> libya = find("ودعت أونسميل الأطراف الليبية إلى استئناف الحوار، وقالت الإسكوا إن النمو سيتباطأ.");
        assertOrg(libya, "أونسميل", "org-unsmil");
        assertOrg(libya, "الإسكوا", "org-escwa");
    }

    @Test
    void partiesAndMovementsOfTheArabStates() {
        List<Mention> ms = find("وتقدمت حركة النهضة في الانتخابات البلدية، وتحالف حزب الاستقلال مع التجمع الوطني للأحرار، وأدانت جبهة "
                + "البوليساريو القرار، وقالت حركة مجتمع السلم (حمس) إنها ستقاطع الاقتراع.");
        assertOrg(ms, "حركة النهضة", "org-tn-ennahda");
        assertOrg(ms, "حزب الاستقلال", "org-ma-istiqlal");
        assertOrg(ms, "التجمع الوطني للأحرار", "org-ma-rni");
        assertOrg(ms, "جبهة البوليساريو", "org-polisario");
        assertOrg(ms, "حركة مجتمع السلم", "org-dz-msp");
        assertOrg(ms, "حمس", "org-dz-msp");
        List<Mention> levant = find("وانتقد التيار الوطني الحر حزب القوات اللبنانية، وسيطرت قوات سوريا الديمقراطية على البلدة، وقالت قسد "
                + "إن الهجوم صد، وانتشرت فصائل الحشد الشعبي على الحدود.");
        assertOrg(levant, "التيار الوطني الحر", "org-lb-fpm");
        assertOrg(levant, "حزب القوات اللبنانية", "org-lb-lebanese-forces");
        assertOrg(levant, "قوات سوريا الديمقراطية", "org-sy-sdf");
        assertOrg(levant, "قسد", "org-sy-sdf");
        assertOrg(levant, "الحشد الشعبي", "org-iq-pmf");
    }

    @Test
    void aKnownBodyAfterAPostIsTheBodyNotAPersonsName() {
        // "أمل" is also a given name: after "رئيس حركة" the known "حركة أمل" is whole, the post's body
        List<Mention> ms = find("والتقى رئيس حركة أمل وفدا من الحزب التقدمي الاشتراكي في بيروت.");
        assertOrg(ms, "حركة أمل", "org-lb-amal");
        assertOrg(ms, "الحزب التقدمي الاشتراكي", "org-lb-psp");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
        assertEquals("رئيس حركة أمل", ms.stream().filter(m -> m.type() == MentionType.POST).findFirst().orElseThrow().surface());
    }

    @Test
    void companiesBanksAndFederations() {
        List<Mention> ms = find("ووقعت أدنوك وقطر للطاقة اتفاقا لتوريد الغاز، ورفع بنك قطر الوطني أرباحه، واستحوذت مجموعة اتصالات على "
                + "حصة في شركة إعمار العقارية، وقرر البنك المركزي المصري رفع الفائدة، وأبقى بنك المغرب على سعره.");
        assertOrg(ms, "أدنوك", "org-co-adnoc");
        assertOrg(ms, "قطر للطاقة", "org-co-qatarenergy");
        assertOrg(ms, "بنك قطر الوطني", "org-co-qnb");
        assertOrg(ms, "مجموعة اتصالات", "org-co-etisalat");
        assertOrg(ms, "شركة إعمار العقارية", "org-co-emaar");
        assertOrg(ms, "البنك المركزي المصري", "org-eg-central-bank");
        assertOrg(ms, "بنك المغرب", "org-ma-bank-al-maghrib");
        List<Mention> sport = find("وعاقب الاتحاد العربي لكرة القدم ناديا مصريا، وهنأت الجامعة الملكية المغربية لكرة القدم المنتخب.");
        assertOrg(sport, "الاتحاد العربي لكرة القدم", "org-uafa");
        assertOrg(sport, "الجامعة الملكية المغربية لكرة القدم", "org-ma-frmf");
    }

    @Test
    void bodyNamesThatAreCommonWordsNeedTheirHead() {
        List<Mention> ms = find("وأكد الوزير ضرورة إعادة إعمار المدن المدمرة، وقال إن الأمل في النهضة الاقتصادية قائم، وفتح المحتجون "
                + "الطريق، وتحدث عن تطوير الاتصالات الحكومية.");
        for (String id : List.of("org-co-emaar", "org-lb-amal", "org-tn-ennahda", "org-ps-fatah", "org-co-etisalat")) assertNotLinked(ms, id);
    }

    @Test
    void aVenueNamedAfterAKnownTownOfTwoWordsIsWhole() {
        // "قصر" (palace) is a venue noun of its own: inside "أم قصر" it heads nothing
        List<Mention> ms = find("ووصلت شحنة القمح إلى ميناء أم قصر جنوب البصرة، وهبطت طائرة المساعدات في مطار ود مدني.");
        mention(ms, MentionType.LOC, "ميناء أم قصر");
        mention(ms, MentionType.LOC, "مطار ود مدني");
        assertTrue(ms.stream().noneMatch(m -> m.surface().startsWith("قصر")), ms.toString());
        assertCity(find("وتفقد وزير النقل أرصفة أم قصر أمس."), "أم قصر", "city-iq-umm-qasr", "country-IQ");
    }
}
