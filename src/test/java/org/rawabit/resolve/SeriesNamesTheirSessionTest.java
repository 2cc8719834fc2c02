package org.rawabit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.mention.MentionType;

/**
 * A series named bare in an article about one numbered session of it is that session (a headline's "منتدى … للاستثمار",
 * the body's "الدورة الرابعة من منتدى … للاستثمار والتمويل"); with two numbered sessions it stays the series. Sentences
 * written for this test, real CoreNLP models.
 */
class SeriesNamesTheirSessionTest {

    private static List<Entity> events(String text) {
        return TestArticles.resolve(text).entities().stream().filter(e -> e.type() == MentionType.EVENT).toList();
    }

    @Test
    void theSeriesNamedBareIsTheOneSessionTheArticleNumbers() {
        List<Entity> events = events("وانطلقت أمس أعمال الدورة الثالثة من ملتقى الرياض للطاقة المتجددة بحضور الوزراء، "
                + "وقال المنظمون إن ملتقى الرياض للطاقة أصبح موعدا سنويا.");
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void withTwoNumberedSessionsTheSeriesStaysItsOwn() {
        List<Entity> events = events("وقارن المنظمون الدورة الثالثة من ملتقى الرياض للطاقة المتجددة بالدورة الثانية من ملتقى الرياض "
                + "للطاقة المتجددة، وقالوا إن ملتقى الرياض للطاقة أصبح موعدا سنويا.");
        assertEquals(3, events.size(), events.toString());
    }
}
