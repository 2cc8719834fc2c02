package org.rawabit.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second pass over the CRF's output for a run of sentences (an article): a name keeps one label
 * throughout the text around it. The CRF labels each sentence on its own evidence, so the same
 * club or company is PERS in one sentence, ORG in the next and missed in a third; news names an
 * entity several times, and the majority is usually right.
 *
 * <p>Within {@link WordFeatures#CONTEXT_SENTENCES} sentences of each sentence:
 * <ol>
 *   <li><b>vote</b>: an entity whose exact words were labelled with another type more often
 *       takes that type;
 *   <li><b>propagate</b>: a run of words labelled O that exactly matches an entity found nearby
 *       (longest first, at most {@value #MAX_WORDS} words; single words of fewer than three letters
 *       never) takes that entity's majority type.
 * </ol>
 * Votes are counted on the CRF's own output, never on what this pass changed. A relabelled word's
 * confidence is the mean confidence of the entities that voted for its type. The rules and their
 * gain were chosen on sentences held out from a model trained on less data and then confirmed on the
 * dev set (models/ner/README.md).
 */
final class LabelConsistency {
    private LabelConsistency() {}

    static final int MAX_WORDS = 6;

    private record Entity(List<String> key, int start, int end, String type, double confidence) {}

    /** Votes for the types of one entity key, in order of first appearance (ties go to the first). */
    private static final class Votes {
        final Map<String, double[]> byType = new LinkedHashMap<>(); // type → {count, confidence sum}

        void add(String type, double confidence) {
            double[] v = byType.computeIfAbsent(type, t -> new double[2]);
            v[0]++;
            v[1] += confidence;
        }

        String winner() {
            String best = null;
            double n = -1;
            for (Map.Entry<String, double[]> e : byType.entrySet()) {
                if (e.getValue()[0] > n) {
                    best = e.getKey();
                    n = e.getValue()[0];
                }
            }
            return best;
        }

        double count(String type) {
            double[] v = byType.get(type);
            return v == null ? 0 : v[0];
        }

        double meanConfidence(String type) {
            double[] v = byType.get(type);
            return v[1] / v[0];
        }
    }

    /**
     * Applies both rules to consecutive sentences.
     *
     * @param keys   each sentence's words in matching form (normalised), parallel to the tags
     * @param tagged the CRF's IOB2 tags per sentence, with each word's confidence or null
     * @return new tags (and confidences) per sentence; the input is not modified
     */
    static List<ArabicNerModel.Tagging> apply(List<List<String>> keys, List<ArabicNerModel.Tagging> tagged) {
        int n = keys.size();
        List<List<Entity>> entities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) entities.add(entities(keys.get(i), tagged.get(i)));
        List<ArabicNerModel.Tagging> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<List<String>, Votes> votes = new HashMap<>();
            for (int j = Math.max(0, i - WordFeatures.CONTEXT_SENTENCES); j < Math.min(n, i + WordFeatures.CONTEXT_SENTENCES + 1); j++) {
                for (Entity e : entities.get(j)) votes.computeIfAbsent(e.key(), k -> new Votes()).add(e.type(), e.confidence());
            }
            List<String> tags = new ArrayList<>(tagged.get(i).tags());
            double[] conf = tagged.get(i).confidence() == null ? null : tagged.get(i).confidence().clone();
            for (Entity e : entities.get(i)) {
                Votes v = votes.get(e.key());
                String best = v.winner();
                if (!best.equals(e.type()) && v.count(best) > v.count(e.type())) label(tags, conf, e.start(), e.end(), best, v.meanConfidence(best));
            }
            List<String> words = keys.get(i);
            for (int x = 0; x < words.size(); ) {
                int matched = 0;
                for (int len = Math.min(MAX_WORDS, words.size() - x); len >= 1 && matched == 0; len--) {
                    if (len == 1 && words.get(x).length() < 3) continue;
                    Votes v = votes.get(words.subList(x, x + len));
                    if (v == null || !allOutside(tags, x, x + len)) continue;
                    String best = v.winner();
                    label(tags, conf, x, x + len, best, v.meanConfidence(best));
                    matched = len;
                }
                x += Math.max(1, matched);
            }
            out.add(new ArabicNerModel.Tagging(List.copyOf(tags), conf));
        }
        return out;
    }

    private static List<Entity> entities(List<String> keys, ArabicNerModel.Tagging t) {
        List<NerEvaluation.Span> spans = new ArrayList<>(NerEvaluation.spans(t.tags()));
        spans.sort(Comparator.comparingInt(NerEvaluation.Span::start));
        List<Entity> out = new ArrayList<>(spans.size());
        for (NerEvaluation.Span s : spans) {
            double c = 1.0;
            if (t.confidence() != null) for (int w = s.start(); w < s.end(); w++) c = Math.min(c, t.confidence()[w]);
            out.add(new Entity(List.copyOf(keys.subList(s.start(), s.end())), s.start(), s.end(), s.type(), c));
        }
        return out;
    }

    private static boolean allOutside(List<String> tags, int from, int to) {
        for (int i = from; i < to; i++) if (!tags.get(i).equals(AnercorpLabels.OUTSIDE)) return false;
        return true;
    }

    private static void label(List<String> tags, double[] conf, int from, int to, String type, double confidence) {
        for (int i = from; i < to; i++) {
            tags.set(i, (i == from ? "B-" : "I-") + type);
            if (conf != null) conf[i] = confidence;
        }
    }
}
