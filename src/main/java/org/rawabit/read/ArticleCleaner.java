package org.rawabit.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.DateExpressions;
import org.rawabit.core.Ids;

/**
 * Turns what a reader found into an {@link Article}: drops site boilerplate (headline tickers,
 * "report this image", "click here to read the source"), and lifts title, dateline, source and date
 * into metadata when the text states them.
 */
public final class ArticleCleaner {
    /**
     * Longest article analysed, in characters (about 35,000 words; long news features are a tenth of
     * that). Analysis time and memory grow with the article; past this a text is almost certainly
     * not one article (a book, a dump, a whole site), and it is refused with a message instead.
     */
    public static final int MAX_ARTICLE_CHARS = 200_000;

    /** Lines that are never article text. Matched on the folded, trimmed line. */
    private static final List<Pattern> BOILERPLATE_LINES = List.of(
            Pattern.compile("^(?:ال)?(?:ابلاغ|تبليغ) عن (?:هذه )?الصوره$"),
            Pattern.compile("^ابلغ عن (?:هذه )?الصوره$"),
            Pattern.compile("^report this (?:image|ad)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:اضغط|انقر|اضغطوا) هنا\\b.*$"),
            Pattern.compile("^click here\\b.*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:اقرا|اقرأ) (?:ايضا|المزيد)\\s*[:：]?$"),
            Pattern.compile("^(?:شارك|شاركوا) (?:هذا|المقال|الخبر).{0,30}$"));

    /** "نشر في الأول يوم 24 - 11 - 2025": the source line at the foot of a syndicated article. */
    private static final Pattern PUBLISHED_IN = Pattern.compile(
            "^نشر في (.{2,60}?) يوم (\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})\\s*$");

    /** "وفق موقع …" / "حسب صحيفة …": the publication the article cites as its source. */
    private static final Pattern ATTRIBUTED_SOURCE = Pattern.compile(
            "(?:وفق|وفقا ل|حسب|بحسب|نقلا عن|اورده|اوردته)\\s*(موقع|صحيفه|جريده|وكاله|قناه)\\s+([\\p{IsArabic}\\p{L}0-9 ]{2,40}?)(?=[،,.:؛\\n(]|\\s+(?:يوم|الذي|التي|فان|فإن|ان)\\b)");

    /** A dateline at the start of the first paragraph: one to three words, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("^([\\p{IsArabic}]{2,}(?: [\\p{IsArabic}]{2,}){0,2})\\s*[-–—]\\s+\\S");

    /** A ticker: one line holding several headlines separated by runs of wide or repeated spaces. */
    private static boolean isHeadlineTicker(String line) {
        String[] parts = line.split("(?:[ \\u00a0\\u2000-\\u200a\\u202f\\u3000]{3,}|\\s*[|•·]\\s*)");
        int headlines = 0;
        for (String p : parts) if (p.strip().split("\\s+").length >= 2) headlines++;
        return headlines >= 4;
    }

    public Article clean(RawArticle raw) throws InputProblem {
        String body = raw.text().replace("\r\n", "\n").replace('\r', '\n');
        if (body.startsWith("\uFEFF")) body = body.substring(1);
        if (isBlank(body)) throw new InputProblem(raw.origin(), "empty document (no text)");
        if (body.length() > MAX_ARTICLE_CHARS) {
            throw new InputProblem(raw.origin(), String.format(java.util.Locale.ROOT,
                    "article is %,d characters; an article may hold at most %,d (about 35,000 words): split it into several articles",
                    body.length(), MAX_ARTICLE_CHARS));
        }
        String head = body.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.matches("(?s)^<\\?xml.*<html.*")) {
            throw new InputProblem(raw.origin(), "looks like an HTML page, not article text (extract the article text first)");
        }
        if (arabicLetters(body) == 0) {
            throw new InputProblem(raw.origin(), "no Arabic text found (Rawabit reads Arabic articles)");
        }

        String source = raw.source();
        Optional<LocalDate> date = parseIsoDate(raw.date());
        List<String> kept = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            String folded = ArabicNormaliser.normalise(line).strip();
            if (BOILERPLATE_LINES.stream().anyMatch(p -> p.matcher(folded).matches()) || isHeadlineTicker(line)) {
                continue;
            }
            Matcher pub = PUBLISHED_IN.matcher(folded);
            if (pub.matches()) {
                if (source.isEmpty()) source = originalSpan(line, pub.group(1));
                if (date.isEmpty()) date = safeDate(pub.group(4), pub.group(3), pub.group(2));
                continue;
            }
            kept.add(line.stripTrailing());
        }
        String text = String.join("\n", kept).strip();
        if (text.isBlank()) throw new InputProblem(raw.origin(), "nothing left after removing site boilerplate");

        String title = raw.title();
        List<String> paragraphs = nonEmptyLines(text);
        int firstBody = 0;
        if (title.isEmpty() && paragraphs.size() > 1 && looksLikeTitle(paragraphs.get(0))) {
            title = paragraphs.get(0).strip();
            firstBody = 1;
        } else if (!title.isEmpty() && paragraphs.size() > 1
                && ArabicNormaliser.normalise(paragraphs.get(0).strip()).equals(ArabicNormaliser.normalise(title))) {
            firstBody = 1;
        }
        Optional<String> dateline = Optional.empty();
        if (paragraphs.size() > firstBody) {
            Matcher d = DATELINE.matcher(paragraphs.get(firstBody).strip());
            if (d.find()) dateline = Optional.of(d.group(1));
        }
        if (source.isEmpty()) {
            String folded = ArabicNormaliser.normalise(text);
            Matcher m = ATTRIBUTED_SOURCE.matcher(folded);
            if (m.find()) source = originalSpan(text, m.group(2));
        }
        if (date.isEmpty()) {
            String lead = text.substring(0, Math.min(text.length(), 600));
            date = DateExpressions.firstFullDate(lead);
        }
        String id = raw.id().isBlank() ? contentId(text) : raw.id();
        return new Article(id, raw.origin(), text, opt(title), date, opt(source), opt(raw.url()), dateline);
    }

    /** Nothing but white space, no-break and other Unicode spaces, and invisible marks (BOM, bidi, zero-width). */
    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static boolean looksLikeTitle(String line) {
        String s = line.strip();
        return s.length() <= 200 && !s.endsWith(".") && !s.endsWith(":") && s.split("\\s+").length >= 2;
    }

    private static List<String> nonEmptyLines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) if (!l.isBlank()) out.add(l);
        return out;
    }

    /** Finds the original (unfolded) spelling of a folded phrase inside {@code text}. */
    private static String originalSpan(String text, String foldedPhrase) {
        var nt = org.rawabit.text.NormalisedText.of(text);
        int i = nt.text().indexOf(foldedPhrase.strip());
        if (i < 0) return foldedPhrase.strip();
        return text.substring(nt.begin(i), nt.end(i + foldedPhrase.strip().length())).strip();
    }

    private static long arabicLetters(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && Character.isLetter(c)).limit(1).count();
    }

    private static Optional<LocalDate> parseIsoDate(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length()))));
        } catch (DateTimeParseException e) {
            return DateExpressions.firstFullDate(s);
        }
    }

    private static Optional<LocalDate> safeDate(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> opt(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** Stable id of an article that has none: a prefix of the SHA-256 of its text. */
    public static String contentId(String text) {
        return Ids.sha256Hex(text).substring(0, 16);
    }
}
