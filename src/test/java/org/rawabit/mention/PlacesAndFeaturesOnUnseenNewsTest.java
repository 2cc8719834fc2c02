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
 * Provinces, second cities and geographic features added for news of other kinds (issue 11): Yemen's governorates by
 * their bare names, Turkey's provinces (only under "ولاية" when named after their capital) and second cities, Libya's
 * districts, Iran's, Iraq's and Algeria's towns, and seas, straits, canals, rivers, border crossings, oil fields and
 * islands (ontology/kb/regions.csv), on sentences written for these tests. A name that is also a common word
 * ("بورصة" stock exchange, "مشهد" scene, "المتوسط" average) is linked only under its head; a feature's name inside a
 * body's name ("هيئة قناة السويس") leaves the body whole; "قناة الجزيرة" is no canal. The rule tier (knowledge base and
 * rules), analysed with the real CoreNLP models.
 */
class PlacesAndFeaturesOnUnseenNewsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static Mention mention(List<Mention> ms, MentionType type, String surface) {
        return ms.stream().filter(m -> m.type() == type && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " '" + surface + "' in " + ms));
    }

    /** Asserts the place {@code surface} is the entity {@code id}, of type {@code type}, part of {@code partOf} (or of none). */
    private static void assertPlace(List<Mention> ms, String surface, String id, KbType type, String partOf) {
        Mention m = mention(ms, MentionType.LOC, surface);
        assertEquals(Optional.of(id), m.kbId(), surface);
        KbEntry e = KB.get(id).orElseThrow();
        assertEquals(type, e.type(), id);
        assertEquals(Optional.ofNullable(partOf), e.partOf(), id);
    }

    private static void assertNotLinked(List<Mention> ms, String id) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().equals(Optional.of(id))), id + " in " + ms);
    }

    @Test
    void yemensGovernoratesByTheirBareNames() {
        List<Mention> ms = find("وتبادلت القوات الحكومية والحوثيون القصف المدفعي في لحج، فيما وصلت تعزيزات عسكرية إلى أبين "
                + "قادمة من محافظة شبوة.");
        assertPlace(ms, "لحج", "prov-ye-lahij", KbType.Region, "country-YE");
        assertPlace(ms, "أبين", "prov-ye-abyan", KbType.Region, "country-YE");
        assertPlace(ms, "محافظة شبوة", "prov-ye-shabwah", KbType.Region, "country-YE");
    }

    @Test
    void turkeysProvincesUnderTheirHeadAndItsSecondCities() {
        List<Mention> ms = find("وأعلن والي ولاية غازي عنتاب تعليق الدوام في المدارس، بعد هزة أرضية شعر بها السكان في ماردين "
                + "وديار بكر وشانلي أورفا، كما سجلت أضرار في كوجالي وهاتاي.");
        assertPlace(ms, "ولاية غازي عنتاب", "prov-tr-gaziantep", KbType.Region, "country-TR");
        assertPlace(ms, "ماردين", "city-tr-mardin", KbType.City, "country-TR");
        assertPlace(ms, "ديار بكر", "city-tr-diyarbakir", KbType.City, "country-TR");
        assertPlace(ms, "شانلي أورفا", "city-tr-sanliurfa", KbType.City, "country-TR");
        assertPlace(ms, "كوجالي", "prov-tr-kocaeli", KbType.Region, "country-TR");
        assertPlace(ms, "هاتاي", "prov-tr-hatay", KbType.Region, "country-TR");
        List<Mention> van = find("واعتقلت الشرطة التركية عشرين ناشطا في مدينة وان، وفرقت مظاهرة في قونية.");
        assertPlace(van, "مدينة وان", "city-tr-van", KbType.City, "country-TR");
        assertPlace(van, "قونية", "city-tr-konya", KbType.City, "country-TR");
        assertNotLinked(van, "prov-tr-konya");
    }

    @Test
    void libyasDistrictsAndTownsAndOtherSecondCities() {
        List<Mention> ly = find("وسيطرت القوات على الجفرة وأجزاء من وادي الشاطئ، ثم تقدمت نحو مدينة الزاوية والزنتان.");
        assertPlace(ly, "الجفرة", "prov-ly-jufra", KbType.Region, "country-LY");
        assertPlace(ly, "وادي الشاطئ", "prov-ly-wadi-al-shatii", KbType.Region, "country-LY");
        assertPlace(ly, "مدينة الزاوية", "city-ly-zawiya", KbType.City, "country-LY");
        assertPlace(ly, "الزنتان", "city-ly-zintan", KbType.City, "country-LY");
        List<Mention> ms = find("وقتل جنديان في هجوم قرب طوز خورماتو، فيما شهدت الأهواز وأرومية احتجاجات على انقطاع المياه، "
                + "وأطلقت الشرطة حملة أمنية في باب الزوار والرويبة.");
        assertPlace(ms, "طوز خورماتو", "city-iq-tuz-khurmatu", KbType.City, "country-IQ");
        assertPlace(ms, "الأهواز", "city-ir-ahvaz", KbType.City, "country-IR");
        assertPlace(ms, "أرومية", "city-ir-urmia", KbType.City, "country-IR");
        assertPlace(ms, "باب الزوار", "city-dz-bab-ezzouar", KbType.City, "country-DZ");
        assertPlace(ms, "الرويبة", "city-dz-rouiba", KbType.City, "country-DZ");
    }

    @Test
    void seasStraitsCrossingsAndFieldsArePlaces() {
        List<Mention> ms = find("وعبرت ثلاث ناقلات مضيق هرمز أمس، فيما علقت شركات شحن رحلاتها عبر البحر الأحمر وباب المندب، "
                + "وأغلق معبر رفح ومعبر كرم أبو سالم أمام الشاحنات.");
        assertPlace(ms, "مضيق هرمز", "region-strait-hormuz", KbType.Region, null);
        assertPlace(ms, "البحر الأحمر", "region-sea-red", KbType.Region, null);
        assertPlace(ms, "باب المندب", "region-strait-bab-el-mandeb", KbType.Region, null);
        assertPlace(ms, "معبر رفح", "region-crossing-rafah", KbType.Region, null);
        assertPlace(ms, "معبر كرم أبو سالم", "region-crossing-kerem-shalom", KbType.Region, null);
        List<Mention> oil = find("واستأنف حقل الشرارة الإنتاج بعد إغلاق دام شهرا، وقالت المؤسسة إن موانئ الهلال النفطي تعمل "
                + "بطاقتها، فيما غرق قارب مهاجرين قرب جزيرة لامبيدوزا.");
        assertPlace(oil, "حقل الشرارة", "region-field-sharara", KbType.Region, "country-LY");
        assertPlace(oil, "الهلال النفطي", "region-oil-crescent", KbType.Region, "country-LY");
        // an island is named with its noun, linked to the island (feature-heads.txt)
        assertPlace(oil, "جزيرة لامبيدوزا", "region-island-lampedusa", KbType.Region, "country-IT");
    }

    @Test
    void aCanalInABodysNameLeavesTheBodyWholeAndATelevisionChannelIsNoCanal() {
        List<Mention> ms = find("وأعلنت هيئة قناة السويس ارتفاع الإيرادات، بينما بثت قناة الجزيرة تقريرا عن حركة السفن في قناة السويس.");
        Mention authority = mention(ms, MentionType.ORG, "هيئة قناة السويس");
        assertEquals(Optional.of("org-eg-suez-canal-authority"), authority.kbId());
        assertPlace(ms, "قناة السويس", "region-canal-suez", KbType.Region, "country-EG");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC && m.surface().contains("الجزيرة")), ms.toString());
        assertEquals(1, ms.stream().filter(m -> m.kbId().equals(Optional.of("region-canal-suez"))).count(), ms.toString());
    }

    @Test
    void aNameThatIsACommonWordIsLinkedOnlyUnderItsHead() {
        List<Mention> ms = find("وقالت إدارة البورصة إن متوسط التداول اليومي ارتفع، وإن مشهد السوق تغير منذ بداية العام.");
        assertNotLinked(ms, "city-tr-bursa");
        assertNotLinked(ms, "city-ir-mashhad");
        assertNotLinked(ms, "region-sea-mediterranean");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC), ms.toString());
        List<Mention> headed = find("ووصل وفد حكومي إلى مدينة مشهد، فيما غرق قارب في البحر المتوسط.");
        assertPlace(headed, "مدينة مشهد", "city-ir-mashhad", KbType.City, "country-IR");
        assertPlace(headed, "البحر المتوسط", "region-sea-mediterranean", KbType.Region, null);
    }

    @Test
    void disputedRegionsFarSeasCrossingsAndFieldsOfOtherNews() {
        List<Mention> ms = find("وأجرت البحرية مناورات في بحر الصين الجنوبي قرب مضيق تايوان، فيما تواصل القصف في دونباس وشبه جزيرة القرم، "
                + "وأغلق محتجون معبر الكركرات واستهدفت مسيرة حقل كورمور للغاز.");
        assertPlace(ms, "بحر الصين الجنوبي", "region-sea-south-china", KbType.Region, null);
        assertPlace(ms, "مضيق تايوان", "region-strait-taiwan", KbType.Region, null);
        assertPlace(ms, "دونباس", "region-donbas", KbType.Region, "country-UA");
        assertPlace(ms, "شبه جزيرة القرم", "region-crimea", KbType.Region, null);
        assertPlace(ms, "معبر الكركرات", "region-crossing-guerguerat", KbType.Region, null);
        assertPlace(ms, "حقل كورمور", "region-field-khor-mor", KbType.Region, "country-IQ");
        List<Mention> towns = find("واعتقلت السلطات ناشطين في مريوان وياسوج، وسيطرت القوات على العجيلات ومزدة ثم تقدمت نحو مدينة الخوخة.");
        assertPlace(towns, "مريوان", "city-ir-marivan", KbType.City, "country-IR");
        assertPlace(towns, "ياسوج", "city-ir-yasuj", KbType.City, "country-IR");
        assertPlace(towns, "العجيلات", "city-ly-ajaylat", KbType.City, "country-LY");
        assertPlace(towns, "مزدة", "city-ly-mizdah", KbType.City, "country-LY");
        assertPlace(towns, "مدينة الخوخة", "city-ye-khawkhah", KbType.City, "country-YE");
    }

    @Test
    void valleysForestsAndALandCrossingKeepTheirNoun() {
        List<Mention> ms = TestArticles.mentions("وجرفت السيول عشرات المنازل في وادي دوعن، واندلع حريق في غابة بني صالح، فيما عبرت "
                + "القافلة منفذ طريبيل البري، واحتضن مجمع الأمير فيصل بن فهد الرياضي المباراة.");
        assertTrue(TestArticles.hasMention(ms, MentionType.LOC, "وادي دوعن"), ms.toString());
        // a neighbourhood keeps "حي"
        List<Mention> district = TestArticles.mentions("وانهار مبنى قديم في حي القصبة بمدينة الجزائر.");
        assertTrue(TestArticles.hasMention(district, MentionType.LOC, "حي القصبة"), district.toString());
        assertTrue(TestArticles.hasMention(ms, MentionType.LOC, "غابة بني صالح"), ms.toString());
        assertTrue(TestArticles.hasMention(ms, MentionType.LOC, "منفذ طريبيل البري"), ms.toString());
        // a complex named after a person: the title and name are the complex's, no person's
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.PER), ms.toString());
    }

    @Test
    void floodsAreSeoulOnlyWhereKoreaIsNamed() {
        List<Mention> floods = TestArticles.mentions("وجرفت السيول عشرات المنازل، وحذر الدفاع المدني من سيول جديدة في الأودية.");
        assertTrue(floods.stream().noneMatch(m -> m.kbId().equals(Optional.of("city-kr-seoul"))), floods.toString());
        List<Mention> seoul = TestArticles.mentions("ووصل الوزير إلى سيول في زيارة تستغرق يومين لكوريا الجنوبية.");
        assertTrue(seoul.stream().anyMatch(m -> m.kbId().equals(Optional.of("city-kr-seoul"))), seoul.toString());
    }

    @Test
    void aPlaceTheSegmenterLeftAPrepositionOnIsStillThePlace() {
        // "لوهران", "بعنابة": the segmenter left ل and ب on names it did not know; the tagger reads the word as a name
        List<Mention> ms = find("ومنح الاتحاد العربي شرف تنظيم الدورة المقبلة لوهران، بعدما احتضنت بقسنطينة دورة سابقة.");
        assertPlace(ms, "وهران", "city-dz-oran", KbType.City, "country-DZ");
        assertPlace(ms, "قسنطينة", "city-dz-constantine", KbType.City, "country-DZ");
        // a given name that starts with the letter is the name ("لبيب" is no ل + "بيب")
        List<Mention> person = find("وقال المحامي لبيب الحمدي إن الجلسة تأجلت.");
        assertTrue(person.stream().anyMatch(m -> m.type() == MentionType.PER && m.surface().equals("لبيب الحمدي")), person.toString());
    }

    @Test
    void theEasternMediterraneanIsOneRegionNotAPlaceCalledEast() {
        List<Mention> ms = find("وقالت المديرة الإقليمية لمنظمة الصحة العالمية لإقليم شرق المتوسط إن الوضع في غزة خطير.");
        assertTrue(ms.stream().anyMatch(m -> m.kbId().equals(Optional.of("region-eastern-mediterranean"))), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC && m.surface().equals("شرق")), ms.toString());
    }

    @Test
    void aDivisionIsNamedWithItsHeadAndOneNamedAfterItsTownIsAPlaceOfItsOwn() {
        List<Mention> ms = find("وشهدت جماعات بإقليم الدريوش وإقليم تاونات تساقطات مطرية، فيما أغلقت الطرق في مدينة تاونات.");
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().equals("إقليم الدريوش")), ms.toString());
        // the province of Taounate is not the town of Taounate
        Mention province = mention(ms, MentionType.LOC, "إقليم تاونات");
        assertTrue(province.kbId().isEmpty(), province.toString());
        assertPlace(ms, "تاونات", "city-ma-taounate", KbType.City, "country-MA");
    }
}
