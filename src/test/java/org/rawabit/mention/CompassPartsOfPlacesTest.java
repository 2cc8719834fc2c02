package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * A part of a country or region named by a compass point (ontology/lexicon/compass-points.txt): "شرق السودان", "جنوب
 * شرق تركيا", "آسيا الوسطى", "الجنوب الجزائري" are one place each, not the country alone; before a city a compass point
 * is a direction, no place of its own ("شرق عمّان"). Sentences written for this test, the rule tier with the real
 * CoreNLP models.
 */
class CompassPartsOfPlacesTest {

    private static List<Mention> find(String text) {
        return TestArticles.mentions(text);
    }

    private static void assertPlace(List<Mention> ms, String surface) {
        assertTrue(ms.stream().anyMatch(m -> m.type() == MentionType.LOC && m.surface().equals(surface)), "no place '" + surface + "' in " + ms);
    }

    private static void assertNoPlace(List<Mention> ms, String surface) {
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC && m.surface().equals(surface)), "place '" + surface + "' in " + ms);
    }

    @Test
    void aCompassPointBeforeACountryOrRegion() {
        List<Mention> ms = find("وتسببت السيول في نزوح آلاف الأسر في شرق السودان، فيما ضرب زلزال بقوة ست درجات جنوب شرق تركيا، "
                + "وحذرت الأرصاد من موجة حر في شمال أوروبا.");
        assertPlace(ms, "شرق السودان");
        assertPlace(ms, "جنوب شرق تركيا");
        assertPlace(ms, "شمال أوروبا");
        assertNoPlace(ms, "السودان");
        assertNoPlace(ms, "تركيا");
    }

    @Test
    void aRegionWithTheCompassAdjectiveAfterIt() {
        List<Mention> ms = find("وتخطط شركة الطيران لفتح خطوط جديدة نحو آسيا الوسطى وأوروبا الشرقية خلال العام المقبل.");
        assertPlace(ms, "آسيا الوسطى");
        assertPlace(ms, "أوروبا الشرقية");
        assertNoPlace(ms, "آسيا");
    }

    @Test
    void theDefiniteCompassPointWithACountrysAdjective() {
        List<Mention> ms = find("وتعرف ولايات الجنوب الجزائري موجة حر غير مسبوقة، كما امتدت الحرائق إلى الغرب الليبي.");
        assertPlace(ms, "الجنوب الجزائري");
        assertPlace(ms, "الغرب الليبي");
    }

    @Test
    void beforeACityOrAFeatureItIsADirection() {
        List<Mention> ms = find("ووقع الحادث على بعد عشرين كيلومترا شرق عمّان، قرب طريق المطار، فيما انتشرت وحدات الجيش شمال نهر الليطاني.");
        assertNoPlace(ms, "شرق عمّان");
        assertPlace(ms, "عمّان");
        assertNoPlace(ms, "شمال نهر الليطاني");
    }
}
