package org.rawabit.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from paths: text files, folders (recursively), CSV and JSONL containers. Streams
 * containers record by record so that a large file never sits in memory whole. Every problem is
 * reported to the sink with the input it concerns; reading goes on with the next input.
 */
public final class ArticleReader {
    /**
     * Largest text file read: a text file is one article, and an article holds at most {@link
     * ArticleCleaner#MAX_ARTICLE_CHARS} characters (at most 4 bytes each in UTF-8, 2 in UTF-16, and
     * far less in practice). Larger files are refused before they are read.
     */
    public static final long MAX_TEXT_FILE_BYTES = 1024L * 1024;

    /**
     * Longest JSONL line, and longest CSV record, read into memory: room for an article of {@link
     * ArticleCleaner#MAX_ARTICLE_CHARS} characters even when JSON escapes every one of them
     * ({@code \u0627} is six characters). A longer JSONL line is skipped without being held in
     * memory; a longer CSV record stops that file (a CSV cannot be resynchronised safely).
     */
    public static final int MAX_RECORD_CHARS = 6 * ArticleCleaner.MAX_ARTICLE_CHARS + 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "title", "date", "source", "url", "text");

    public void read(List<Path> paths, ArticleSink sink) {
        java.util.Set<Path> foldersRead = new java.util.HashSet<>();
        for (Path p : paths) readPath(p, sink, foldersRead);
    }

    private void readPath(Path path, ArticleSink sink, java.util.Set<Path> foldersRead) {
        String name = path.toString();
        if (!Files.exists(path)) {
            sink.problem(new InputProblem(name, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                sink.problem(new InputProblem(name, "directory is not readable (permission denied)"));
                return;
            }
            // A folder is walked once, by its real path: a symbolic link back to a folder being
            // walked (a loop) or already walked is reported once and not followed.
            try {
                Path real = path.toRealPath();
                if (!foldersRead.add(real)) {
                    sink.problem(new InputProblem(name, Files.isSymbolicLink(path)
                            ? "symbolic link to a folder already read (" + real + "), a loop or a duplicate: not followed"
                            : "folder already read"));
                    return;
                }
            } catch (IOException e) {
                sink.problem(new InputProblem(name, "cannot resolve the folder: " + reason(e)));
                return;
            }
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> Files.isDirectory(p) || isArticleFile(p))
                        .sorted()
                        .forEach(p -> readPath(p, sink, foldersRead));
            } catch (IOException | UncheckedIOException e) {
                sink.problem(new InputProblem(name, "cannot list directory: " + reason(e)));
            }
        } else if (!Files.isRegularFile(path)) {
            // A device (/dev/zero), a named pipe or a socket may never end or block forever.
            sink.problem(new InputProblem(name, "not a regular file (a device, named pipe or socket): save the text to a file"));
        } else if (!Files.isReadable(path)) {
            sink.problem(new InputProblem(name, "file is not readable (permission denied)"));
        } else {
            String ext = extension(path);
            try {
                switch (ext) {
                    case "csv" -> readCsv(path, sink);
                    case "jsonl", "ndjson" -> readJsonl(path, sink);
                    default -> readText(path, sink);
                }
            } catch (InputProblem e) {
                sink.problem(e);
            } catch (IOException | UncheckedIOException e) {
                sink.problem(new InputProblem(name, reason(e)));
            }
        }
    }

    /** Files picked up when walking a folder: text, CSV and JSONL; other files are left alone. */
    static boolean isArticleFile(Path p) {
        return isArticleFileName(p.getFileName().toString());
    }

    /** The same test on a file name, for files that are not on the local file system. */
    public static boolean isArticleFileName(String name) {
        if (name.startsWith(".")) return false;
        return switch (extension(name)) {
            case "txt", "text", "csv", "jsonl", "ndjson" -> true;
            default -> false;
        };
    }

    private static String extension(Path p) {
        return extension(p.getFileName().toString());
    }

    private static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void readText(Path path, ArticleSink sink) throws IOException, InputProblem {
        String name = path.toString();
        long size = Files.size(path);
        if (size > MAX_TEXT_FILE_BYTES) {
            throw new InputProblem(name, "file is " + megabytes(size) + "; a text file holds one article, of at most "
                    + String.format(Locale.ROOT, "%,d", ArticleCleaner.MAX_ARTICLE_CHARS) + " characters ("
                    + megabytes(MAX_TEXT_FILE_BYTES) + " at most): split it into articles, e.g. one JSON object per line in a .jsonl file");
        }
        String text = TextDecoder.decode(Files.readAllBytes(path), name);
        String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        sink.article(new RawArticle(stem, name, "", "", "", "", text));
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private void readCsv(Path path, ArticleSink sink) throws IOException {
        String name = path.toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setMaxRows(0).get();
        try (RecordGuard r = new RecordGuard(strictUtf8(path), MAX_RECORD_CHARS);
                CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("text")) {
                sink.problem(new InputProblem(name, "CSV header must name a 'text' column (expected columns: "
                        + String.join(",", FIELDS) + "); found: " + (header == null ? "none" : header.keySet())));
                return;
            }
            try {
                for (CSVRecord rec : parser) {
                    r.recordDone();
                    String where = name + ":" + rec.getRecordNumber();
                    if (!rec.isConsistent()) {
                        sink.problem(new InputProblem(where, "row has " + rec.size() + " fields, header has " + header.size()));
                        continue;
                    }
                    sink.article(new RawArticle(field(rec, "id"), where, field(rec, "title"), field(rec, "date"),
                            field(rec, "source"), field(rec, "url"), field(rec, "text")));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                String why = reason(e);
                if (why.contains("EOF reached before encapsulated token finished")) {
                    why = "a quoted field never ends: unbalanced quote";
                }
                sink.problem(new InputProblem(name, "malformed CSV after record " + parser.getRecordNumber()
                        + " (" + why + "); the rest of this file was skipped"));
            }
        }
    }

    private static String field(CSVRecord rec, String column) {
        return rec.isMapped(column) ? rec.get(column).strip() : "";
    }

    private void readJsonl(Path path, ArticleSink sink) throws IOException {
        String name = path.toString();
        try (Reader r = strictUtf8(path)) {
            BoundedLineReader lines = new BoundedLineReader(r, MAX_RECORD_CHARS);
            String line;
            long n = 0;
            while (true) {
                BoundedLineReader.Status status;
                try {
                    status = lines.next();
                } catch (IOException e) {
                    sink.problem(new InputProblem(name + ":" + (n + 1), reason(e) + "; the rest of this file was skipped"));
                    return;
                }
                if (status == BoundedLineReader.Status.END) break;
                n++;
                if (status == BoundedLineReader.Status.TOO_LONG) {
                    sink.problem(new InputProblem(name + ":" + n, "line is " + String.format(Locale.ROOT, "%,d", lines.skippedChars())
                            + " characters, more than the " + String.format(Locale.ROOT, "%,d", MAX_RECORD_CHARS)
                            + " a JSONL line may hold (an article holds at most " + String.format(Locale.ROOT, "%,d", ArticleCleaner.MAX_ARTICLE_CHARS)
                            + " characters); skipped"));
                    continue;
                }
                line = lines.line();
                if (line.isBlank()) continue;
                String where = name + ":" + n;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    sink.problem(new InputProblem(where, "not a JSON object: " + e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    sink.problem(new InputProblem(where, "not a JSON object"));
                    continue;
                }
                if (!node.hasNonNull("text")) {
                    sink.problem(new InputProblem(where, "missing \"text\" field"));
                    continue;
                }
                String wrongType = wrongFieldType(node);
                if (wrongType != null) {
                    sink.problem(new InputProblem(where, wrongType));
                    continue;
                }
                sink.article(new RawArticle(str(node, "id"), where, str(node, "title"), str(node, "date"),
                        str(node, "source"), str(node, "url"), str(node, "text")));
            }
        }
    }

    /**
     * Why a record's fields cannot be read as text, or null: {@code text} must be a string; the
     * other fields a string, or a number or boolean taken as written (an id of 42 is "42").
     */
    private static String wrongFieldType(JsonNode node) {
        for (String field : FIELDS) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || v.isTextual()) continue;
            if (v.isValueNode() && !field.equals("text")) continue;
            return "field \"" + field + "\" is " + kind(v) + ", expected a string";
        }
        return null;
    }

    private static String kind(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isObject()) return "an object";
        if (v.isArray()) return "an array";
        return "not a string";
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText().strip();
    }

    private static Reader strictUtf8(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, d);
    }

    /**
     * Counts the characters a CSV parser reads since the last record it returned, and stops it with
     * an error when one record grows past the limit (a huge field, or an unbalanced quote that
     * swallows the rest of the file), so that a CSV never fills the memory.
     */
    private static final class RecordGuard extends java.io.FilterReader {
        private final long max;
        private long sinceRecord;

        RecordGuard(Reader in, long max) {
            super(in);
            this.max = max;
        }

        void recordDone() {
            sinceRecord = 0;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (sinceRecord += n) > max + (1 << 16)) { // the parser reads ahead by a buffer
                throw new IOException("a record is longer than " + String.format(Locale.ROOT, "%,d", max)
                        + " characters (a huge field, or an unbalanced quote)");
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count(1);
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return count(super.read(cbuf, off, len));
        }
    }

    static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) return "no such file";
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof java.nio.charset.MalformedInputException) return "invalid UTF-8";
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
