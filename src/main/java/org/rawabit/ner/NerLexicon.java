package org.rawabit.ner;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-level resources the model's features look up: word clusters (learned from unlabelled text at
 * training time), an optional gazetteer of known names (from the knowledge-base CSVs present at
 * training time) and built-in trigger words. Stored inside the model file so that tagging sees
 * exactly what training saw.
 */
final class NerLexicon implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Cluster ids per granularity: key → id, one map per clustering run. */
    final List<Map<String, Integer>> clusters;
    /** Gazetteer: name as space-separated stem keys → type label (PERS, LOC, ORG, MISC). */
    final Map<String, String> gazetteer;
    /** Longest gazetteer name in words. */
    final int gazetteerMaxWords;
    /** Entity names seen in the training data: stem keys → most frequent type. */
    final Map<String, String> names;
    final int namesMaxWords;
    /** Stem → types it occurs inside in the training data, with how reliably ("PERS:hi", "ORG:lo"). */
    final Map<String, List<String>> wordTypes;

    NerLexicon(List<Map<String, Integer>> clusters, Map<String, String> gazetteer) {
        this(clusters, gazetteer, Map.of(), Map.of());
    }

    /**
     * Word classes from the project's lexicons, not from the training text ("lists" group): class
     * ("gn" given name, "ti" title or post, "oh" organisation head) → name as space-separated stem
     * keys → class. Null in models trained before the group existed.
     */
    Map<String, Map<String, String>> wordLists;

    /** Longest entry of each list of {@link #wordLists}, in words. */
    Map<String, Integer> wordListsMaxWords;

    NerLexicon withWordLists(Map<String, Map<String, String>> lists) {
        this.wordLists = new java.util.LinkedHashMap<>();
        this.wordListsMaxWords = new HashMap<>();
        lists.forEach((k, v) -> {
            wordLists.put(k, new HashMap<>(v));
            wordListsMaxWords.put(k, maxWords(v));
        });
        return this;
    }

    /** The lexicon lists of the "lists" group: given names, titles and posts, organisation heads. */
    static Map<String, Map<String, String>> lexiconWordLists() {
        Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
        out.put("gn", keys("gn", "given-names.txt", "ner-given-names.txt"));
        out.put("ti", keys("ti", "person-titles.txt", "post-heads.txt"));
        out.put("oh", keys("oh", "org-heads.txt", "company-heads.txt", "club-affixes.txt"));
        return out;
    }

    private static Map<String, String> keys(String cls, String... files) {
        Map<String, String> m = new HashMap<>();
        for (String f : files) {
            for (String line : org.rawabit.text.WordLists.lines(f)) {
                String k = NerTrainer.gazetteerKey(line);
                if (!k.isEmpty()) m.put(k, cls);
            }
        }
        return m;
    }

    /**
     * Common Arabic words of an independent dictionary ("common" group, {@code common-words.txt}, built
     * from hunspell-ar by scripts/build-common-words.sh), as folded article-free keys. Null in models
     * trained before the group existed.
     */
    java.util.Set<String> commonWords;

    NerLexicon withCommonWords(java.util.Set<String> words) {
        this.commonWords = words;
        return this;
    }

    /** The bundled list of common words ({@code ontology/lexicon/common-words.txt}) as keys. */
    static java.util.Set<String> lexiconCommonWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : org.rawabit.text.WordLists.lines("common-words.txt")) {
            String k = NerTrainer.gazetteerKey(line);
            if (!k.isEmpty() && k.indexOf(' ') < 0) out.add(k);
        }
        return out;
    }

    /** Suffixes the common-word lookup strips when the whole stem is not listed (folded: ة is ه). */
    private static final String[] COMMON_SUFFIXES = {"يون", "يين", "يه", "ات", "ون", "ين", "ان", "ه", "ي"};

    /**
     * Class of a clitic-free stem in the common-word list: "1" listed as it is, "2" listed once a
     * plural, feminine or relative suffix is stripped (داخليه → داخل), null otherwise.
     */
    String commonClass(String bareStem) {
        if (commonWords == null || bareStem.length() < 2) return null;
        if (commonWords.contains(bareStem)) return "1";
        for (String sfx : COMMON_SUFFIXES) {
            if (bareStem.length() - sfx.length() >= 3 && bareStem.endsWith(sfx)
                    && commonWords.contains(bareStem.substring(0, bareStem.length() - sfx.length()))) return "2";
        }
        return null;
    }

    /** Most frequent POS tag of each word form in the training data of CoreNLP's Arabic tagger (the Arabic Treebank). */
    Map<String, String> tagDictionary = Map.of();

    NerLexicon withTagDictionary(Map<String, String> dict) {
        this.tagDictionary = new HashMap<>(dict);
        return this;
    }

    NerLexicon(List<Map<String, Integer>> clusters, Map<String, String> gazetteer, Map<String, String> names,
            Map<String, List<String>> wordTypes) {
        this.clusters = List.copyOf(clusters);
        this.gazetteer = new HashMap<>(gazetteer);
        this.gazetteerMaxWords = maxWords(gazetteer);
        this.names = new HashMap<>(names);
        this.namesMaxWords = maxWords(names);
        this.wordTypes = new HashMap<>(wordTypes);
    }

    private static int maxWords(Map<String, String> m) {
        int max = 0;
        for (String k : m.keySet()) max = Math.max(max, k.split(" ").length);
        return max;
    }

    static NerLexicon empty() {
        return new NerLexicon(List.of(), Map.of());
    }

    /**
     * Entity names and per-word type evidence from tagged sentences (given as article-free stems
     * and IOB2 tags).
     */
    static NerLexicon withTrainingNames(List<Map<String, Integer>> clusters, Map<String, String> gazetteer,
            List<List<String>> stems, List<List<String>> tags) {
        Map<String, Map<String, Integer>> nameTypes = new HashMap<>();
        Map<String, Map<String, Integer>> inside = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (int s = 0; s < stems.size(); s++) {
            List<String> st = stems.get(s);
            for (String w : st) total.merge(w, 1, Integer::sum);
            for (NerEvaluation.Span sp : NerEvaluation.spans(tags.get(s))) {
                StringBuilder k = new StringBuilder();
                for (int i = sp.start(); i < sp.end(); i++) {
                    if (i > sp.start()) k.append(' ');
                    k.append(st.get(i));
                    inside.computeIfAbsent(st.get(i), x -> new HashMap<>()).merge(sp.type(), 1, Integer::sum);
                }
                nameTypes.computeIfAbsent(k.toString(), x -> new HashMap<>()).merge(sp.type(), 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        nameTypes.forEach((k, m) -> names.put(k, argmax(m)));
        Map<String, List<String>> wordTypes = new HashMap<>();
        inside.forEach((w, m) -> {
            List<String> l = new java.util.ArrayList<>();
            int n = total.getOrDefault(w, 1);
            new java.util.TreeMap<>(m).forEach((type, c) -> l.add(type + (2 * c >= n ? ":hi" : ":lo")));
            wordTypes.put(w, List.copyOf(l));
        });
        return new NerLexicon(clusters, gazetteer, names, wordTypes);
    }

    private static String argmax(Map<String, Integer> m) {
        String best = null;
        int bc = -1;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(m).entrySet()) {
            if (e.getValue() > bc) {
                best = e.getKey();
                bc = e.getValue();
            }
        }
        return best;
    }

    // ---- trigger words (normalised, article-free stems) --------------------------------------

    private static final Map<String, String> TRIGGERS = new HashMap<>();

    static {
        // "ner-triggers.tsv": class <TAB> words; a word in two classes keeps the later one, as the file orders them
        for (Map.Entry<String, java.util.List<String>> c : org.rawabit.text.WordLists.classes("ner-triggers.tsv").entrySet()) {
            for (String w : c.getValue()) TRIGGERS.put(WordFeatures.bare(w), c.getKey());
        }
    }

    static String trigger(String bareStem) {
        return TRIGGERS.get(bareStem);
    }
}
