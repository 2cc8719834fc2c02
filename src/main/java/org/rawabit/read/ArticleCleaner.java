package org.rawabit.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.DateExpressions;
import org.rawabit.text.WordLists;
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

    /** How a page's own lines look (boilerplate, bylines, date and source lines): ontology/lexicon/page-lines.tsv. */
    private static final Map<String, List<Pattern>> PAGE_LINES = WordLists.patterns("page-lines.tsv");

    /** Lines that are never article text. Matched on the folded, trimmed line. */
    private static final List<Pattern> BOILERPLATE_LINES = PAGE_LINES.get("boilerplate");

    /** A byline on its own line: "بقلم: …", "كتب: …"; group 1 the author's name (folded). */
    private static final Pattern BYLINE = WordLists.single(PAGE_LINES, "byline");

    /** A first line holding dateline and byline: "الرباط-عماد مجدوبي", "طنجة - سعيد العلمي", "الرياض - كتب: فيصل الدوسري". */
    private static final Pattern DATELINE_BYLINE = Pattern.compile(
            "^(" + DatelineHead.WORD + "(?: " + DatelineHead.WORD + ")?)\\s*[-–—]\\s*(?:(?:كتب|كتبت|بقلم|إعداد)\\s*[:：]\\s*)?((?!ال)\\p{IsArabic}{2,}(?: \\p{IsArabic}{2,}){1,3})\\s*$");

    /**
     * A line stating when the article was published or updated; group 1 is set for an update. Matched
     * on the folded line; the rest (group 2) must hold a full date.
     */
    private static final Pattern DATE_LINE = WordLists.single(PAGE_LINES, "date-line");

    /** "اقرأ أيضا", "أخبار ذات صلة": a heading over other stories' headlines. */
    private static final Pattern RELATED_HEADING = WordLists.single(PAGE_LINES, "related-heading");

    /** "- وزير الداخلية يهنئ الرئيس …", "• ضبط 3 عناصر …": a list item's mark. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-–—•·▪*]\\s*\\S.*");

    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");

    /** Words that may stand on a date line beside the date: weekdays, a time ("10:30"), "GMT". */
    private static final Pattern DATE_LINE_FILLER = WordLists.single(PAGE_LINES, "date-line-filler");

    /** The source line at the foot of a syndicated article: publication, day, month, year. */
    private static final Pattern PUBLISHED_IN = WordLists.single(PAGE_LINES, "published-in");

    /** "وفق موقع …" / "حسب صحيفة …": the publication the article cites as its source. */
    private static final Pattern ATTRIBUTED_SOURCE = WordLists.single(PAGE_LINES, "attributed-source");

    /** Two or three Arabic words alone on a line. */
    private static final Pattern TWO_OR_THREE_WORDS = Pattern.compile("^\\p{IsArabic}{2,}(?: \\p{IsArabic}{2,}){1,2}$");
    /** Given names, folded ("given-names.txt"): a byline line starts with one. */
    static final java.util.Set<String> GIVEN_NAMES = WordLists.lines("given-names.txt").stream()
            .map(ArabicNormaliser::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A line that is only a person's name: two or three words, the first a given name, nothing else. */
    private static boolean isBareName(String line) {
        String l = line.strip();
        return TWO_OR_THREE_WORDS.matcher(l).matches() && GIVEN_NAMES.contains(ArabicNormaliser.normalise(l.split(" ")[0]));
    }

    /** A site's name, a colon and a dash before the first sentence: "الوقائع الإخبارية: - وقع …". */
    private static final Pattern SOURCE_LEAD = Pattern.compile("^\\s*(\\p{IsArabic}{2,}(?: \\p{IsArabic}{2,}){0,2})\\s*[:：]\\s*[-–—]+\\s+(?=\\S)");

    /** How many lines of text the page head may hold before the story (headline, dateline, byline, date). */
    private static final int HEAD_LINES = 4;

    /** "date 2025-10-08 …" at the very start: the date field of the tool that captured the page. */
    private static final Pattern CAPTURE_DATE = Pattern.compile("^\\s*date\\s*[:=]?\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})[T\\d:.Z+-]*[ \\t]*");

    /** How many lines at the top may be site furniture before a headline the page repeats. */
    private static final int FURNITURE_LINES = 10;

    /**
     * Pages captured with their site's furniture (slogan, clock, "latest news") often state the headline
     * twice, as the page title and as the article's heading: a line of the top repeated right below
     * itself is the headline, and what stands above it is furniture. Returns both lines' indexes, or null.
     */
    static int[] repeatedHeadline(String[] lines) {
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < lines.length && top.size() < FURNITURE_LINES; i++) if (!lines[i].isBlank()) top.add(i);
        for (int a = 0; a + 1 < top.size(); a++) {
            String first = ArabicNormaliser.normalise(lines[top.get(a)]).strip();
            // the headline and its repeat stand one after the other (blank lines between them at most)
            if (first.split("\\s+").length >= 3 && ArabicNormaliser.normalise(lines[top.get(a + 1)]).strip().equals(first)) {
                return new int[] {top.get(a), top.get(a + 1)};
            }
        }
        return null;
    }

    /** How many paragraphs from the start of the body a dateline may open. */
    private static final int DATELINE_PARAGRAPHS = 3;
    /** The spaces a run of which sets a page's items apart (a character class's body): plain, no-break and typographic. */
    private static final String WIDE_SPACES = " \\u00a0\\u2000-\\u200a\\u202f\\u3000";

    /** A ticker: one line holding several headlines separated by runs of wide or repeated spaces. */
    private static boolean isHeadlineTicker(String line) {
        String[] parts = line.split("(?:[" + WIDE_SPACES + "]{3,}|\\s*[|•·]\\s*)");
        int headlines = 0;
        for (String p : parts) if (p.strip().split("\\s+").length >= 2) headlines++;
        return headlines >= 4;
    }

    /** A site's section menu at the page head: "محليات | اقتصاد | عربي ودولي | رياضة | الراي TV". */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|[\\t" + WIDE_SPACES + "]{3,}");
    /** How many words a menu item may have ("ثقافة وفن", "كتاب ومقالات", "الصفحة الأولى"). */
    private static final int MENU_ITEM_WORDS = 3;

    /**
     * A navigation menu: three items or more between bars or wide gaps, each a few words with no sentence mark.
     * A headline never looks like this; a breaking-news tag before one ("عاجل | …") is not a menu,
     * its headline being longer than an item.
     */
    static boolean isNavigationMenu(String line) {
        String l = line.strip();
        if (l.isEmpty() || !MENU_SEPARATOR.matcher(l).find()) return false;
        int items = 0;
        for (String item : MENU_SEPARATOR.split(l)) {
            String it = item.strip();
            if (it.isEmpty()) continue;
            if (it.split("\\s+").length > MENU_ITEM_WORDS || it.matches(".*[،,.!؟?؛;:«»\"].*")) return false;
            items++;
        }
        return items >= 3;
    }

    /** "عاجل | …", "فيديو | …": a tag before the headline (folded); group 0 is what goes. */
    private static final Pattern HEADLINE_TAG = WordLists.single(PAGE_LINES, "headline-tag");

    /** A site's masthead alone on a line: "وكالة أنباء البحرين", "وكالة الأنباء السعودية" (folded). */
    private static final Pattern MASTHEAD = WordLists.single(PAGE_LINES, "masthead");

    /** Whether a word or two name a known place (a dateline's city); the cleaner itself knows no places. */
    private final Predicate<String> knownPlace;

    /** A cleaner that knows no place names: a page-head line is read by its shape and its given names only. */
    public ArticleCleaner() {
        this(name -> false);
    }

    /** @param knownPlace whether a name (as written) is a known city, region or country, e.g. from the knowledge base */
    public ArticleCleaner(Predicate<String> knownPlace) {
        this.knownPlace = knownPlace;
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
        int nul = body.indexOf('\0');
        if (nul >= 0) {
            throw new InputProblem(raw.origin(), "text holds a NUL character (U+0000) at character " + nul
                    + ": the record is damaged or binary (text holds no NUL)");
        }
        body = withoutLeadingComments(body, raw.origin());
        String head = body.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body")
                || head.matches("(?s)^<\\?xml.*<html.*")) {
            throw new InputProblem(raw.origin(), "looks like an HTML page, not article text (extract the article text first)");
        }
        if (isBlank(body)) throw new InputProblem(raw.origin(), "empty document (nothing but an HTML comment)");
        if (arabicLetters(body) == 0) {
            throw new InputProblem(raw.origin(), "no Arabic text found (Rawabit reads Arabic articles)");
        }

        String source = raw.source();
        Optional<LocalDate> date = parseIsoDate(raw.date());
        Matcher captured = CAPTURE_DATE.matcher(body);
        if (captured.lookingAt()) {
            // "date 2025-10-08 <headline>": a capture tool's date field written before the page's first line
            if (date.isEmpty()) date = safeDate(captured.group(1), captured.group(2), captured.group(3));
            body = body.substring(captured.end());
        }
        String[] bodyLines = body.split("\n", -1);
        int[] repeated = repeatedHeadline(bodyLines);
        if (repeated != null) {
            // what stands above the headline is the site's furniture; a date alone on one of its lines is still the date
            for (int i = 0; i < repeated[0]; i++) {
                Optional<LocalDate> stated = dateLineDate(ArabicNormaliser.normalise(bodyLines[i]).strip());
                if (date.isEmpty() && stated.isPresent()) date = stated;
            }
            StringBuilder rest = new StringBuilder();
            for (int i = repeated[0]; i < bodyLines.length; i++) if (i != repeated[1]) rest.append(bodyLines[i]).append('\n');
            body = rest.toString();
        }
        Optional<LocalDate> updated = Optional.empty();
        String author = "";
        String bylineDateline = "";
        List<String> kept = new ArrayList<>();
        int linesKept = 0;
        boolean storyStarted = false;
        boolean relatedLinks = false;
        String[] pageLines = body.split("\n", -1);
        for (int at = 0; at < pageLines.length; at++) {
            String line = pageLines[at];
            if (!storyStarted && linesKept < HEAD_LINES) {
                if (isNavigationMenu(line)) continue;
                String foldedHead = ArabicNormaliser.normalise(line).strip();
                Matcher tag = HEADLINE_TAG.matcher(foldedHead);
                if (tag.lookingAt()) {
                    line = line.strip().substring(originalLength(line.strip(), tag.end()));
                    // "عاجل | headline    headline": the site's breaking-news ticker, several headlines apart
                    if (WIDE_GAP.matcher(line.strip()).find()) continue;
                }
                if (linesKept == 0 && (MASTHEAD.matcher(foldedHead).matches() || isSiteName(line) && nextIsMenu(pageLines, at))) {
                    // the site's name above its menu or headline: where the article comes from, not its headline
                    if (source.isEmpty()) source = line.strip();
                    continue;
                }
            }
            Matcher lead = SOURCE_LEAD.matcher(line);
            if (!storyStarted && linesKept < HEAD_LINES && lead.lookingAt()) {
                // "الوقائع الإخبارية: - وقع …": the site's name before the story's first sentence
                if (source.isEmpty()) source = lead.group(1);
                line = line.substring(lead.end());
            }
            String folded = ArabicNormaliser.normalise(line).strip();
            // the headlines under "اقرأ أيضا" link other stories: listed, or none ending like a sentence
            if (relatedLinks && !folded.isEmpty() && (LIST_ITEM.matcher(line).matches() || !endsLikeASentence(line.strip()))) continue;
            relatedLinks = RELATED_HEADING.matcher(folded).matches();
            if (relatedLinks) continue;
            if (BOILERPLATE_LINES.stream().anyMatch(p -> p.matcher(folded).matches()) || isHeadlineTicker(line)) {
                continue;
            }
            Matcher pub = PUBLISHED_IN.matcher(folded);
            if (pub.matches()) {
                if (source.isEmpty()) source = originalSpan(line, pub.group(1));
                if (date.isEmpty()) date = safeDate(pub.group(4), pub.group(3), pub.group(2));
                continue;
            }
            Matcher when = DATE_LINE.matcher(folded);
            Optional<LocalDate> stated = when.matches() ? dateLineDate(when.group(2)) : Optional.empty();
            if (stated.isPresent()) {
                if (when.group(1) == null) {
                    if (date.isEmpty()) date = stated;
                } else if (updated.isEmpty()) {
                    updated = stated;
                }
                continue;
            }
            if (!line.isBlank() && line.codePoints().noneMatch(Character::isLetterOrDigit)) continue; // "|", "***", "///"
            if (!storyStarted && linesKept < HEAD_LINES) {
                Optional<LocalDate> alone = dateLineDate(folded);
                if (alone.isPresent()) {
                    // a date (and time) alone on a line of the page head: when it was published
                    if (date.isEmpty()) date = alone;
                    continue;
                }
                Optional<PageHead> pageHead = PageHead.parse(line, knownPlace, linesKept >= 1);
                if (pageHead.isPresent()) {
                    PageHead h = pageHead.get();
                    if (source.isEmpty() && !h.source().isEmpty()) source = h.source();
                    if (author.isEmpty() && !h.author().isEmpty()) author = h.author();
                    if (date.isEmpty()) date = h.date();
                    if (!h.dateline().isEmpty() && bylineDateline.isEmpty()) {
                        // the dateline stays in the text, where the story was filed; the rest is metadata
                        bylineDateline = h.dateline();
                        kept.add(h.dateline() + " -");
                        kept.add("");
                    }
                    continue;
                }
            }
            Matcher by = BYLINE.matcher(folded);
            if (by.matches()) {
                if (author.isEmpty()) author = originalSpan(line, by.group(1));
                continue;
            }
            Matcher top = DATELINE_BYLINE.matcher(line.strip());
            if (linesKept < 2 && top.matches()) {
                // the dateline stays in the text (where the story was filed, at its start); the author goes to metadata
                bylineDateline = top.group(1);
                if (author.isEmpty()) author = top.group(2);
                kept.add(line.strip().substring(0, top.start(2)).strip());
                kept.add("");
                linesKept++;
                continue;
            }
            if (author.isEmpty() && !storyStarted && linesKept >= 1 && linesKept <= 3 && isBareName(line)) {
                // "أميرة محمدين" alone under the headline: the author's name, not a sentence of the article
                author = line.strip();
                continue;
            }
            if (!line.isBlank()) linesKept++;
            // the story has begun once a line ends a sentence: a name line after that is the story's own
            storyStarted |= endsLikeASentence(line.strip());
            kept.add(line.stripTrailing());
        }
        if (date.isEmpty()) date = updated;
        String text = String.join("\n", separateHeadings(kept)).strip();
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
        Optional<String> dateline = opt(bylineDateline);
        // the dateline opens the story, which may follow a summary paragraph or two under the headline
        for (int p = firstBody; dateline.isEmpty() && p < Math.min(paragraphs.size(), firstBody + DATELINE_PARAGRAPHS); p++) {
            Optional<DatelineHead> opening = DatelineHead.parse(paragraphs.get(p).strip());
            if (opening.isPresent()) {
                dateline = Optional.of(opening.get().city());
                if (source.isEmpty()) source = opening.get().agency();
            }
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
        return new Article(id, raw.origin(), text, opt(title), date, opt(source), opt(raw.url()), dateline, opt(author));
    }

    /** How many words a site's name may have ("وكالة الأنباء الوطنية الصومالية - صونا"). */
    private static final int SITE_NAME_WORDS = 6;

    /** A gap of three spaces or more between words on one line. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\S[\\t" + WIDE_SPACES + "]{3,}\\S");

    /**
     * A site's name on its own line ("الشروق أونلاين", "اليوم السابع", "الوكالة الموريتانية للأنباء"): a few words with
     * no sentence mark. Read so only above the site's menu, where no headline stands.
     */
    private static boolean isSiteName(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.split("\\s+").length <= SITE_NAME_WORDS && !l.matches(".*[،,.!؟?؛;:].*") && !endsLikeASentence(l);
    }

    /** Whether the next line with text is a navigation menu. */
    private static boolean nextIsMenu(String[] lines, int at) {
        for (int i = at + 1; i < lines.length; i++) if (!lines[i].isBlank()) return isNavigationMenu(lines[i]);
        return false;
    }

    /** How many characters of {@code line} fold to its first {@code foldedLength} folded characters. */
    private static int originalLength(String line, int foldedLength) {
        var nt = org.rawabit.text.NormalisedText.of(line);
        return foldedLength >= nt.text().length() ? line.length() : nt.begin(foldedLength);
    }

    /** HTML comments at the very start, such as a browser's {@code <!-- saved from url=(0049)https://… -->}. */
    private static final Pattern LEADING_COMMENT = Pattern.compile("^\\s*<!--.*?-->", Pattern.DOTALL);

    /**
     * The text without the HTML comments it starts with: a browser writes one at the top of a saved
     * page, and it is never part of the article (nor its headline).
     */
    static String withoutLeadingComments(String body, String origin) throws InputProblem {
        String rest = body;
        Matcher m;
        while ((m = LEADING_COMMENT.matcher(rest)).lookingAt()) rest = rest.substring(m.end());
        if (rest.stripLeading().startsWith("<!--")) {
            throw new InputProblem(origin, "starts with an HTML comment that never ends ('<!--' without '-->')");
        }
        return rest.length() == body.length() ? body : rest.stripLeading();
    }

    /** Words ending a sentence at the end of a line: full stops, question and exclamation marks, colons, closing quotes. */
    private static final String LINE_END = ".!?\u061F:\u061B…\"»”)]'"; // \u061F ؟ and \u061B ؛ are the Arabic question mark and semicolon

    /**
     * A heading (a short line without final punctuation that starts a paragraph) followed by text
     * on the next line gets a blank line after it, so that it ends its own sentence instead of
     * running into the paragraph below.
     */
    static List<String> separateHeadings(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size() + 8);
        boolean paragraphStart = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            out.add(lines.get(i));
            if (line.isEmpty()) {
                paragraphStart = true;
                continue;
            }
            // a headline runs to 15 words and more ("تدشين حملة تحصين ضد شلل الأطفال تستهدف 1.2 مليون طفل في 13 محافظة يمنية"):
            // above a dateline, a line of up to 20 words without final punctuation is one, not a wrapped line
            boolean headlineAboveDateline = i + 1 < lines.size() && line.length() <= 160 && line.split("\\s+").length <= 20
                    && !endsLikeASentence(line) && DatelineHead.parse(lines.get(i + 1).strip()).isPresent();
            boolean heading = paragraphStart && (isHeading(line) || headlineAboveDateline);
            if (heading && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) out.add("");
            paragraphStart = heading || endsLikeASentence(line);
        }
        return out;
    }

    private static boolean isHeading(String line) {
        return line.length() <= 90 && line.split("\\s+").length <= 10 && !endsLikeASentence(line);
    }

    /** The date of a date line's rest, when the rest is only a date (with a weekday or a time). */
    static Optional<LocalDate> dateLineDate(String foldedRest) {
        Matcher iso = ISO_DATE.matcher(foldedRest);
        if (iso.find()) {
            String left = foldedRest.substring(0, iso.start()) + " " + foldedRest.substring(iso.end());
            if (DATE_LINE_FILLER.matcher(left).replaceAll("").isEmpty()) return safeDate(iso.group(1), iso.group(2), iso.group(3));
        }
        for (DateExpressions.Found f : DateExpressions.find(foldedRest, Optional.empty())) {
            if (f.isRange() || f.first().day() == 0) continue;
            String left = foldedRest.substring(0, f.begin()) + " " + foldedRest.substring(f.end());
            if (DATE_LINE_FILLER.matcher(left).replaceAll("").isEmpty()) return f.first().toLocalDate();
        }
        return Optional.empty();
    }

    /** Whether a (stripped) line ends with a sentence's or a quotation's final mark (LINE_END). */
    private static boolean endsLikeASentence(String line) {
        return !line.isEmpty() && LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Nothing but white space, no-break and other Unicode spaces, and invisible marks (BOM, bidi, zero-width). */
    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    private static boolean looksLikeTitle(String line) {
        String s = line.strip();
        long words = java.util.Arrays.stream(s.split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
        return s.length() <= 200 && !s.endsWith(".") && !s.endsWith(":") && words >= 2;
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
