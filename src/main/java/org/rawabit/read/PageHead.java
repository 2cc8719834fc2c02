package org.rawabit.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.WordLists;

/**
 * A line of a page's head that holds metadata in short pieces between separators, never a headline:
 * "الترا عراق - فريق التحرير" (site, newsroom), "قنا24 | أنقرة" (site, dateline), "عمر المزين – كود///"
 * (author, site), "«الجزيرة» - المحليات:" (newspaper, section), "الرياض - الرياضية 2023.07.27 | 01:30 pm",
 * "الرياض - واس" (dateline, agency).
 *
 * <p>A line is read this way only when one of its pieces says what it is (a person's name, the
 * newsroom, a quoted publication, a date), or when it pairs a known place with a site name that
 * cannot be a phrase of the story (written with Latin letters or digits, or after a "|"). A headline
 * such as "الرباط - الأمن الجماعي" stays a headline.
 *
 * @param dateline the place the story was filed from, as written, or ""
 * @param source   the site, newspaper or agency, as written, or ""
 * @param author   the author or newsroom, as written, or ""
 * @param date     the date the line states
 */
record PageHead(String dateline, String source, String author, Optional<LocalDate> date) {

    private static final Map<String, List<Pattern>> PAGE_LINES = WordLists.patterns("page-lines.tsv");
    private static final Pattern EDITORIAL = WordLists.single(PAGE_LINES, "editorial");
    /** A news agency's short name ("واس", "أ ف ب"): what the piece is says itself. */
    private static final Pattern AGENCY = WordLists.single(PAGE_LINES, "agency");

