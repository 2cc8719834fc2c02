package org.rawabit.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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
    /** Largest single text file read whole (containers stream and have no such limit). */
    public static final long MAX_TEXT_FILE_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "title", "date", "source", "url", "text");

    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) readPath(p, sink);
    }

    private void readPath(Path path, ArticleSink sink) {
        String name = path.toString();
        if (!Files.exists(path)) {
            sink.problem(new InputProblem(name, "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                sink.problem(new InputProblem(name, "directory is not readable (permission denied)"));
                return;
            }
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> Files.isDirectory(p) || isArticleFile(p))
                        .sorted()
                        .forEach(p -> readPath(p, sink));
            } catch (IOException | UncheckedIOException e) {
                sink.problem(new InputProblem(name, "cannot list directory: " + reason(e)));
            }
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
        return switch (extension(p)) {
            case "txt", "text", "csv", "jsonl", "ndjson" -> true;
            default -> false;
        };
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void readText(Path path, ArticleSink sink) throws IOException, InputProblem {
        String name = path.toString();
        long size = Files.size(path);
        if (size > MAX_TEXT_FILE_BYTES) {
            throw new InputProblem(name, "file is " + size / (1024 * 1024) + " MB; single text files are limited to "
                    + MAX_TEXT_FILE_BYTES / (1024 * 1024) + " MB (use JSONL for large collections)");
        }
        String text = TextDecoder.decode(Files.readAllBytes(path), name);
        String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        sink.article(new RawArticle(stem, name, "", "", "", "", text));
    }

    private void readCsv(Path path, ArticleSink sink) throws IOException {
        String name = path.toString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setMaxRows(0).get();
        try (Reader r = strictUtf8(path); CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || !header.containsKey("text")) {
                sink.problem(new InputProblem(name, "CSV header must name a 'text' column (expected columns: "
                        + String.join(",", FIELDS) + "); found: " + (header == null ? "none" : header.keySet())));
                return;
            }
            try {
                for (CSVRecord rec : parser) {
                    String where = name + ":" + rec.getRecordNumber();
                    if (!rec.isConsistent()) {
                        sink.problem(new InputProblem(where, "row has " + rec.size() + " fields, header has " + header.size()));
                        continue;
                    }
                    sink.article(new RawArticle(field(rec, "id"), where, field(rec, "title"), field(rec, "date"),
                            field(rec, "source"), field(rec, "url"), field(rec, "text")));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                sink.problem(new InputProblem(name, "malformed CSV after record " + parser.getRecordNumber()
                        + " (" + reason(e) + "); the rest of this file was skipped"));
            }
        }
    }

    private static String field(CSVRecord rec, String column) {
        return rec.isMapped(column) ? rec.get(column).strip() : "";
    }

    private void readJsonl(Path path, ArticleSink sink) throws IOException {
        String name = path.toString();
        try (BufferedReader r = new BufferedReader(strictUtf8(path), 1 << 16)) {
            String line;
            long n = 0;
            while (true) {
                try {
                    line = r.readLine();
                } catch (IOException e) {
                    sink.problem(new InputProblem(name + ":" + (n + 1), reason(e) + "; the rest of this file was skipped"));
                    return;
                }
                if (line == null) break;
                n++;
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
                sink.article(new RawArticle(str(node, "id"), where, str(node, "title"), str(node, "date"),
                        str(node, "source"), str(node, "url"), str(node, "text")));
            }
        }
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

    static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) return "no such file";
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof java.nio.charset.MalformedInputException) return "invalid UTF-8";
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
