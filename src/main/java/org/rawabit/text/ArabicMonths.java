package org.rawabit.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names as the Arabic press writes them: Maghrebi (يناير… نونبر), Levantine/Iraqi (كانون
 * الثاني… تشرين الثاني) and Egyptian/Gulf (يناير… نوفمبر), all in folded form.
 */
public final class ArabicMonths {
    private ArabicMonths() {}

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        // Levantine names first: two-word names must win over their first word.
        put(1, "كانون الثاني"); put(2, "شباط"); put(3, "اذار"); put(4, "نيسان"); put(5, "ايار");
        put(6, "حزيران"); put(7, "تموز"); put(8, "اب"); put(9, "ايلول"); put(10, "تشرين الاول");
        put(11, "تشرين الثاني"); put(12, "كانون الاول");
        // Egyptian / Gulf
        put(1, "يناير"); put(2, "فبراير"); put(3, "مارس"); put(4, "ابريل"); put(5, "مايو");
        put(6, "يونيو"); put(7, "يوليو"); put(8, "اغسطس"); put(9, "سبتمبر"); put(10, "اكتوبر");
        put(11, "نوفمبر"); put(12, "ديسمبر");
        // Maghrebi
        put(2, "فبراير"); put(4, "ابريل"); put(5, "ماي"); put(6, "يونيو"); put(7, "يوليوز");
        put(8, "غشت"); put(9, "شتنبر"); put(11, "نونبر"); put(12, "دجنبر");
        // Algerian/Tunisian French-derived
        put(1, "جانفي"); put(2, "فيفري"); put(4, "افريل"); put(6, "جوان"); put(7, "جويليه"); put(8, "اوت");
    }

    private static void put(int month, String foldedName) {
        MONTHS.putIfAbsent(ArabicNormaliser.normalise(foldedName), month);
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
