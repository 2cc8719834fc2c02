package org.rawabit.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters and short forms of Arabic morphology the rules test for (the conjunction و, the genitive ل,
 * the article, nisba endings …), folded, from {@code ontology/lexicon/affixes.tsv}: the code names what
 * it tests, the spelling lives with the other word lists.
 */
public final class Affixes {
    private Affixes() {}

    private static final Map<String, List<String>> CLASSES = WordLists.classes("affixes.tsv");

    public static final String CONJUNCTION = one("conjunction");
    public static final String LAM = one("lam");
    public static final String FA = one("fa");
    public static final String BA = one("ba");
    public static final String ALIF = one("alif");
    public static final String ARTICLE = one("article");
    public static final String COMPARISON = one("comparison");
    public static final Set<String> PROCLITICS = set("proclitics");
    public static final Set<String> MISREAD_PREPOSITIONS = set("misread-prepositions");
    public static final List<String> NISBA_ENDINGS = List.copyOf(CLASSES.get("nisba"));
    public static final String FEMININE = one("feminine");
    public static final List<String> MASCULINE_PLURAL_ENDINGS = List.copyOf(CLASSES.get("masculine-plural"));
    public static final List<String> PLURAL_ENDINGS = List.copyOf(CLASSES.get("plural"));
    public static final List<String> COUNTRY_NAME_ENDINGS = List.copyOf(CLASSES.get("country-name-endings"));
    public static final String ABD = one("abd");
    public static final Set<String> ABU = set("abu");
    public static final Set<String> IMPERFECT_PREFIXES = set("imperfect-prefixes");
    public static final String MASCULINE_IMPERFECT = one("masculine-imperfect");
    public static final String FEMININE_IMPERFECT = one("feminine-imperfect");
    public static final String FEMININE_PAST = one("feminine-past");
    public static final String VERB_PLURAL = one("verb-plural");
    public static final String ADVERB_ENDING = one("adverb-ending");
    public static final Set<String> COMMAS = set("comma");
    public static final Set<String> LINEAGE = set("lineage");
    public static final String FAMILY = one("family");

    /** Whether a folded word ends like a relational adjective ("مغربي", "افريقيه"). */
    public static boolean isNisba(String foldedWord) {
        return NISBA_ENDINGS.stream().anyMatch(foldedWord::endsWith);
    }

    /** Whether a folded word ends like a sound masculine plural ("متهمين"). */
    public static boolean isMasculinePlural(String foldedWord) {
        return MASCULINE_PLURAL_ENDINGS.stream().anyMatch(foldedWord::endsWith);
    }

    /** Whether a folded word ends like a plural ("منظمات", "متهمين"). */
    public static boolean isPlural(String foldedWord) {
        return PLURAL_ENDINGS.stream().anyMatch(foldedWord::endsWith);
    }

    private static String one(String name) {
        List<String> forms = CLASSES.get(name);
        if (forms == null || forms.size() != 1) throw new IllegalStateException("affixes.tsv: expected one form for '" + name + "'");
        return forms.get(0);
    }

    private static Set<String> set(String name) {
        List<String> forms = CLASSES.get(name);
        if (forms == null || forms.isEmpty()) throw new IllegalStateException("affixes.tsv: no class '" + name + "'");
        return Set.copyOf(forms);
    }
}
