package org.rawabit.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rawabit.mention.Lexicon;
import org.rawabit.text.ArabicNormaliser;

/**
 * Decides whether a name that only the statistical model found is kept. The CRF alone is right
 * about three times in four on unseen text, and a user sees every mistake as a junk node, so a
 * model-only name needs support: either the model is confident enough ({@link #minConfidence}), or
 * the text backs it — the name occurs again in the article, a trigger word announces it (a title or
 * post before a person, an organisation or place head), or an apposition describes it ("X، وزير …",
 * an alias in parentheses). The threshold was chosen on held-out ANERcorp folds (models/ner/README.md).
 */
public final class PrecisionGate {

    /** What in the text backs a model-only name. */
    public enum Support { REPEAT, TRIGGER, APPOSITION }

    /** Confidence an unsupported model-only name needs (chosen on held-out folds, models/ner/README.md). */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.9;

    /** Words before a person searched for a title or post ("وزير الخارجية الفرنسي X"). */
    private static final int TITLE_REACH = 4;

    private final double minConfidence;

    public PrecisionGate(double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1], got " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    public static PrecisionGate standard() {
        return new PrecisionGate(DEFAULT_MIN_CONFIDENCE);
    }

    public double minConfidence() {
        return minConfidence;
    }

    /** A model-only name is kept when something in the text supports it or the model is confident enough. */
    public boolean admits(double confidence, Set<Support> support) {
        return !support.isEmpty() || confidence >= minConfidence;
    }

    /**
     * An entity the model tagged: its sentence, its words, its confidence (the smallest marginal
     * probability of its words' labels) and what supports it in the text.
     */
    public record Found(int sentence, NerEvaluation.Span span, double confidence, Set<Support> support) {}

    /**
     * The entities of tagged sentences, each with its support; repeats are looked for within
     * {@code reach} sentences either side (the article, or a window of a corpus without article breaks).
     */
    static List<Found> found(List<ArabicNerModel.Tagging> taggings, List<List<String>> words,
            List<List<List<WordSegmenter.Segment>>> segs, int reach) {
        List<List<Word>> doc = words(words, segs);
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < taggings.size(); s++) {
            ArabicNerModel.Tagging t = taggings.get(s);
            List<NerEvaluation.Span> spans = new ArrayList<>(NerEvaluation.spans(t.tags()));
            spans.sort(java.util.Comparator.comparingInt(NerEvaluation.Span::start));
            for (NerEvaluation.Span span : spans) {
                double conf = 1.0;
                for (int i = span.start(); i < span.end(); i++) conf = Math.min(conf, t.confidence()[i]);
                conf = Math.max(0.0, Math.min(1.0, conf));
                int from = reach == Integer.MAX_VALUE ? 0 : s - reach, to = reach == Integer.MAX_VALUE ? doc.size() : s + reach + 1;
                out.add(new Found(s, span, conf, support(doc, s, span, from, to)));
            }
        }
        return out;
    }

    /**
     * One whitespace word as the gate compares it.
     *
     * @param key   name key of its stem without proclitics ({@link ArabicNormaliser#nameKey}); the word itself for punctuation
     * @param bare  article-free stem, as the model's trigger list holds it
     * @param punct whether it is punctuation
     */
    record Word(String key, String bare, boolean punct) {}

    /** The gate's view of a run of segmented sentences. */
    static List<List<Word>> words(List<List<String>> words, List<List<List<WordSegmenter.Segment>>> segs) {
        List<List<Word>> out = new ArrayList<>(words.size());
        for (int s = 0; s < words.size(); s++) {
            List<Word> sent = new ArrayList<>(words.get(s).size());
            for (int w = 0; w < words.get(s).size(); w++) {
                String surface = words.get(s).get(w);
                if (!hasLetter(surface)) {
                    sent.add(new Word(surface.strip(), surface.strip(), true));
                    continue;
                }
                WordFeatures.Analysis a = WordFeatures.analyse(surface, segs.get(s).get(w));
                sent.add(new Word(ArabicNormaliser.nameKey(a.stem()), a.bare(), false));
            }
            out.add(sent);
        }
        return out;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    /**
     * What supports the entity {@code span} (ANERcorp type: PERS, ORG, LOC, MISC) of sentence
     * {@code sentence}, looking for repeats in sentences [{@code from}, {@code to}) (the article).
     */
    static Set<Support> support(List<List<Word>> doc, int sentence, NerEvaluation.Span span, int from, int to) {
        Set<Support> out = EnumSet.noneOf(Support.class);
        List<Word> sent = doc.get(sentence);
        if (repeated(doc, sentence, span, from, to)) out.add(Support.REPEAT);
        if (triggered(sent, span)) out.add(Support.TRIGGER);
        if (apposition(sent, span)) out.add(Support.APPOSITION);
        return out;
    }

    /** The name's words occur again elsewhere in the article; for a person, also the last name alone. */
    private static boolean repeated(List<List<Word>> doc, int sentence, NerEvaluation.Span span, int from, int to) {
        List<Word> sent = doc.get(sentence);
        List<String> name = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) name.add(sent.get(i).key());
        if (occursElsewhere(doc, name, sentence, span, from, to)) return true;
        return span.type().equals("PERS") && name.size() >= 2
                && occursElsewhere(doc, name.subList(name.size() - 1, name.size()), sentence, span, from, to);
    }

    private static boolean occursElsewhere(List<List<Word>> doc, List<String> name, int sentence, NerEvaluation.Span span, int from, int to) {
        if (name.size() == 1 && name.get(0).length() < 3) return false;
        for (int s = Math.max(0, from); s < Math.min(doc.size(), to); s++) {
            List<Word> ws = doc.get(s);
            for (int i = 0; i + name.size() <= ws.size(); i++) {
                if (s == sentence && i < span.end() && i + name.size() > span.start()) continue;
                boolean match = true;
                for (int k = 0; k < name.size() && match; k++) match = ws.get(i + k).key().equals(name.get(k));
                if (match) return true;
            }
        }
        return false;
    }

    /** A trigger word of the name's type heads it or stands before it. */
    private static boolean triggered(List<Word> sent, NerEvaluation.Span span) {
        switch (span.type()) {
            case "PERS" -> {
                for (int i = span.start() - 1; i >= Math.max(0, span.start() - TITLE_REACH); i--) {
                    if (sent.get(i).punct()) return false;
                    if (isTitle(sent, i)) return true;
                }
                return false;
            }
            case "ORG", "LOC", "MISC" -> {
                if (isHead(sent.get(span.start()), span.type())) return true;
                return span.start() > 0 && isHead(sent.get(span.start() - 1), span.type());
            }
            default -> {
                return false;
            }
        }
    }

    /** "X، وزير الخارجية …" for a person; an alias in parentheses right after a name, or the name as such an alias. */
    private static boolean apposition(List<Word> sent, NerEvaluation.Span span) {
        int after = span.end();
        if (span.type().equals("PERS")) {
            if (after < sent.size() && isComma(sent.get(after))) {
                for (int i = after + 1; i < Math.min(sent.size(), after + 1 + TITLE_REACH); i++) {
                    if (sent.get(i).punct()) break;
                    if (isTitle(sent, i)) return true;
                }
            }
            // "المدير العام للأمن الوطني، X": a post, a comma, then the name
            int comma = span.start() - 1;
            if (comma > 0 && isComma(sent.get(comma))) {
                for (int i = comma - 1; i >= Math.max(0, comma - 2 * TITLE_REACH); i--) {
                    if (sent.get(i).punct()) break;
                    if (isTitle(sent, i)) return true;
                }
            }
            return false;
        }
        if (after < sent.size() && sent.get(after).key().startsWith("(")) return true;
        return span.start() > 0 && sent.get(span.start() - 1).key().endsWith("(") && after < sent.size() && sent.get(after).key().startsWith(")");
    }

    private static boolean isComma(Word w) {
        return w.punct() && (w.key().equals("،") || w.key().equals(",") || w.key().equals("-") || w.key().equals("–"));
    }

    /** A person title or post head at word {@code i} (or a two-word title ending there). */
    private static boolean isTitle(List<Word> sent, int i) {
        Lexicon lex = Lexicon.get();
        Word w = sent.get(i);
        if (w.punct()) return false;
        if (lex.personTitles.contains(w.key()) || lex.postHeads.contains(w.key())) return true;
        if ("PTITLE".equals(NerLexicon.trigger(w.bare()))) return true;
        return i > 0 && !sent.get(i - 1).punct() && lex.personTitles.contains(sent.get(i - 1).key() + " " + w.key());
    }

    private static boolean isHead(Word w, String type) {
        if (w.punct()) return false;
        Lexicon lex = Lexicon.get();
        String trigger = NerLexicon.trigger(w.bare());
        return switch (type) {
            case "ORG" -> lex.orgHeads.contains(w.key()) || "OTRIG".equals(trigger);
            case "LOC" -> lex.placeHeads.contains(w.key()) || "LTRIG".equals(trigger);
            default -> "MTRIG".equals(trigger) || lex.eventHeads.containsKey(w.key());
        };
    }
}
