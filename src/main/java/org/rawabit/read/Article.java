package org.rawabit.read;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One article as read and cleaned: the body text that every later offset refers to, plus the
 * metadata the source or the text itself states.
 *
 * @param id        stable identifier (from the CSV/JSONL id, else the file name)
 * @param origin    where it came from, for messages ("seeds/a.txt", "news.csv:12")
 * @param text      the article body after boilerplate removal; offsets point into it
 * @param title     headline, if known
 * @param published publication date, if known
 * @param source    publisher or site name, if known
 * @param url       address of the original, if known
 * @param dateline  city of the dateline ("الرباط -"), if present
 * @param author    the byline's author ("بقلم: …", "الرباط-عماد مجدوبي"), if stated
 */
public record Article(
        String id,
        String origin,
        String text,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> source,
        Optional<String> url,
        Optional<String> dateline,
        Optional<String> author) {

    /** An article without a known author. */
    public Article(String id, String origin, String text, Optional<String> title, Optional<LocalDate> published,
            Optional<String> source, Optional<String> url, Optional<String> dateline) {
        this(id, origin, text, title, published, source, url, dateline, Optional.empty());
    }

    /**
     * Where the dateline stands in the text: at the start of a line, followed by a dash and maybe the agency
     * ("الرباط - …", "تونس (وات) - …"). Empty when there is no dateline or it cannot be found.
     */
    public java.util.OptionalInt datelineBegin() {
        int[] span = datelineHeadSpan();
        return span == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(span[0]);
    }

    /**
     * Where the dateline's head ends: after its dash and the news agency it credits ("عمّان - بترا:"), so that
     * neither the city nor the agency is read as a mention of the story. Empty when there is no dateline.
     */
    public java.util.OptionalInt datelineHeadEnd() {
        int[] span = datelineHeadSpan();
        return span == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(span[1]);
    }

    private int[] datelineHeadSpan() {
        if (dateline.isEmpty()) return null;
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^[ \\t]*(" + java.util.regex.Pattern.quote(dateline.get()) + ")").matcher(text);
        while (line.find()) {
            int begin = line.start(1);
            int lineEnd = text.indexOf('\n', begin);
            String rest = text.substring(begin, lineEnd < 0 ? text.length() : lineEnd);
            java.util.Optional<DatelineHead> head = DatelineHead.parse(rest);
            if (head.isPresent() && head.get().city().equals(dateline.get())) return new int[] {begin, begin + head.get().end()};
            if (rest.matches("(?s)\\Q" + dateline.get() + "\\E\\s*[-–—].*")) return new int[] {begin, begin + dateline.get().length()};
        }
        return null;
    }

    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        if (text == null) throw new IllegalArgumentException("article text is null");
    }
}
