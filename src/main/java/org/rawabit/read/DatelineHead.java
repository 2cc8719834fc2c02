package org.rawabit.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a story's first paragraph: where it was filed and, often, the news agency that filed it.
 * "الرباط - …", "عمّان - بترا: …", "تونس (وات) - …", "جنيف – 19 – 2 (كونا) -- …", "الخرطوم (رويترز) - …".
 * The city stays part of the text (and is where the story was filed); the agency is the article's source,
 * and neither is a mention of the story.
 *
 * @param city   the dateline's city, as written ("عمّان")
 * @param agency the news agency credited, or empty
 * @param end    where the head ends in the paragraph: after the dash, or after the agency's colon
 */
public record DatelineHead(String city, String agency, int end) {

    /** An Arabic word as written: letters, and the vowel marks and tatweel of a vocalised spelling ("عمّان"). */
    static final String WORD = "[\\p{IsArabic}\\p{Mn}\\u0640]{2,}";
    private static final String CITY = WORD + "(?: " + WORD + "){0,2}";
    /** An agency in parentheses: "(كونا)", "(أ ف ب)", "(Reuters)". */
    private static final String BRACKETED = "\\(\\s*([\\p{IsArabic}\\p{Mn}A-Za-z][\\p{IsArabic}\\p{Mn}A-Za-z .]{1,20}?)\\s*\\)";
    /** An agency before a colon: one word ("بترا:", "وام:") or letters spaced out ("أ ف ب:", "د.ب.أ:"). */
    private static final String BEFORE_COLON = "(" + WORD + "|[A-Za-z]{2,8}|\\p{IsArabic}(?:[ .]\\p{IsArabic}){1,3}\\.?)\\s*[:：]";
    /** A day and month after the dash: "19 – 2", "3/2/2025". */
    private static final String DAY_MONTH = "(?:\\d{1,2}\\s*[-–—/]\\s*\\d{1,2}\\s*(?:[-–—/]\\s*\\d{2,4}\\s*)?)";

    private static final Pattern HEAD = Pattern.compile("^(" + CITY + ")\\s*(?:" + BRACKETED + "\\s*)?[-–—]+\\s+"
            + "(?:" + DAY_MONTH + "(?:[-–—]+\\s*)?)?(?:" + BRACKETED + "\\s*(?:[-–—]+\\s*)?|" + BEFORE_COLON + "\\s*)?(?=\\S|$)");

    /**
     * A dateline that states the day before the agency: "مسقط في 9 نوفمبر /العمانية/ …", "طرابلس 12 مايو (وال) - …",
     * "عمان 14 تشرين الأول (بترا) - …" (a month of two words). The
     * agency, between slashes or in parentheses, is what tells it from a sentence that opens with a place and a date.
     */
    private static final Pattern DATED_HEAD = Pattern.compile("^(" + WORD + "(?: (?!في )" + WORD + "){0,2})\\s+(?:في\\s+)?\\d{1,2}\\s+" + WORD + "(?:\\s+" + WORD + ")?(?:\\s+\\d{4})?\\s*"
            + "(?:/\\s*([\\p{IsArabic}\\p{Mn}A-Za-z][\\p{IsArabic}\\p{Mn}A-Za-z .]{1,20}?)\\s*/|" + BRACKETED + ")\\s*(?:[-–—]+\\s*|[:：]\\s*)?(?=\\S|$)");

    /**
     * A dateline with the day in figures and the agency's full name in parentheses: "نواكشوط، 18/02/2026 (الوكالة
     * الموريتانية للأنباء)- …", "وادان، 12/12/2025 (…) -".
     */
    private static final Pattern NUMERIC_DATED_HEAD = Pattern.compile("^(" + CITY + ")\\s*[،,]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}\\s*"
            + "\\(\\s*([\\p{IsArabic}\\p{Mn}A-Za-z][\\p{IsArabic}\\p{Mn}A-Za-z .]{1,40}?)\\s*\\)\\s*(?:[-–—]+\\s*|[:：]\\s*)?(?=\\S|$)");

    /** The dateline head opening {@code paragraph} (no leading space), if it has one. */
    public static Optional<DatelineHead> parse(String paragraph) {
        Matcher numeric = NUMERIC_DATED_HEAD.matcher(paragraph);
        if (numeric.lookingAt()) return Optional.of(new DatelineHead(numeric.group(1), numeric.group(2).strip(), numeric.end()));
        Matcher dated = DATED_HEAD.matcher(paragraph);
        if (dated.lookingAt()) {
            String agency = dated.group(2) != null ? dated.group(2) : dated.group(3);
            return Optional.of(new DatelineHead(dated.group(1), agency.strip(), dated.end()));
        }
        Matcher m = HEAD.matcher(paragraph);
        if (!m.lookingAt()) return Optional.empty();
        String agency = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
        return Optional.of(new DatelineHead(m.group(1), agency.strip(), m.end()));
    }
}
