package org.rawabit.text;

/**
 * A folded copy of a text that remembers, for each of its characters, where it came from, so that
 * a match found in the folded text maps back to exact offsets in the original.
 */
public record NormalisedText(String original, String text, int[] toOriginal) {

    public static NormalisedText of(String original) {
        StringBuilder b = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char f = ArabicNormaliser.fold(original.charAt(i));
            if (f != 0) {
                map[b.length()] = i;
                b.append(f);
            }
        }
        map[b.length()] = original.length();
        int[] exact = java.util.Arrays.copyOf(map, b.length() + 1);
        return new NormalisedText(original, b.toString(), exact);
    }

    /** Original offset of the folded index {@code i} (inclusive start). */
    public int begin(int i) {
        return toOriginal[i];
    }

    /** Original offset just after the folded range ending at {@code i} (exclusive end). */
    public int end(int i) {
        if (i == 0) return toOriginal[0];
        int j = toOriginal[i - 1] + 1;
        // Diacritics and tatweel belong to the letter before them.
        while (j < original.length() && isMarkOfPrevious(original.charAt(j))) j++;
        return j;
    }

    private static boolean isMarkOfPrevious(char c) {
        return c == 'ـ' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
