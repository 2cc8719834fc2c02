package org.rawabit.text;

/**
 * Folds Arabic spelling variation for <em>matching only</em>; stored surface text is never normalised.
 *
 * <p>Every fold maps one character to at most one character, so a {@link NormalisedText} can keep
 * an exact index back into the original string.
 */
public final class ArabicNormaliser {
    private ArabicNormaliser() {}

    /** Harakat, shadda, sukun and the dagger alef: marks folding drops, which a writer adds to tell words apart ("عمّان"). */
    public static boolean isVowelMark(int c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    /** Returns the folded form of {@code c}, or {@code 0} when the character is dropped. */
    public static char fold(char c) {
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ':
                return 'ا';
            case 'ى': case 'ی': case 'ې':
                return 'ي';
            case 'ئ':
                return 'ي';
            case 'ؤ':
                return 'و';
            case 'ة':
                return 'ه';
            case 'ک':
                return 'ك';
            case 'ـ': // tatweel
            case '\u200c': case '\u200d': case '\u200e': case '\u200f': // ZWNJ, ZWJ, LRM, RLM
            case '\u202a': case '\u202b': case '\u202c': case '\u202d': case '\u202e':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069':
            case '\ufeff':
                return 0;
            default:
                break;
        }
        if (isVowelMark(c)) return 0;
        if (c >= '٠' && c <= '٩') return (char) ('0' + (c - '٠'));
        if (c >= '۰' && c <= '۹') return (char) ('0' + (c - '۰'));
        if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200a')) return ' ';
        if (c >= '\uFB50' && c <= '\uFEFC') {
            // Presentation forms: NFKC maps them to base letters; fold the result again.
            String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (base.length() == 1 && base.charAt(0) != c) return fold(base.charAt(0));
        }
        return Character.toLowerCase(c);
    }

    /** Folded form of a whole string, for keys and lookups. */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != 0) b.append(f);
        }
        return b.toString();
    }

    /**
     * Matching key of a name: folded, article-insensitive per word, with the compound-name spaces of
     * "عبد ال…" / "أبو …" removed so that عبداللطيف and عبد اللطيف agree.
     */
    public static String nameKey(String s) {
        String n = foldName(s, KEY_COMPOUNDS);
        StringBuilder b = new StringBuilder();
        for (String w : n.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(stripArticle(w));
        }
        return b.toString();
    }

    /**
     * Removes a leading definite article from a folded word, including the "لل" that ل + ال
     * contract to. Other clitics are left alone: "بالاو" (Palau) is a name, not ب + ال + او.
     */
    public static String stripArticle(String w) {
        for (String p : new String[] {"لل", "ال"}) {
            if (w.startsWith(p) && w.length() - p.length() >= 3) {
                return w.substring(p.length());
            }
        }
        return w;
    }

    /**
     * Words of a name as the gazetteer matches them: folded, punctuation dropped, compound names
     * joined ("عبد اللطيف" → "عبداللطيف"), articles kept — the press writes "المغرب", and "عين"
     * (eye) must not match "العين" (Al Ain).
     */
    public static String[] gazetteerWords(String name) {
        String n = foldName(name, GAZETTEER_COMPOUNDS);
        return n.isEmpty() ? new String[0] : n.split("\\s+");
    }

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\p{Punct}«»،؛؟\"'`]+");
    private static final java.util.regex.Pattern ABD_AL = java.util.regex.Pattern.compile("\\bعبد\\s+ال");
    /** Name words joined to the next one: أبو/بو (and, for keys, ابن/بن). */
    private static final java.util.regex.Pattern KEY_COMPOUNDS = java.util.regex.Pattern.compile("(^|\\s)(ابو|بو|ابن|بن)\\s+");
    private static final java.util.regex.Pattern GAZETTEER_COMPOUNDS = java.util.regex.Pattern.compile("(^|\\s)(ابو|بو)\\s+");

    /** Folded name with punctuation as spaces and compound names joined ("عبد اللطيف" → "عبداللطيف"). */
    private static String foldName(String s, java.util.regex.Pattern compounds) {
        String n = PUNCTUATION.matcher(normalise(s)).replaceAll(" ").trim();
        n = ABD_AL.matcher(n).replaceAll("عبدال");
        return compounds.matcher(n).replaceAll("$1$2");
    }
}