    /** Separators between the pieces: a bar, dashes, a run of slashes (¦ stands where a date was taken out). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|¦]|[-–—]+|/{2,})\\s*");
    /** A date (2023.07.27, 2025-12-14, 09/12/2025) or a clock time (01:30 pm, 18:50). */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?<![\\d.])(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{1,2}:\\d{2}(?:\\s*(?:[aApP][mM]|ص|م)(?!\\p{L}))?)(?![\\d.])");
    private static final Pattern QUOTED = Pattern.compile("^[«\"“](.+?)[»\"”]$");
    private static final int MAX_WORDS = 8;

    private enum Kind { PLACE, AUTHOR, NEWSROOM, PUBLICATION, AGENCY, OTHER }

    private record Piece(String text, Kind kind) {}

    /** "أبوظبي: حمدان الكتبي": a known place, a colon and an author's name. */
    private static final Pattern PLACE_COLON = Pattern.compile("^([^:：]{2,30}?)\\s*[:：]\\s*([^:：]{2,40})$");

    static Optional<PageHead> parse(String line, Predicate<String> knownPlace) {
        return parse(line, knownPlace, false);
    }

    /**
     * @param belowHeadline whether the page head has shown its headline already: below it, a known place
     *                      and a word or two after a dash ("الدوحة - الشرق") are dateline and site, the
     *                      story needing more words than that
     */
    static Optional<PageHead> parse(String line, Predicate<String> knownPlace, boolean belowHeadline) {
        String l = line.strip();
        Matcher colon = PLACE_COLON.matcher(l);
        if (colon.matches() && knownPlace.test(colon.group(1).strip())) {
            Piece after = classify(colon.group(2).strip(), knownPlace);
            if (after.kind() == Kind.AUTHOR || after.kind() == Kind.NEWSROOM) {
                return Optional.of(new PageHead(colon.group(1).strip(), "", after.text(), Optional.empty()));
            }
        }
        if (l.isEmpty() || l.split("\\s+").length > MAX_WORDS || l.matches(".*[،,.!؟?؛;](?:\\s|$).*") && !DATE_OR_TIME.matcher(l).find()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        boolean dated = false;
        Matcher d = DATE_OR_TIME.matcher(l);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (d.find()) {
            dated = true;
            if (date.isEmpty()) date = ArticleCleaner.dateLineDate(d.group());
            rest.append(l, at, d.start()).append(" ¦ ");
            at = d.end();
        }
        rest.append(l.substring(at));
        boolean bar = l.contains("|");
        List<Piece> pieces = new ArrayList<>();
        for (String raw : SEPARATOR.split(rest)) {
            String p = raw.strip().replaceAll("[:：]$", "").strip();
            if (p.isEmpty() || p.codePoints().noneMatch(Character::isLetter)) continue;
            if (p.matches(".*[،,.!؟?؛;:()].*") || p.split("\\s+").length > 3) return Optional.empty();
            pieces.add(classify(p, knownPlace));
        }
        if (pieces.isEmpty() || pieces.size() + (dated ? 1 : 0) < 2) return Optional.empty();
        long places = pieces.stream().filter(p -> p.kind() == Kind.PLACE).count();
        long others = pieces.stream().filter(p -> p.kind() == Kind.OTHER).count();
        boolean saysWhatItIs = dated || pieces.stream().anyMatch(p -> p.kind() == Kind.AUTHOR || p.kind() == Kind.NEWSROOM
                || p.kind() == Kind.PUBLICATION || p.kind() == Kind.AGENCY);
        boolean siteBesidePlace = places == 1 && others == 1 && (bar || belowHeadline && pieces.size() == 2 && l.split("\\s+").length <= 4
                || pieces.stream().anyMatch(p -> p.kind() == Kind.OTHER && !isArabicWords(p.text())));
        if (places > 1 || others > 1 || !(saysWhatItIs || siteBesidePlace)) return Optional.empty();
        // "الرباط-عماد مجدوبي" with no place list at hand: a dateline and a byline, the older reading of ArticleCleaner
        if (places == 0 && pieces.size() == 2 && pieces.get(0).kind() == Kind.OTHER && pieces.get(1).kind() == Kind.AUTHOR && !dated) {
            return Optional.empty();
        }
        String dateline = first(pieces, Kind.PLACE);
        // "عدن - سبأ": an agency after a word no place list knows names where the agency filed from
        if (dateline.isEmpty() && pieces.size() == 2 && pieces.get(1).kind() == Kind.AGENCY && pieces.get(0).kind() == Kind.OTHER
                && isArabicWords(pieces.get(0).text())) {
            dateline = pieces.get(0).text();
            pieces = List.of(pieces.get(1));
        }
        String publication = first(pieces, Kind.PUBLICATION);
        if (publication.isEmpty()) publication = first(pieces, Kind.AGENCY);
        String source = publication.isEmpty() ? first(pieces, Kind.OTHER) : publication;
        String author = first(pieces, Kind.AUTHOR);
        if (author.isEmpty()) author = first(pieces, Kind.NEWSROOM);
        return Optional.of(new PageHead(dateline, source, author, date));
    }

    private static Piece classify(String piece, Predicate<String> knownPlace) {
        Matcher q = QUOTED.matcher(piece);
        if (q.matches()) return new Piece(q.group(1).strip(), Kind.PUBLICATION);
        String folded = ArabicNormaliser.normalise(piece).strip();
        if (EDITORIAL.matcher(folded).matches()) return new Piece(piece, Kind.NEWSROOM);
        if (AGENCY.matcher(folded).matches()) return new Piece(piece, Kind.AGENCY);
        if (knownPlace.test(piece)) return new Piece(piece, Kind.PLACE);
        String[] words = folded.split("\\s+");
        if (words.length >= 2 && isArabicWords(piece) && ArticleCleaner.GIVEN_NAMES.contains(words[0])) return new Piece(piece, Kind.AUTHOR);
        return new Piece(piece, Kind.OTHER);
    }

    private static boolean isArabicWords(String s) {
        return s.matches("[\\p{IsArabic}\\u0640 ]+"); // tatweel (ـ) is of no script of its own
    }

    private static String first(List<Piece> pieces, Kind kind) {
        return pieces.stream().filter(p -> p.kind() == kind).map(Piece::text).findFirst().orElse("");
    }
}
