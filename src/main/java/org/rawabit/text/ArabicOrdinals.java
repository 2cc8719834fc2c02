package org.rawabit.text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ordinals written in words ("الثانية والتسعين" → 92, "الثالثة والتسعون" → 93) or digits
 * ("الـ93", "ال93", "93"). Works on folded text.
 */
public final class ArabicOrdinals {
    private ArabicOrdinals() {}

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();

    static {
        // Keys are folded like the text they are looked up in ("مائة" → مايه).
        for (String line : WordLists.lines("ordinals.tsv")) {
            String[] kv = line.split("\t+", 2);
            int value = Integer.parseInt(kv[0].strip());
            for (String word : kv[1].split("\\|")) {
                (value <= 10 ? UNITS : TENS).put(ArabicNormaliser.normalise(word.strip()), value);
            }
        }
    }

    private static final String WORD = "(?:ال)?([\\p{IsArabic}]+)";
    /** An ordinal phrase: digits, or unit [عشر[ة]] [و tens], or tens alone. */
    public static final Pattern ORDINAL = Pattern.compile(
            "(?:ال)?ـ?\\s?(\\d{1,4})(?!\\d)"
            + "|" + WORD + "(?:\\s+(?:ال)?(عشر|عشره))?(?:\\s+و(?:ال)?([\\p{IsArabic}]+))?");

    /** Value of the ordinal at the start of {@code folded}, with the length it spans, or null. */
    public static Match parseAtStart(String folded) {
        Matcher m = ORDINAL.matcher(folded);
        if (!m.lookingAt()) return null;
        if (m.group(1) != null) return new Match(Integer.parseInt(m.group(1)), m.end());
        Integer unit = UNITS.get(m.group(2));
        Integer tensAlone = TENS.get(m.group(2));
        if (unit == null) {
            return tensAlone == null ? null : new Match(tensAlone, m.end(2));
        }
        if (m.group(3) != null) return new Match(unit + 10, m.end(3));
        if (m.group(4) != null) {
            Integer tens = TENS.get(m.group(4));
            if (tens != null) return new Match(unit + tens, m.end(4));
        }
        return new Match(unit, m.end(2));
    }

    /** The value of a one-word ordinal from 1 to 10 ("ثاني", "سادسة"; folded, no article), or 0. */
    public static int unit(String foldedWord) {
        return UNITS.getOrDefault(foldedWord, 0);
    }

    /** An ordinal value and the number of folded characters it spans. */
    public record Match(int value, int length) {}
}
