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
     * Where the dateline stands in the text: at the start of a line, followed by a dash
     * ("الرباط - …", "الرباط-"). Empty when there is no dateline or it cannot be found.
     */
    public java.util.OptionalInt datelineBegin() {
        if (dateline.isEmpty()) return java.util.OptionalInt.empty();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\t]*(" + java.util.regex.Pattern.quote(dateline.get()) + ")\\s*[-–—]")
                .matcher(text);
        return m.find() ? java.util.OptionalInt.of(m.start(1)) : java.util.OptionalInt.empty();
    }

    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is empty");
        if (text == null) throw new IllegalArgumentException("article text is null");
    }
}
