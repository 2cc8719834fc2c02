package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rawabit.text.ArabicNormaliser;

/** Issue 11: one person across articles under the lineage names the press gives him, and different people apart. */
class LineageLinksTest {
    private static final String ID = "https://w3id.org/rawabit/id/";

    /** Person IRIs keyed as the store keys them: by the name key of how each article wrote the name. */
    private static Map<String, Set<String>> persons(String... names) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) out.put(ID + "per-" + i, Set.of(ArabicNormaliser.nameKey(names[i])));
        return out;
    }

    @Test
    void aLineageNameJoinsTheFullestNameItAgreesWith() {
        Map<String, String> merges = CorpusLinks.personMerges(persons("تركي بن محمد بن فهد بن عبد العزيز", "تركي بن محمد بن فهد آل سعود",
                "تركي بن محمد", "تركي بنمحمد بن فهد"));
        String fullest = ID + "per-0";
        assertEquals(Map.of(ID + "per-1", fullest, ID + "per-2", fullest, ID + "per-3", fullest), merges);
    }

    @Test
    void differentFathersOrFamiliesStayApart() {
        // محمد بن سلمان is not محمد بن زايد; X بن Y بن Z is not X بن Y بن W; آل نهيان is not آل مكتوم
        assertEquals(Map.of(), CorpusLinks.personMerges(persons("محمد بن سلمان", "محمد بن زايد")));
        assertEquals(Map.of(), CorpusLinks.personMerges(persons("سلطان بن فهد بن ناصر", "سلطان بن فهد بن عبدالله")));
        assertEquals(Map.of(), CorpusLinks.personMerges(persons("منصور بن زايد آل نهيان", "منصور بن زايد آل مكتوم")));
        // a given name with a surname has no lineage: "خالد الفالح" and "خالد بن الفالح" are left to the surname rule
        assertTrue(CorpusLinks.lineageMerges(persons("خالد الفالح", "خالد بن سعد الفالح")).isEmpty());
    }

    @Test
    void aShortLineageThatAgreesWithTwoDifferentPeopleStaysApart() {
        Map<String, String> merges = CorpusLinks.personMerges(persons("سلطان بن فهد بن ناصر", "سلطان بن فهد بن عبدالله", "سلطان بن فهد",
                "سلطان بن فهد بن ناصر آل سعود"));
        // the short name could be either; the two with the same grandfather are one
        assertEquals(Map.of(ID + "per-0", ID + "per-3"), merges);
    }

    @Test
    void aKnownPersonIsTheTargetAndNeverMerged() {
        Map<String, Set<String>> keys = new java.util.LinkedHashMap<>();
        keys.put(ID + "person-known", Set.of(ArabicNormaliser.nameKey("محمد بن زايد آل نهيان")));
        keys.put(ID + "per-1", Set.of(ArabicNormaliser.nameKey("محمد بن زايد بن سلطان آل نهيان")));
        assertEquals(Map.of(ID + "per-1", ID + "person-known"), CorpusLinks.personMerges(keys));
    }
}
