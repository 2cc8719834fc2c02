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
 * First-level divisions of the Arab states (ontology/kb/provinces.csv) on sentences written for these tests in the
 * style of court, election, weather and health news: found with their head, typed as a place, part of the right
 * country; a division named after its capital city only under its head, the bare name staying the city; a division
 * whose name is an ordinary word ("الداخلية", "الشرقية", "الوسطى") never a place without its head. The rule tier
 * (knowledge base and rules), analysed with the real CoreNLP models.
 */
class ProvincesOnUnseenNewsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    /** The place mention spelt {@code surface}, which must be there. */
    private static Mention place(List<Mention> ms, String surface) {
        return ms.stream().filter(m -> m.type() == MentionType.LOC && m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + surface + "' in " + ms));
    }

    /** Asserts the place {@code surface} is the division {@code id}, a region of {@code country}. */
    private static void assertDivision(List<Mention> ms, String surface, String id, String country) {
        Mention m = place(ms, surface);
        assertEquals(Optional.of(id), m.kbId(), surface);
        KbEntry e = KB.get(id).orElseThrow();
        assertEquals(KbType.Region, e.type(), id);
        assertEquals(Optional.of(country), e.partOf(), id);
    }

    private static void assertNoDivision(List<Mention> ms) {
        assertTrue(ms.stream().noneMatch(m -> m.kbId().filter(id -> id.startsWith("prov-")).isPresent()), ms.toString());
    }

    private static void assertNoPlaceContaining(List<Mention> ms, String part) {
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC && m.surface().contains(part)), "place with '" + part + "' in " + ms);
    }

    @Test
    void governoratesWilayasAndRegionsOfSeveralStates() {
        List<Mention> ms = find("وأعلنت مديرية الصحة في محافظة ديالى تسجيل إصابات جديدة بالحمى النزفية، فيما قضت محكمة "
                + "الجنايات في ولاية تيزي وزو بسجن مسؤولين سابقين.");
        assertDivision(ms, "محافظة ديالى", "prov-iq-diyala", "country-IQ");
        assertDivision(ms, "ولاية تيزي وزو", "prov-dz-tizi-ouzou", "country-DZ");
        List<Mention> gulf = find("وافتتح أمير منطقة حائل مستشفى جديدا، بينما أعلنت شرطة محافظة ظفار إغلاق الطرق الجبلية.");
        assertDivision(gulf, "منطقة حائل", "prov-sa-hail", "country-SA");
        assertDivision(gulf, "محافظة ظفار", "prov-om-dhofar", "country-OM");
        List<Mention> maghreb = find("وتساقطت أمطار غزيرة على جهة درعة تافيلالت وولاية القصرين خلال نهاية الأسبوع.");
        assertDivision(maghreb, "جهة درعة تافيلالت", "prov-ma-draa-tafilalet", "country-MA");
        assertDivision(maghreb, "ولاية القصرين", "prov-tn-kasserine", "country-TN");
        List<Mention> sudan = find("ونزح آلاف المدنيين من ولاية جنوب كردفان إلى ولاية النيل الأبيض هربا من القتال.");
        assertDivision(sudan, "ولاية جنوب كردفان", "prov-sd-south-kordofan", "country-SD");
        assertDivision(sudan, "ولاية النيل الأبيض", "prov-sd-white-nile", "country-SD");
    }

    @Test
    void aDistinctDivisionNameIsFoundWithoutItsHead() {
        List<Mention> ms = find("وتوجه الناخبون في المنوفية وحضرموت إلى صناديق الاقتراع، وأعلن رئيس حكومة إقليم كردستان نتائج الفرز.");
        assertDivision(ms, "المنوفية", "prov-eg-monufia", "country-EG");
        assertDivision(ms, "حضرموت", "prov-ye-hadramaut", "country-YE");
        assertDivision(ms, "إقليم كردستان", "prov-iq-kurdistan-region", "country-IQ");
        List<Mention> ps = find("وقصفت الطائرات مواقع في قطاع غزة واقتحمت القوات بلدات في الضفة الغربية.");
        assertDivision(ps, "قطاع غزة", "prov-ps-gaza-strip", "country-PS");
        assertDivision(ps, "الضفة الغربية", "prov-ps-west-bank", "country-PS");
    }

    @Test
    void iransProvincesBesideTheCountryTheyShareAWordWith() {
        List<Mention> ms = find("وضربت عاصفة رملية محافظة هرمزكان وخوزستان، فيما زار وزير خارجية أذربيجان محافظة أذربيجان الشرقية.");
        assertDivision(ms, "محافظة هرمزكان", "prov-ir-hormozgan", "country-IR");
        assertDivision(ms, "خوزستان", "prov-ir-khuzestan", "country-IR");
        assertDivision(ms, "محافظة أذربيجان الشرقية", "prov-ir-east-azerbaijan", "country-IR");
        assertEquals(Optional.of("country-AZ"), place(ms, "أذربيجان").kbId());
    }

    @Test
    void aBareNameSharedWithACityStaysTheCity() {
        List<Mention> ms = find("وأعلن مجلس محافظة كربلاء خطة للنقل، ووصل الوزير إلى كربلاء صباح الجمعة.");
        assertDivision(ms, "محافظة كربلاء", "prov-iq-karbala", "country-IQ");
        assertEquals(Optional.of("city-iq-karbala"), place(ms, "كربلاء").kbId());
        List<Mention> dz = find("واستقبل والي ولاية وهران وفدا من رجال الأعمال القادمين من وهران والبليدة.");
        assertDivision(dz, "ولاية وهران", "prov-dz-oran", "country-DZ");
        assertEquals(Optional.of("city-dz-oran"), place(dz, "وهران").kbId());
        assertEquals(Optional.of("city-dz-blida"), place(dz, "البليدة").kbId());
    }

    @Test
    void divisionsNamedByOrdinaryWordsNeedTheirHead() {
        // Oman's Ad Dakhiliyah is the interior ministry's word; Egypt's Sharqia and Oman's Wusta are adjectives
        assertDivision(find("وقال والي نزوى إن الأمطار شملت محافظة الداخلية."), "محافظة الداخلية", "prov-om-ad-dakhiliyah", "country-OM");
        List<Mention> ms = find("وقالت وزارة الداخلية إن الحدود الشرقية مؤمنة، وإن الطقس في المنطقة الوسطى من البلاد معتدل، "
                + "وإن الوحدات الشمالية والجنوبية في حالة تأهب.");
        assertNoDivision(ms);
        assertNoPlaceContaining(ms, "الداخلية");
        assertNoPlaceContaining(ms, "الشرقية");
        assertNoPlaceContaining(ms, "الوسطى");
        List<Mention> words = find("ورفع المحتجون الرايات البيضاء، وقال الوزير إن الاتفاق جاء بعد مخاض عسير، وإن العمالة المهرة "
                + "مطلوبة، وإن الضالع في الجريمة سيحاكم، وإن للجماعة مآرب سياسية.");
        assertNoDivision(words);
        for (String w : List.of("البيضاء", "عسير", "المهرة", "الضالع", "مآرب")) assertNoPlaceContaining(words, w);
    }

    @Test
    void aHeadedDivisionReadOtherwiseByWhatFollowsIsNone() {
        // "the eastern area of the city" describes, it does not name Saudi Arabia's Eastern Province
        assertNoDivision(find("وقال مدير الأمن إن الشرطة طوقت المنطقة الشرقية من المدينة بعد الانفجار."));
        assertDivision(find("وأعلن أمير المنطقة الشرقية افتتاح جسر جديد."), "المنطقة الشرقية", "prov-sa-eastern", "country-SA");
        // a term of office ("ولاية") of a person whose given name is also a wilaya
        assertNoDivision(find("وشهدت ولاية بشار الأسد الثالثة تراجعا اقتصاديا كبيرا."));
    }

    @Test
    void everyDivisionIsARegionOfAnExistingState() {
        List<KbEntry> divisions = KB.entries().stream().filter(e -> e.id().startsWith("prov-")).toList();
        assertTrue(divisions.size() > 250, "divisions: " + divisions.size());
        for (KbEntry e : divisions) {
            assertEquals(KbType.Region, e.type(), e.id());
            String country = e.partOf().orElseThrow(() -> new AssertionError(e.id() + " without its country"));
            assertEquals(KbType.Country, KB.get(country).orElseThrow().type(), e.id());
            assertTrue(e.id().startsWith("prov-" + country.substring("country-".length()).toLowerCase(java.util.Locale.ROOT) + "-"), e.id());
        }
    }
}
