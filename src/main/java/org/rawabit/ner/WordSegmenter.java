package org.rawabit.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits whitespace words into clitic segments with CoreNLP's Arabic segmenter (and, optionally,
 * tags the segments with its Arabic POS tagger), keeping track of which word each segment came from.
 * The whole sentence is segmented at once so that the segmenter sees context. Thread-safe.
 */
final class WordSegmenter {

    /** One segment of a word: the segmenter's form ("ب", "الحموشي") and POS tag ("" when untagged). */
    record Segment(String form, String pos) {}

    private static final String SEGMENTER = "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/arabic.tagger";

    private static final class SegOnly {
        static final StanfordCoreNLP PIPELINE = create(false);
    }

    private static final class WithPos {
        static final StanfordCoreNLP PIPELINE = create(true);
    }

    private WordSegmenter() {}

    private static StanfordCoreNLP create(boolean pos) {
        RedwoodConfiguration.current().clear().apply();
        Properties p = new Properties();
        p.setProperty("annotators", pos ? "tokenize,ssplit,pos" : "tokenize,ssplit");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", SEGMENTER);
        p.setProperty("ssplit.isOneSentence", "true");
        if (pos) p.setProperty("pos.model", TAGGER);
        return new StanfordCoreNLP(p);
    }

    /**
     * Word form → most frequent tag in the Arabic tagger's own lexicon (read from the tagger model by
     * reflection: CoreNLP keeps it package-private).
     */
    static java.util.Map<String, String> taggerDictionary() {
        try {
            edu.stanford.nlp.tagger.maxent.MaxentTagger tagger = new edu.stanford.nlp.tagger.maxent.MaxentTagger(TAGGER, new Properties(), false);
            java.lang.reflect.Field df = edu.stanford.nlp.tagger.maxent.MaxentTagger.class.getDeclaredField("dict");
            df.setAccessible(true);
            Object dict = df.get(tagger);
            java.lang.reflect.Field mf = dict.getClass().getDeclaredField("dict");
            mf.setAccessible(true);
            java.util.Map<?, ?> m = (java.util.Map<?, ?>) mf.get(dict);
            java.lang.reflect.Method first = dict.getClass().getDeclaredMethod("getFirstTag", String.class);
            first.setAccessible(true);
            java.util.Map<String, String> out = new java.util.HashMap<>();
            for (Object k : m.keySet()) {
                Object t = first.invoke(dict, k);
                if (t != null) out.put((String) k, (String) t);
            }
            return out;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the Arabic tagger's lexicon: " + e, e);
        }
    }

    /** Loads the CoreNLP models now; returns milliseconds taken. */
    static long warmUp(boolean pos) {
        long t = System.nanoTime();
        StanfordCoreNLP unused = pos ? WithPos.PIPELINE : SegOnly.PIPELINE;
        return (System.nanoTime() - t) / 1_000_000;
    }

    /**
     * Segments the words of one sentence. Returns one list of segments per word; a word the
     * segmenter produced nothing for gets itself as its only segment, with an empty POS.
     */
    static List<List<Segment>> segment(List<String> words, boolean pos) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[words.size()];
        int[] ends = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) text.append(' ');
            starts[i] = text.length();
            text.append(words.get(i));
            ends[i] = text.length();
        }
        List<List<Segment>> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) out.add(new ArrayList<>(2));
        if (text.length() > 0) {
            Annotation doc = new Annotation(text.toString());
            (pos ? WithPos.PIPELINE : SegOnly.PIPELINE).annotate(doc);
            List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
            int w = 0;
            for (CoreLabel t : tokens) {
                int b = t.beginPosition();
                while (w < words.size() && b >= ends[w]) w++;
                if (w >= words.size()) break;
                if (b < starts[w]) continue; // between words: cannot happen with single spaces
                String form = t.word();
                if (form == null || form.isBlank()) continue;
                out.get(w).add(new Segment(form, pos && t.tag() != null ? t.tag() : ""));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (out.get(i).isEmpty()) out.get(i).add(new Segment(words.get(i), ""));
        }
        return out;
    }
}
