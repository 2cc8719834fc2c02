package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * Offices and places of health and local news (issue 11, fifth round): an office or a representative of a known body,
 * and where it serves ("مكتب … في الدوحة", offices-abroad.txt); two places after a dual head ("محافظتي … و…",
 * dual-place-heads.txt). Sentences written for this test, the rule tier with the real CoreNLP models.
 */
class OfficesAndPlacesInTwosTest {

    @Test
    void anOfficeOfAKnownBodyAndWhereItServes() {
        List<Mention> ms = TestArticles.mentions("وقالت ممثلة منظمة الصحة العالمية في ليبيا إن الوباء تراجع، فيما أعلن مكتب "
                + "منظمة العمل الدولية في بيروت عن برنامج جديد للتدريب.");
        assertTrue(hasMention(ms, MentionType.POST, "ممثلة منظمة الصحة العالمية في ليبيا"), ms.toString());
        assertTrue(hasMention(ms, MentionType.ORG, "مكتب منظمة العمل الدولية في بيروت"), ms.toString());
    }

    @Test
    void twoPlacesAfterADualHead() {
        List<Mention> ms = TestArticles.mentions("وسجلت إصابات جديدة في محافظتي ذمار وإب، كما امتدت الحرائق إلى ولايتي جيجل وسكيكدة.");
        for (String place : new String[] {"ذمار", "إب", "جيجل", "سكيكدة"}) {
            assertTrue(hasMention(ms, MentionType.LOC, place), place + " " + ms);
        }
    }

    @Test
    void aListOfPlacesAfterAPluralHead() {
        List<Mention> ms = TestArticles.mentions("وحذرت الأرصاد من سيول في محافظات حضرموت وشبوة وأبين، فيما تسكن العائلات في محافظات عدة.");
        for (String place : List.of("حضرموت", "شبوة", "أبين")) {
            assertTrue(TestArticles.hasMention(ms, MentionType.LOC, place), place + " " + ms);
        }
        assertTrue(ms.stream().noneMatch(m -> m.surface().contains("عدة")), ms.toString());
        // floods are no Seoul
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("سيول")), ms.toString());
    }
}
