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
     * case-insensitively with their Arabic letters folded (so they match folded text whatever the
     * spelling they are written in), by name in file order.
     */
    public static Map<String, List<Pattern>> patterns(String file) {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = line.split("\t", 2);
            if (kv.length != 2) throw new IllegalStateException(file + ": expected 'name<TAB>regex', got: " + line);
            out.computeIfAbsent(kv[0].strip(), k -> new java.util.ArrayList<>())
                    .add(Pattern.compile(foldArabic(kv[1].strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** {@code regex} with its Arabic letters folded and everything else (escapes, classes) as written. */
    private static String foldArabic(String regex) {
        StringBuilder b = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            b.append(c >= '\u0600' && c <= '\u06FF' ? ArabicNormaliser.normalise(String.valueOf(c)) : String.valueOf(c));
        }
        return b.toString();
    }
}
