package org.rawabit.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in Arabic text: single days ("24 نونبر 2025"), ranges ("بين 24 و27
 * نوفمبر", "من 4 إلى 7 نونبر 2024"), double-named months ("تشرين الثاني/نوفمبر"), relative months
 * ("نونبر الجاري"), numeric dates ("24 - 11 - 2025") and years ("سنة 1923"). A missing year is
 * taken from the reference (publication) date; without one, such a date is not reported.
 */
public final class DateExpressions {
    private DateExpressions() {}

    /** A date or date range found in a text, with offsets into the original text. */
    public record Found(int begin, int end, PartialDate first, PartialDate last) {
        public boolean isRange() {
            return !first.equals(last);
        }
    }

    /** The grammar's word classes (range openers, year words, relative months …), from the lexicon. */
    private static final Map<String, List<String>> WORDS = WordLists.classes("date-words.tsv");
    private static final List<String> NEXT = WORDS.get("relative-next"), PREVIOUS = WORDS.get("relative-previous");

    private static String any(String wordClass) {
        return "(?:" + WordLists.alternation(WORDS, wordClass) + ")";
    }

    private static final String M = "(?<![\\p{IsArabic}])(" + ArabicMonths.alternation() + ")(?![\\p{IsArabic}])";
    private static final String MONTH = M + "(?:\\s*[/(]\\s*(?:" + ArabicMonths.alternation() + ")(?:\\s*\\))?)?"; // the space before "الجاري" stays outside
    private static final String MONTH_WORD = "(?:" + any("month-word") + "\\s+)?";
    private static final String OF = "(?:" + any("of") + "\\s+)?";
    private static final String YEAR = "(?:\\s*\u060C?\\s*" + OF + any("year-word") + "?\\s*(\\d{4})(?!\\d))?";
    private static final String RELATIVE_WORD = "(" + any("relative-current") + "|" + any("relative-next") + "|" + any("relative-previous") + ")";
    private static final String RELATIVE = "(?:\\s+" + RELATIVE_WORD + ")?";
    private static final String DAY = "(\\d{1,2})(?!\\d)";

    private static final Pattern RANGE = Pattern.compile(
            any("range-open") + "\\s+(?:" + any("range-day") + "\\s+)?" + DAY + "\\s*" + any("range-join") + "\\s*(?:" + any("range-until") + "\\s+)?"
                    + DAY + "\\s+" + MONTH + YEAR + RELATIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(DAY + "\\s+" + OF + MONTH_WORD + MONTH + YEAR + RELATIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_WORD + MONTH + "\\s+" + OF + any("year-word") + "?\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH_RELATIVE = Pattern.compile(MONTH_WORD + MONTH + "\\s+" + RELATIVE_WORD);
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:" + any("year-word") + "|" + any("since") + ")\\s+(\\d{4})(?!\\d)");

    public static List<Found> find(String text, Optional<LocalDate> reference) {
        NormalisedText nt = NormalisedText.of(text);
        String f = nt.text();
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[f.length() + 1];

        Matcher m = RANGE.matcher(f);
        while (m.find()) {
            int month = ArabicMonths.month(m.group(3));
            int year = year(m.group(4), m.group(5), month, reference);
            if (year == 0) continue;
            var a = PartialDate.tryOf(year, month, Integer.parseInt(m.group(1)));
            var b = PartialDate.tryOf(year, month, Integer.parseInt(m.group(2)));
            if (a.isEmpty() || b.isEmpty() || a.get().compareTo(b.get()) > 0) continue;
            add(out, taken, nt, m.start(), m.end(), a.get(), b.get());
        }
        m = NUMERIC.matcher(f);
        while (m.find()) {
            var d = PartialDate.tryOf(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            final int b0 = m.start(), e0 = m.end();
            d.ifPresent(x -> add(out, taken, nt, b0, e0, x, x));
        }
        m = DAY_MONTH.matcher(f);
        while (m.find()) {
            int month = ArabicMonths.month(m.group(2));
            int year = year(m.group(3), m.group(4), month, reference);
            if (year == 0) continue;
            final int b0 = m.start(), e0 = m.end();
            PartialDate.tryOf(year, month, Integer.parseInt(m.group(1)))
                    .ifPresent(x -> add(out, taken, nt, b0, e0, x, x));
        }
        m = MONTH_YEAR.matcher(f);
        while (m.find()) {
            if (followsANumber(f, m.start())) continue; // the rest of an impossible day-month-year
            final int b0 = m.start(), e0 = m.end();
            PartialDate.tryOf(Integer.parseInt(m.group(2)), ArabicMonths.month(m.group(1)), 0)
                    .ifPresent(x -> add(out, taken, nt, b0, e0, x, x));
        }
        m = MONTH_RELATIVE.matcher(f);
        while (m.find()) {
            int month = ArabicMonths.month(m.group(1));
            int year = year(null, m.group(2), month, reference);
            if (year == 0) continue;
            final int b0 = m.start(), e0 = m.end();
            PartialDate.tryOf(year, month, 0).ifPresent(x -> add(out, taken, nt, b0, e0, x, x));
        }
        m = YEAR_ONLY.matcher(f);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1000 || y > 2200) continue;
            final int b0 = m.start(1), e0 = m.end();
            PartialDate.tryOf(y, 0, 0).ifPresent(x -> add(out, taken, nt, b0, e0, x, x));
        }
        out.sort(java.util.Comparator.comparingInt(Found::begin));
        return out;
    }

    /** The first date known to the day, for metadata ("الاثنين 24 نونبر 2025"). */
    public static Optional<LocalDate> firstFullDate(String text) {
        for (Found f : find(text, Optional.empty())) {
            if (!f.isRange() && f.first().day() > 0) return f.first().toLocalDate();
        }
        return Optional.empty();
    }

    /**
     * Year of a date: the stated one, else inferred from the reference date — the same year, or
     * the next/previous one when the month only makes sense that way ("المقبل" in December for January).
     */
    private static int year(String stated, String relative, int month, Optional<LocalDate> reference) {
        if (stated != null) return Integer.parseInt(stated);
        if (reference.isEmpty()) return 0;
        LocalDate ref = reference.get();
        int y = ref.getYear();
        if (relative != null && NEXT.contains(relative) && month < ref.getMonthValue()) y++;
        if (relative != null && PREVIOUS.contains(relative) && month > ref.getMonthValue()) y--;
        return y;
    }

    private static boolean followsANumber(String f, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(f.charAt(i))) i--;
        return i >= 0 && Character.isDigit(f.charAt(i));
    }

    private static void add(List<Found> out, boolean[] taken, NormalisedText nt, int fb, int fe, PartialDate a, PartialDate b) {
        for (int i = fb; i < fe; i++) if (taken[i]) return;
        for (int i = fb; i < fe; i++) taken[i] = true;
        int end = fe;
        while (end > fb && Character.isWhitespace(nt.text().charAt(end - 1))) end--;
        out.add(new Found(nt.begin(fb), nt.end(end), a, b));
    }
}
