package org.rawabit.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads and writes CoNLL-style files: one token a line as {@code WORD TAG} (tag last, whitespace
 * separated) or just {@code WORD}, and a blank line between sentences. Trailing spaces, tabs and
 * CRLF line ends are tolerated; a UTF-8 byte-order mark at the start is dropped.
 */
public final class ConllCorpus {
    private ConllCorpus() {}

    /**
     * One sentence: its words and, when the file had them, one tag per word.
     *
     * @param words words as written in the file
     * @param tags  tags, or an empty list when the file had only words
     */
    public record Sentence(List<String> words, List<String> tags) {
        public Sentence {
            words = List.copyOf(words);
            tags = List.copyOf(tags);
            if (!tags.isEmpty() && tags.size() != words.size()) {
                throw new IllegalArgumentException("tags and words differ in number");
            }
        }

        public boolean tagged() {
            return !tags.isEmpty() || words.isEmpty();
        }

        public int size() {
            return words.size();
        }
    }

    /** Thrown for a malformed line; the message names the file and line number. */
    public static final class FormatException extends IOException {
        public FormatException(String message) {
            super(message);
        }
    }

    public static List<Sentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /**
     * Reads sentences. A line with one field is a bare word, with two or more fields the last one is
     * the tag. A file must not mix tagged and untagged lines.
     */
    public static List<Sentence> read(Reader in, String name) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Boolean tagged = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            String t = line.strip();
            if (t.isEmpty()) {
                if (!words.isEmpty()) {
                    out.add(new Sentence(words, Boolean.TRUE.equals(tagged) ? tags : List.of()));
                    words = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] parts = t.split("\\s+");
            boolean hasTag = parts.length >= 2;
            if (tagged == null) {
                tagged = hasTag;
            } else if (tagged != hasTag) {
                throw new FormatException(name + ":" + n + ": expected " + (tagged ? "'WORD TAG'" : "'WORD'")
                        + " like the lines before it, got '" + t + "'");
            }
            words.add(parts[0]);
            if (hasTag) tags.add(parts[parts.length - 1]);
        }
        if (!words.isEmpty()) out.add(new Sentence(words, Boolean.TRUE.equals(tagged) ? tags : List.of()));
        return out;
    }

    /** Writes {@code WORD TAG} lines with a blank line after each sentence. */
    public static void write(Path file, List<List<String>> words, List<List<String>> tags) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, words, tags);
        }
    }

    public static void write(Writer w, List<List<String>> words, List<List<String>> tags) throws IOException {
        if (words.size() != tags.size()) throw new IllegalArgumentException("sentence counts differ");
        for (int s = 0; s < words.size(); s++) {
            List<String> ws = words.get(s), ts = tags.get(s);
            if (ws.size() != ts.size()) throw new IllegalArgumentException("sentence " + s + ": word and tag counts differ");
            for (int i = 0; i < ws.size(); i++) {
                w.write(ws.get(i));
                w.write(' ');
                w.write(ts.get(i));
                w.write('\n');
            }
            w.write('\n');
        }
    }

    /** Writes gold sentences as {@code WORD TAG}. */
    public static void writeSentences(Path file, List<Sentence> sentences) throws IOException {
        List<List<String>> ws = new ArrayList<>(), ts = new ArrayList<>();
        for (Sentence s : sentences) {
            ws.add(s.words());
            ts.add(s.tagged() ? s.tags() : Collections.nCopies(s.size(), "O"));
        }
        write(file, ws, ts);
    }
}
