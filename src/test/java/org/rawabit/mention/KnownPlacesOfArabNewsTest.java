package org.rawabit.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rawabit.TestArticles.hasMention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;

/**
 * The knowledge base's named places (ontology/kb/places.csv: districts, landmarks, ports, fields, villages) on sentences
 * written for this test, real CoreNLP models; and the ordinary words that such names must not take over.
 */
class KnownPlacesOfArabNewsTest {

    @Test
    void districtsPortsLandmarksAndVillagesAreKnownPlaces() {
        List<Mention> ms = TestArticles.mentions("وتوقف التصدير من ميناء رأس لانوف بعد الإضراب، فيما قصف الطيران حي الشجاعية، "
                + "واحتفل السكان قرب برج خليفة، وزار الوزير جزيرة فيلكا ثم قرية الدراز.");
        assertTrue(hasMention(ms, MentionType.LOC, "ميناء رأس لانوف"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "حي الشجاعية"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "برج خليفة"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "جزيرة فيلكا"), ms.toString());
        assertTrue(hasMention(ms, MentionType.LOC, "قرية الدراز"), ms.toString());
        // linked to the knowledge base's entry
        Mention port = ms.stream().filter(m -> m.surface().equals("ميناء رأس لانوف")).findFirst().orElseThrow();
        assertEquals("place-ly-ras-lanuf", port.kbId().orElse(""), port.toString());
    }

    @Test
    void ordinaryWordsAreNoPlacesThoughAPlaceIsSpeltLikeThem() {
        // "عالية" (high) is spelt as Aley, "دورا" (a role) as Dura, "الحد" (the limit) as Hidd: the names are kept only
        // with their head ("مدينة عاليه")
        List<Mention> ms = TestArticles.mentions("ولعب الاتفاق دورا محوريا في الحد من الهجرة، وتتميز المنتجات بجودة عالية.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == MentionType.LOC), ms.toString());
        // "وأدان" (and he condemned) folds like Ouadane, which no spelling writes with a hamza
        List<Mention> verb = TestArticles.mentions("وأدان الاتحاد الهجوم، فيما زار الوفد مدينة وادان.");
        assertEquals(1, verb.stream().filter(m -> m.type() == MentionType.LOC).count(), verb.toString());
        assertTrue(hasMention(verb, MentionType.LOC, "مدينة وادان"), verb.toString());
    }
}
