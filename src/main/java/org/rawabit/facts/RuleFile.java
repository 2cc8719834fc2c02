package org.rawabit.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.kb.Lexicon;
import org.rawabit.text.ArabicNormaliser;

/**
 * The data of one relation's rules ({@code ontology/rules/NAME.rules}): cue words in ordinary Arabic
 * spelling, folded when loaded so they match the folded sentence, the rules with the confidence and
 * the properties (slots) each may fill. One line per entry, {@code #} starts a comment:
 *
 * <pre>
 * rule  facts.meeting 0.75: rw:met schema:attendee   a rule, its confidence and the slots it fills
 * cue   meet: التقى | استقبل | @meeting-verbs        whole words, each may carry و or ف; @file adds a lexicon list
 * word  votes: صوت | أصوات                           whole words, no proclitic
 * pattern members: (?:تضم|يضم)\s*$                   a regular expression (its Arabic folded)
 * words titles: السيد | @person-titles              a set of folded words
 * number max-distance: 80
 * map   counts: دولة = rw:participatingCountryCount   folded key, value (a prefixed name is expanded, other values kept as written)
 * label meeting: لقاء {0} و{1}                        a node label, {0}, {1}… filled in as written
 * </pre>
 *
 * A malformed line fails the load with the file and line number.
 */
public final class RuleFile {
    private final String name;
    private final String content;
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Double> confidence = new HashMap<>();
    private final Map<String, Set<String>> slots = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Map<String, String>> maps = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private RuleFile(String name, String content) {
        this.name = name;
        this.content = content;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            try {
                parse(line);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rules/" + name + ".rules line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The bundled rule file {@code ontology/rules/NAME.rules}. */
    public static RuleFile load(String name) {
        String path = "ontology/rules/" + name + ".rules";
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing bundled rule file " + path);
            return new RuleFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file from text (tests). */
    public static RuleFile parse(String name, String content) {
        return new RuleFile(name, content);
    }

    public String name() {
        return name;
    }

    /** The file as written: part of the pipeline's fingerprint. */
    public String content() {
        return content;
    }

    private void parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("expected 'KIND NAME: VALUE'");
        String[] head = line.substring(0, colon).strip().split("\\s+");
        String value = line.substring(colon + 1).strip();
        if (head.length < 2) throw new IllegalArgumentException("expected 'KIND NAME: VALUE'");
        String key = head[1];
        switch (head[0]) {
            case "rule" -> {
                if (head.length != 3) throw new IllegalArgumentException("expected 'rule NAME CONFIDENCE: SLOTS'");
                double c = Double.parseDouble(head[2]);
                if (c < 0 || c > 1) throw new IllegalArgumentException("confidence out of [0,1]");
                confidence.put(key, c);
                Set<String> s = new LinkedHashSet<>();
                for (String slot : value.split("\\s+")) if (!slot.isEmpty()) s.add(expand(slot));
                slots.put(key, s);
            }
            case "cue" -> put(patterns, key, Pattern.compile("(?<![\\p{IsArabic}])(?:و|ف)?(" + alternation(value) + ")(?![\\p{IsArabic}])"));
            case "word" -> put(patterns, key, Pattern.compile("(?<![\\p{IsArabic}])(" + alternation(value) + ")(?![\\p{IsArabic}])"));
            case "pattern" -> {
                try {
                    put(patterns, key, Pattern.compile(fold(value)));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("bad pattern: " + e.getDescription());
                }
            }
            case "words" -> put(words, key, Set.copyOf(entries(value)));
            case "number" -> put(numbers, key, Integer.parseInt(value));
            case "label" -> put(labels, key, value);
            case "map" -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (String pair : value.split("\\|")) {
                    String[] kv = pair.split("=");
                    if (kv.length != 2) throw new IllegalArgumentException("expected 'KEY = VALUE' in " + pair.strip());
                    String v = kv[1].strip();
                    m.put(fold(kv[0].strip()), isPrefixedName(v) ? expand(v) : v);
                }
                put(maps, key, Map.copyOf(m));
            }
            default -> throw new IllegalArgumentException("unknown kind '" + head[0] + "'");
        }
    }

    private static <V> void put(Map<String, V> into, String key, V value) {
        if (into.putIfAbsent(key, value) != null) throw new IllegalArgumentException("'" + key + "' is defined twice");
    }

    /** Folded entries of a "w | w | @lexicon-file" list, in order, without repeats. */
    private static List<String> entries(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String item : value.split("\\|")) {
            String w = item.strip();
            if (w.isEmpty()) continue;
            if (w.startsWith("@")) {
                for (String l : Lexicon.lines(w.substring(1) + ".txt")) out.add(fold(l));
            } else {
                out.add(fold(w));
            }
        }
        return new ArrayList<>(out);
    }

    /** The entries as a regex alternation, longest first (so "استقبلت" is tried before "استقبل"). */
    private static String alternation(String value) {
        List<String> sorted = entries(value);
        if (sorted.isEmpty()) throw new IllegalArgumentException("no words");
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String w : sorted) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return alt.toString();
    }

    /** "rw:ministerCount" is a property; a value without a known prefix ("المديرية العامة") is kept as written. */
    private static boolean isPrefixedName(String v) {
        int c = v.indexOf(':');
        return c > 0 && v.substring(0, c).matches("[a-z]+");
    }

    private static String expand(String prefixed) {
        int c = prefixed.indexOf(':');
        String ns = c < 0 ? null : Vocab.PREFIXES.get(prefixed.substring(0, c));
        if (ns == null) throw new IllegalArgumentException("unknown prefix in '" + prefixed + "'");
        return ns + prefixed.substring(c + 1);
    }

    /** Folds the Arabic letters of {@code s} as the text is folded for matching; other characters (regex syntax) stay. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            boolean arabic = block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B || c == '\u200c' || c == '\u200d';
            char f = arabic ? ArabicNormaliser.fold(c) : c;
            if (f != 0) b.append(f);
        }
        return b.toString();
    }

    public Pattern pattern(String key) {
        return require(patterns, key);
    }

    public Set<String> words(String key) {
        return require(words, key);
    }

    public int number(String key) {
        return require(numbers, key);
    }

    public Map<String, String> map(String key) {
        return require(maps, key);
    }

    /** The label {@code key} with {0}, {1}… replaced by {@code parts}. */
    public String label(String key, String... parts) {
        String out = require(labels, key);
        for (int i = 0; i < parts.length; i++) out = out.replace("{" + i + "}", parts[i]);
        return out;
    }

    public double confidence(String rule) {
        return require(confidence, rule);
    }

    /**
     * A fact found by {@code rule} with the confidence its file gives; the rule must declare
     * {@code predicate} among its slots.
     */
    public Fact fact(String rule, String subject, String predicate, Fact.Value object, int sentence, int begin, int end) {
        if (!require(slots, rule).contains(predicate)) {
            throw new IllegalStateException("rule " + rule + " in rules/" + name + ".rules does not declare the slot " + predicate);
        }
        return new Fact(subject, predicate, object, sentence, begin, end, rule, confidence(rule));
    }

    private <V> V require(Map<String, V> from, String key) {
        V v = from.get(key);
        if (v == null) throw new IllegalStateException("rules/" + name + ".rules has no '" + key + "'");
        return v;
    }
}
