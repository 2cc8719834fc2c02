package org.rawabit.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names as the Arabic press writes them, Maghrebi, Levantine/Iraqi, Egyptian/Gulf and
 * Algerian/Tunisian, from {@code ontology/lexicon/months.tsv}, in folded form.
 */
public final class ArabicMonths {
    private ArabicMonths() {}

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        // ontology/lexicon/months.tsv lists Levantine names first: two-word names must win over their first word.
        for (String line : WordLists.lines("months.tsv")) {
            String[] kv = line.split("\t+", 2);
            int month = Integer.parseInt(kv[0].strip());
            for (String name : kv[1].split("\\|")) {
                MONTHS.putIfAbsent(ArabicNormaliser.normalise(name.strip()).replaceAll("\\s+", " "), month);
            }
        }
    }

    /** Month number of a folded month name, or 0. */
    public static int month(String foldedName) {
        Integer m = MONTHS.get(foldedName.trim().replaceAll("\\s+", " "));
        return m == null ? 0 : m;
    }

    /**
     * Regex alternation of every month name (folded), longest first, allowing a "/name" or
     * "(name)" double naming such as "تشرين الثاني/نوفمبر".
     */
    public static String alternation() {
        return MONTHS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
