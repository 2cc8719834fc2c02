package org.rawabit.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rawabit.text.ArabicNormaliser;

/**
 * Turns the segmented words of one sentence into CoreLabels carrying the feature atoms that
 * {@link ArabicFeatureFactory} expands. Feature groups can be switched off by name for experiments.
 */
final class WordFeatures {
    private WordFeatures() {}

    /** Feature groups, in the order they were added during development. */
    static final List<String> ALL_GROUPS = List.of("stem", "stempair", "clitic", "pos", "affix", "shape", "cluster", "gaz", "trigger", "names", "context", "dict", "lists", "common");

    /**
     * Groups of the shipped recipe: "dict" (the tagger lexicon) did not measurably help. "gaz" is the
     * bundled knowledge base as a gazetteer and "lists" the lexicons' given names, titles and
     * organisation heads: together they help on the held-out fifths least like the rest (models/ner/README.md).
     */
    static final List<String> DEFAULT_GROUPS = List.of("stem", "stempair", "clitic", "pos", "affix", "shape", "cluster", "gaz",
            "trigger", "names", "context", "lists");

    /** Sentences before and after a sentence whose words count as its context. */
    static final int CONTEXT_SENTENCES = 25;

    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س");

    /** What the segmenter tells about one whitespace word. */
    record Analysis(String norm, String stem, String bare, String proclitics, boolean article, String enclitics, String pos) {}

    /** Article-free form of a normalised word or stem ("المغرب" → "مغرب"); short words are kept. */
    static String bare(String norm) {
        if (norm.startsWith("ال") && norm.length() >= 4) return norm.substring(2);
        return norm;
    }

    /** Number of leading segments of {@code segs} that are proclitics (و ف ب ل ك س), leaving at least one. */
    static int procliticCount(List<String> forms) {
        int i = 0;
        while (i < forms.size() - 1 && PROCLITICS.contains(forms.get(i))) i++;
        return i;
    }

    static List<String> formsOf(List<WordSegmenter.Segment> segs) {
        List<String> f = new ArrayList<>(segs.size());
        for (WordSegmenter.Segment s : segs) f.add(s.form());
        return f;
    }

    static Analysis analyse(String word, List<WordSegmenter.Segment> segs) {
        String norm = ArabicNormaliser.normalise(word);
        if (norm.isEmpty()) norm = word;
        List<String> forms = new ArrayList<>(segs.size());
        for (WordSegmenter.Segment s : segs) forms.add(s.form());
        int p = procliticCount(forms);
        StringBuilder procl = new StringBuilder();
        for (int i = 0; i < p; i++) procl.append(forms.get(i));
        WordSegmenter.Segment stemSeg = segs.get(p);
        String stem = ArabicNormaliser.normalise(stemSeg.form());
        if (stem.isEmpty()) stem = norm;
        String bare = bare(stem);
        boolean article = !bare.equals(stem);
        StringBuilder encl = new StringBuilder();
        for (int i = p + 1; i < segs.size(); i++) {
            if (encl.length() > 0) encl.append('+');
            encl.append(ArabicNormaliser.normalise(segs.get(i).form()));
        }
        return new Analysis(norm, stem, bare, procl.toString(), article, encl.toString(), stemSeg.pos());
    }

    /** Longest-first matches of {@code names} over the stems: "B-TYPE"/"I-TYPE" per matched word, else null. */
    static String[] match(List<String> stems, Map<String, String> names, int maxWords) {
        int n = stems.size();
        String[] out = new String[n];
        if (names.isEmpty()) return out;
        for (int i = 0; i < n; ) {
            int matched = 0;
            for (int len = Math.min(maxWords, n - i); len >= 1 && matched == 0; len--) {
                String type = names.get(String.join(" ", stems.subList(i, i + len)));
                if (type != null) {
                    matched = len;
                    for (int j = i; j < i + len; j++) out[j] = (j == i ? "B-" : "I-") + type;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /**
     * Matches of one lexicon list over a sentence: over the clitic-free stems, and for a single word
     * the segmenter split (a foreign name read as preposition + rest) also over the whole word.
     */
    static String[] listMatches(List<Analysis> as, List<String> bares, NerLexicon lex, String cls) {
        Map<String, String> list = lex.wordLists.get(cls);
        String[] m = match(bares, list, lex.wordListsMaxWords.getOrDefault(cls, 1));
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null && list.containsKey(bare(as.get(i).norm()))) m[i] = "B-" + cls;
        }
        return m;
    }

    static String shape(String w) {
        boolean ar = false, lat = false, dig = false, other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                if (c >= '\u0660' && c <= '\u0669') dig = true; else ar = true;
            } else if (Character.isDigit(c)) dig = true;
            else if (Character.isLetter(c)) lat = true;
            else other = true;
        }
        StringBuilder b = new StringBuilder();
        if (ar) b.append('a');
        if (lat) b.append('l');
        if (dig) b.append('d');
        if (other) b.append('p');
        return b.toString();
    }

