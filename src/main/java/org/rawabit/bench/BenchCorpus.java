package org.rawabit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.rawabit.read.RawArticle;
import org.rawabit.read.TextDecoder;

/**
 * The articles a benchmark runs on: the sample articles in {@code seeds/} repeated, or articles
 * composed from the sentences of an ANERcorp CoNLL file (one token and its tag per line, a blank
 * line between sentences). Composition is deterministic for a given seed, so runs compare.
 */
public final class BenchCorpus {
    private final String description;
    private final List<RawArticle> articles;

    private BenchCorpus(String description, List<RawArticle> articles) {
        this.description = description;
        this.articles = List.copyOf(articles);
    }

    public String description() {
        return description;
    }

    public List<RawArticle> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    public long chars() {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }

    /** The first {@code n} articles. */
    public BenchCorpus first(int n) {
        return new BenchCorpus(description, articles.subList(0, Math.min(n, articles.size())));
    }

    /** The {@code .txt} articles of {@code dir}, repeated (in order, cycling) to {@code n} documents with distinct ids. */
    public static BenchCorpus seeds(Path dir, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException("no .txt articles in " + dir);
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(TextDecoder.decode(Files.readAllBytes(f), f.toString()));
            } catch (org.rawabit.read.InputProblem e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "bench-%06d", i);
            out.add(new RawArticle(id, id, "", "", "", "", texts.get(i % texts.size())));
        }
        return new BenchCorpus(dir + " (" + files.size() + " articles) repeated to " + n + " documents", out);
    }

    /**
     * {@code n} articles of 6 to 10 sentences of the CoNLL file (paragraphs of two or three
     * sentences), the sentences drawn at random with a fixed seed.
     */
    public static BenchCorpus anercorp(Path conll, int n, long seed) throws IOException {
        List<String> sentences = sentences(conll);
        if (sentences.size() < 10) throw new IOException(conll + " holds " + sentences.size() + " sentences; at least 10 are needed");
        Random rnd = new Random(seed);
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int count = 6 + rnd.nextInt(5);
            StringBuilder text = new StringBuilder();
            int start = rnd.nextInt(sentences.size());
            for (int k = 0; k < count; k++) {
                if (k > 0) text.append(k % 3 == 0 ? "\n\n" : " ");
                text.append(sentences.get((start + k) % sentences.size())); // consecutive sentences read like a story
            }
            String id = String.format(Locale.ROOT, "anercorp-%06d", i);
            out.add(new RawArticle(id, id, "", "", "", "", text.toString()));
        }
        return new BenchCorpus("articles of 6-10 consecutive sentences of " + conll.getFileName() + " (" + sentences.size()
                + " sentences), " + n + " documents", out);
    }

    static List<String> sentences(Path conll) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty()) {
                    if (s.length() > 0) out.add(s.toString());
                    s.setLength(0);
                    continue;
                }
                int sp = t.lastIndexOf(' ');
                String word = sp > 0 ? t.substring(0, sp) : t;
                if (s.length() > 0) s.append(' ');
                s.append(word);
            }
        }
        if (s.length() > 0) out.add(s.toString());
        return out;
    }

    /** Writes the articles as JSONL (id, text), the streaming input {@code ingest} reads. */
    public Path writeJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (RawArticle a : articles) {
                ObjectNode o = json.createObjectNode();
                o.put("id", a.id());
                o.put("text", a.text());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        }
        return file;
    }
}
