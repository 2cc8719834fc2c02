package org.rawabit.ner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity-level precision, recall and F1, exact span and type, computed exactly as
 * {@code shared/tools/nerscore.py} does (the CoNLL-2003 convention): tags are split at the first
 * "-" into prefix and type; an entity starts at a B- or I- tag that does not continue an open
 * entity of the same type (an I-X after O or after Y starts a new X entity, as conlleval does);
 * all types, MISC included, count in the overall score; tags without a B-/I- prefix are outside.
 */
public final class NerEvaluation {

    /** Scores of one type (or overall): precision, recall, F1 in [0, 1] and the gold entity count. */
    public record Score(double precision, double recall, double f1, int gold, int predicted, int correct) {}

    /** An entity: tokens [start, end) of type {@code type}, positions counted over the whole file. */
    public record Span(int start, int end, String type) {}

    private final Map<String, Score> byType;
    private final Score overall;

    private NerEvaluation(Map<String, Score> byType, Score overall) {
        this.byType = byType;
        this.overall = overall;
    }

    /** Per-type scores, types in sorted order as nerscore.py prints them. */
    public Map<String, Score> byType() {
        return byType;
    }

    public Score overall() {
        return overall;
    }

    /** Spans of a tag sequence, mirroring nerscore.py's {@code spans()}. */
    public static Set<Span> spans(List<String> tags) {
        Set<Span> out = new HashSet<>();
        Integer start = null;
        String kind = null;
        int n = tags.size();
        for (int i = 0; i <= n; i++) {
            String tag = i < n ? tags.get(i) : "O";
            int dash = tag.indexOf('-');
            String prefix = dash >= 0 ? tag.substring(0, dash) : tag;
            String label = dash >= 0 ? tag.substring(dash + 1) : "";
            boolean continues = prefix.equals("I") && label.equals(kind);
            if (start != null && !continues) {
                out.add(new Span(start, i, kind));
                start = null;
                kind = null;
            }
            if ((prefix.equals("B") || prefix.equals("I")) && !continues) {
                start = i;
                kind = label;
            }
        }
        return out;
    }

    /** Scores flat tag sequences of equal length (all sentences concatenated, as nerscore.py reads them). */
    public static NerEvaluation score(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("token counts differ: gold " + gold.size() + ", pred " + predicted.size());
        }
        Set<Span> gs = spans(gold), ps = spans(predicted);
        Set<Span> tp = new HashSet<>(gs);
        tp.retainAll(ps);
        Map<String, Integer> g = count(gs), p = count(ps), t = count(tp);
        Set<String> kinds = new TreeSet<>(g.keySet());
        kinds.addAll(p.keySet());
        Map<String, Score> by = new LinkedHashMap<>();
        for (String k : kinds) {
            by.put(k, prf(t.getOrDefault(k, 0), p.getOrDefault(k, 0), g.getOrDefault(k, 0)));
        }
        return new NerEvaluation(by, prf(tp.size(), ps.size(), gs.size()));
    }

    /** Scores sentence lists (flattened). */
    public static NerEvaluation scoreSentences(List<List<String>> gold, List<List<String>> predicted) {
        List<String> g = new ArrayList<>(), p = new ArrayList<>();
        gold.forEach(g::addAll);
        predicted.forEach(p::addAll);
        return score(g, p);
    }

    private static Map<String, Integer> count(Set<Span> spans) {
        Map<String, Integer> m = new HashMap<>();
        for (Span s : spans) m.merge(s.type(), 1, Integer::sum);
        return m;
    }

    private static Score prf(int t, int p, int g) {
        double pr = p != 0 ? (double) t / p : 0.0;
        double rc = g != 0 ? (double) t / g : 0.0;
        double f = pr + rc != 0 ? 2 * pr * rc / (pr + rc) : 0.0;
        return new Score(pr, rc, f, g, p, t);
    }

    /** {@code value} formatted as Python's {@code f"{value:.2f}"} does (exact binary value, half-even). */
    static String fixed2(double value) {
        String s = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return s.equals("-0.00") ? "0.00" : s;
    }

    private static String left(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static String right(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }

    /** The report exactly as nerscore.py prints it (table, then "overall F1 x.xx"). */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(left("type", 10)).append(right("P", 8)).append(right("R", 8)).append(right("F1", 8)).append(right("gold", 7)).append('\n');
        Map<String, Score> rows = new LinkedHashMap<>(byType);
        rows.put("overall", overall);
        for (Map.Entry<String, Score> e : rows.entrySet()) {
            Score s = e.getValue();
            b.append(left(e.getKey(), 10))
                    .append(right(fixed2(100 * s.precision()), 8))
                    .append(right(fixed2(100 * s.recall()), 8))
                    .append(right(fixed2(100 * s.f1()), 8))
                    .append(right(Integer.toString(s.gold()), 7))
                    .append('\n');
        }
        b.append("overall F1 ").append(fixed2(100 * overall.f1())).append('\n');
        return b.toString();
    }
}