    static List<CoreLabel> labels(List<String> words, List<List<WordSegmenter.Segment>> segs, NerLexicon lex, Set<String> groups) {
        return labels(words, segs, lex, groups, null);
    }

    /** What one sentence contributes to the context of its neighbours: stem → evidence atoms. */
    static Map<String, Set<String>> evidence(List<String> words, List<List<WordSegmenter.Segment>> segs, NerLexicon lex, Set<String> groups) {
        int n = words.size();
        List<Analysis> as = new ArrayList<>(n);
        List<String> bares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Analysis a = analyse(words.get(i), segs.get(i));
            as.add(a);
            bares.add(a.bare());
        }
        String[] names = groups.contains("names") ? match(bares, lex.names, lex.namesMaxWords) : new String[n];
        String[] given = groups.contains("lists") && lex.wordLists != null ? listMatches(as, bares, lex, "gn") : new String[n];
        Map<String, Set<String>> ev = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Analysis a = as.get(i);
            if (a.bare().length() < 2 || !Character.isLetter(a.bare().charAt(0))) continue;
            Set<String> e = ev.computeIfAbsent(a.bare(), k -> new java.util.HashSet<>(4));
            if (a.pos().contains("NNP")) e.add("x=NNP");
            if (i > 0) {
                String t = NerLexicon.trigger(as.get(i - 1).bare());
                if (t != null) e.add("x=after" + t);
            }
            if (names[i] != null) e.add("x=name" + names[i].substring(2));
            if (i > 0 && given[i - 1] != null && given[i] == null) e.add("x=afterGN");
            if (i + 1 < n && NerLexicon.trigger(as.get(i + 1).bare()) != null && "PPART".equals(NerLexicon.trigger(as.get(i + 1).bare()))) e.add("x=beforePPART");
        }
        return ev;
    }

    /** Merges the evidence of several sentences. */
    static Map<String, Set<String>> merge(List<Map<String, Set<String>>> parts) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (Map<String, Set<String>> p : parts) {
            p.forEach((k, v) -> out.computeIfAbsent(k, x -> new java.util.HashSet<>(4)).addAll(v));
        }
        return out;
    }

    /**
     * Context of each sentence: the merged evidence of the sentences within {@link #CONTEXT_SENTENCES}
     * of it (itself included).
     */
    static List<Map<String, Set<String>>> contexts(List<Map<String, Set<String>>> evidence) {
        List<Map<String, Set<String>>> out = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            int from = Math.max(0, i - CONTEXT_SENTENCES), to = Math.min(evidence.size(), i + CONTEXT_SENTENCES + 1);
            out.add(merge(evidence.subList(from, to)));
        }
        return out;
    }

    static List<CoreLabel> labels(List<String> words, List<List<WordSegmenter.Segment>> segs, NerLexicon lex, Set<String> groups,
            Map<String, Set<String>> context) {
        int n = words.size();
        List<Analysis> as = new ArrayList<>(n);
        for (int i = 0; i < n; i++) as.add(analyse(words.get(i), segs.get(i)));
        List<String> bares = new ArrayList<>(n);
        for (Analysis a : as) bares.add(a.bare());
        String[] gaz = groups.contains("gaz") ? match(bares, lex.gazetteer, lex.gazetteerMaxWords) : new String[n];
        String[] names = groups.contains("names") ? match(bares, lex.names, lex.namesMaxWords) : new String[n];
        Map<String, String[]> lists = new java.util.LinkedHashMap<>();
        if (groups.contains("lists") && lex.wordLists != null) {
            for (String cls : lex.wordLists.keySet()) lists.put(cls, listMatches(as, bares, lex, cls));
        }
        List<CoreLabel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Analysis a = as.get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(a.norm());
            l.setValue(a.norm());
            l.set(CoreAnnotations.OriginalTextAnnotation.class, words.get(i));
            List<String> local = new ArrayList<>(16), window = new ArrayList<>(8), trans = new ArrayList<>(4);
            if (groups.contains("stem")) {
                String s = (groups.contains("stempair") ? "s=" : "S=") + a.bare();
                window.add(s);
                local.add("sa=" + a.stem());
            }
            if (groups.contains("clitic")) {
                String k = "k=" + a.proclitics() + (a.article() ? "ال" : "") + (a.enclitics().isEmpty() ? "" : "+E");
                window.add(k);
                trans.add(k);
                if (!a.enclitics().isEmpty()) local.add("e=" + a.enclitics());
            }
            if (groups.contains("pos") && !a.pos().isEmpty()) {
                window.add("p=" + a.pos());
                trans.add("p=" + a.pos());
                if (i > 0 && !as.get(i - 1).pos().isEmpty()) local.add("pp=" + as.get(i - 1).pos() + "_" + a.pos());
                if (i + 1 < n && !as.get(i + 1).pos().isEmpty()) local.add("pn=" + a.pos() + "_" + as.get(i + 1).pos());
            }
            if (groups.contains("affix")) {
                String b = a.bare();
                for (int k = 1; k <= 4 && k < b.length(); k++) {
                    local.add("pf" + k + "=" + b.substring(0, k));
                    local.add("sf" + k + "=" + b.substring(b.length() - k));
                }
            }
            if (groups.contains("shape")) {
                local.add("sh=" + shape(words.get(i)));
                local.add("len=" + Math.min(a.bare().length(), 9));
            }
            if (groups.contains("cluster")) {
                for (int c = 0; c < lex.clusters.size(); c++) {
                    Integer id = lex.clusters.get(c).get(a.bare());
                    String v = "c" + c + "=" + (id == null ? "unk" : id);
                    window.add(v);
                    if (c == 0) trans.add(v);
                }
            }
            if (gaz[i] != null) window.add("g=" + gaz[i]);
            if (names[i] != null) window.add("n=" + names[i]);
            for (Map.Entry<String, String[]> e : lists.entrySet()) {
                String m = e.getValue()[i];
                if (m != null) window.add(e.getKey() + "=" + m.charAt(0));
            }
            if (groups.contains("names")) {
                List<String> wt = lex.wordTypes.get(a.bare());
                if (wt != null) for (String t : wt) window.add("w=" + t);
            }
            if (groups.contains("dict") && !lex.tagDictionary.isEmpty()) {
                WordSegmenter.Segment st = segs.get(i).get(Math.min(procliticCount(formsOf(segs.get(i))), segs.get(i).size() - 1));
                String t = lex.tagDictionary.get(st.form());
                window.add("d=" + (t == null ? "unk" : t));
            }
            if (context != null && groups.contains("context")) {
                Set<String> x = context.get(a.bare());
                if (x != null) {
                    for (String e : x) {
                        window.add(e);
                    }
                }
            }
            if (groups.contains("common") && lex.commonWords != null) {
                // a common word of the dictionary (its stem, or the whole word when the segmenter split a name)
                String cw = lex.commonClass(a.bare());
                if (cw == null && lex.commonClass(bare(a.norm())) != null) cw = "w";
                String v = "cw=" + (cw == null ? "0" : cw);
                window.add(v);
                trans.add(v);
            }
            if (groups.contains("trigger")) {
                String t = NerLexicon.trigger(a.bare());
                if (t != null) window.add("t=" + t);
            }
            l.set(NerAnnotations.Local.class, local);
            l.set(NerAnnotations.Window.class, window);
            l.set(NerAnnotations.Transition.class, trans);
            out.add(l);
        }
        return out;
    }

}
