package org.rawabit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the bundled word lists of {@code ontology/lexicon/}: plain UTF-8, one entry per line, {@code #}
 * starts a comment. Words are written in ordinary spelling and folded here, when loaded, so the code
 * compares them with folded text.
 */
public final class WordLists {
    private WordLists() {}

    /** The entries of a bundled list ({@code "speech-verbs.txt"}) as written, without comments and blank lines. */
    public static List<String> lines(String file) {
        String path = "ontology/lexicon/" + file;
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing bundled lexicon " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file of word classes, "name&lt;TAB&gt;word | word | …" per line, as folded words per class name
     * (in file order). A class named twice is an error, so a typo cannot silently replace a class.
     */
    public static Map<String, List<String>> classes(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = line.split("\t+", 2);
            if (kv.length != 2) throw new IllegalStateException(file + ": expected 'name<TAB>word | word …', got: " + line);
            List<String> words = java.util.Arrays.stream(kv[1].split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                    .map(ArabicNormaliser::normalise).toList();
            if (out.put(kv[0].strip(), words) != null) throw new IllegalStateException(file + ": class " + kv[0] + " given twice");
        }
        return out;
    }

    /** The folded words of one class as a regex alternation, longest first (so "ما بين" wins over "بين"). */
    public static String alternation(Map<String, List<String>> classes, String name) {
        List<String> words = classes.get(name);
        if (words == null || words.isEmpty()) throw new IllegalStateException("no word class '" + name + "'");
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /**
     * A file of named regular expressions, "name&lt;TAB&gt;regex" per line (a name may repeat), compiled
     * case-insensitively after folding their Arabic letters only (so {@code \\S} or {@code \\W} keep
     * their meaning).
     */
    public static Map<String, List<Pattern>> patterns(String file) {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = line.split("\t+", 2);
            if (kv.length != 2) throw new IllegalStateException(file + ": expected 'name<TAB>regex', got: " + line);
            try {
                Pattern p = Pattern.compile(foldArabicLetters(kv[1].strip()), Pattern.CASE_INSENSITIVE);
                out.computeIfAbsent(kv[0].strip(), k -> new java.util.ArrayList<>()).add(p);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException(file + ": bad pattern '" + kv[0].strip() + "': " + e.getDescription(), e);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The one pattern of {@code name}; fails loudly when the file does not give exactly one. */
    public static Pattern single(Map<String, List<Pattern>> patterns, String name) {
        List<Pattern> p = patterns.get(name);
        if (p == null || p.size() != 1) throw new IllegalStateException("expected one pattern '" + name + "', found " + (p == null ? 0 : p.size()));
        return p.get(0);
    }

    private static String foldArabicLetters(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            b.append(Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC ? ArabicNormaliser.normalise(String.valueOf(c)) : String.valueOf(c));
        }
        return b.toString();
    }
}
