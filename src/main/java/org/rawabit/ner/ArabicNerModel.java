package org.rawabit.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rawabit.text.ArabicNormaliser;

/**
 * Arabic named-entity tagger: a linear-chain CRF (CoreNLP's {@link CRFClassifier}) over whitespace
 * words, trained on ANERcorp, with features from CoreNLP's Arabic clitic segmenter and POS tagger,
 * word clusters, trigger words and an optional gazetteer (see {@link ArabicFeatureFactory}).
 *
 * <p>Instances are immutable and safe for concurrent {@link #tag} calls from several threads.
 *
 * <p>The model file is a gzipped Java serialisation stream: a header (format name, feature groups,
 * lexicon, training notes) followed by the CRF as {@link CRFClassifier#serializeClassifier} writes it.
 */
public final class ArabicNerModel {

    /** Classpath location of the shipped model. */
    public static final String DEFAULT_RESOURCE = "models/ner/arabic-ner-crf.ser.gz";

    private static final String FORMAT = "rawabit-arabic-ner/1";

    /** Notes key of the entity bias a model was tuned with (see {@link #entityBias()}). */
    static final String ENTITY_BIAS = "entityBias";
    /** Notes key that switches {@link LabelConsistency} off for a model ("false"); on by default. */
    static final String LABEL_CONSISTENCY = "labelConsistency";

    private final CRFClassifier<CoreLabel> crf;
    private final NerLexicon lexicon;
    private final Set<String> groups;
    private final Properties notes;
    private final double entityBias;
    private final boolean labelConsistency;

    ArabicNerModel(CRFClassifier<CoreLabel> crf, NerLexicon lexicon, Set<String> groups, Properties notes) {
        this.crf = crf;
        this.lexicon = lexicon;
        this.groups = Set.copyOf(groups);
        this.notes = notes;
        this.entityBias = Double.parseDouble(notes.getProperty(ENTITY_BIAS, "0"));
        this.labelConsistency = Boolean.parseBoolean(notes.getProperty(LABEL_CONSISTENCY, "true"));
    }

    /** This model with {@link LabelConsistency} switched on or off (for measuring what it adds). */
    public ArabicNerModel withLabelConsistency(boolean on) {
        return withNote(LABEL_CONSISTENCY, Boolean.toString(on));
    }

    /** The same weights with one decoding setting of the notes changed. */
    private ArabicNerModel withNote(String key, String value) {
        Properties p = notes();
        p.setProperty(key, value);
        return new ArabicNerModel(crf, lexicon, groups, p);
    }

    public boolean labelConsistency() {
        return labelConsistency;
    }

    /**
     * The log-score added to every entity label (B-…, I-…) at each word when decoding. A CRF trained
     * by maximum likelihood is cautious on rare classes (high precision, low recall on ORG and MISC);
     * a positive bias trades some precision for recall. It is stored with the model; on held-out
     * ANERcorp sentences the best value was 0 (models/ner/README.md), which the shipped model uses.
     */
    public double entityBias() {
        return entityBias;
    }

    /** This model decoding with another entity bias (same weights; the original is unchanged). */
    public ArabicNerModel withEntityBias(double bias) {
        if (!Double.isFinite(bias)) throw new IllegalArgumentException("entity bias must be a finite number, got " + bias);
        return withNote(ENTITY_BIAS, Double.toString(bias));
    }

    private static volatile ArabicNerModel defaultModel;

    private static ArabicNerModel loadResource() {
        try (InputStream in = ArabicNerModel.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the NER model " + DEFAULT_RESOURCE + " is not on the classpath");
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shipped model from the classpath, loaded once per process.
     *
     * @throws IllegalStateException when the model is not on the classpath
     * @throws UncheckedIOException  when it cannot be read
     */
    public static ArabicNerModel loadDefault() {
        ArabicNerModel m = defaultModel;
        if (m == null) {
            synchronized (ArabicNerModel.class) {
                m = defaultModel;
                if (m == null) defaultModel = m = loadResource();
            }
        }
        return m;
    }

    /** A model file written by {@link #save} (for example by {@code train-ner}). */
    public static ArabicNerModel load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "model file not found");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static ArabicNerModel read(InputStream raw, String name) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(new BufferedInputStream(raw), 1 << 16)))) {
            Object format = in.readObject();
            if (!FORMAT.equals(format)) throw new IOException(name + " is not a Rawabit NER model (format " + format + ")");
            @SuppressWarnings("unchecked")
            List<String> groups = (List<String>) in.readObject();
            NerLexicon lexicon = (NerLexicon) in.readObject();
            Properties notes = (Properties) in.readObject();
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
            crf.loadClassifier(in, null);
            return new ArabicNerModel(crf, lexicon, new LinkedHashSet<>(groups), notes);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(name + " is not a Rawabit NER model: " + e.getMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new IOException(name + " is not a Rawabit NER model (not gzip data)", e);
        }
    }

    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(file);
                ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
            out.writeObject(FORMAT);
            out.writeObject(new ArrayList<>(groups));
            out.writeObject(lexicon);
            out.writeObject(notes);
            crf.serializeClassifier(out);
        }
    }

    /** Training notes stored in the model (data, options, dev scores). */
    public Properties notes() {
        Properties p = new Properties();
        p.putAll(notes);
        return p;
    }

    Set<String> groups() {
        return groups;
    }

    boolean usesPos() {
        return groups.contains("pos");
    }

    /** Loads the CoreNLP segmenter (and tagger) this model needs; returns milliseconds taken. */
    public long warmUp() {
        return WordSegmenter.warmUp(usesPos());
    }

    /**
     * Tags the words of one sentence: whitespace words in their original orthography, clitics attached,
     * as ANERcorp writes them. Returns one IOB2 ANERcorp tag per word (B-PERS, I-LOC, O, …).
     *
     * <p>The model also looks at the neighbouring sentences of a text (how the same word is used
     * there); a lone sentence is its own only context, which costs some recall. To tag a whole text,
     * prefer {@link #tagAll}.
     */
    public List<String> tag(List<String> words) {
        if (words.isEmpty()) return List.of();
        List<List<String>> run = List.of(words);
        List<List<List<WordSegmenter.Segment>>> segs = List.of(WordSegmenter.segment(words, usesPos()));
        return tagRun(run, segs, contexts(run, segs), 1, false).get(0).tags();
    }

    /** Context (see {@link WordFeatures#contexts}) of each of a run of sentences, or nulls when unused. */
    List<Map<String, Set<String>>> contexts(List<List<String>> words, List<List<List<WordSegmenter.Segment>>> segs) {
        List<Map<String, Set<String>>> ev = new ArrayList<>(words.size());
        if (!groups.contains("context")) {
            for (int i = 0; i < words.size(); i++) ev.add(null);
            return ev;
        }
        for (int i = 0; i < words.size(); i++) ev.add(WordFeatures.evidence(words.get(i), segs.get(i), lexicon, groups));
        return WordFeatures.contexts(ev);
    }

    /**
     * Tags a run of consecutive sentences (an article, a CoNLL file), on {@code threads} threads;
     * results are in input order. Unlike {@link #tag}, each sentence is tagged with its neighbours
     * as context, as in training.
     */
    public List<List<String>> tagAll(List<List<String>> sentences, int threads) {
        return tagAll(sentences, threads, List.of(entityBias)).get(0);
    }

    /**
     * Like {@link #tagAll(List, int)}, once for each of several entity biases (segmenting only once):
     * for tuning {@link #entityBias} on held-out data. Results are in the order of {@code biases}.
     */
    public List<List<List<String>>> tagAll(List<List<String>> sentences, int threads, List<Double> biases) {
        List<List<List<WordSegmenter.Segment>>> segs = parallel(sentences.size(), threads,
                i -> WordSegmenter.segment(sentences.get(i), usesPos()));
        List<Map<String, Set<String>>> ctx = contexts(sentences, segs);
        List<List<List<String>>> out = new ArrayList<>(biases.size());
        for (double bias : biases) {
            ArabicNerModel m = bias == entityBias ? this : withEntityBias(bias);
            List<List<String>> tags = new ArrayList<>(sentences.size());
            for (Tagging t : m.tagRun(sentences, segs, ctx, threads, false)) tags.add(t.tags());
            out.add(tags);
        }
        return out;
    }

    /**
     * The entities of a run of consecutive sentences (a CoNLL file) with their confidence and
     * support ({@link PrecisionGate}); repeats count within {@link WordFeatures#CONTEXT_SENTENCES}
     * sentences, the reach of the model's own document context. For tuning the gate on held-out data.
     */
    public List<PrecisionGate.Found> entities(List<List<String>> sentences, int threads) {
        List<List<List<WordSegmenter.Segment>>> segs = parallel(sentences.size(), threads,
                i -> WordSegmenter.segment(sentences.get(i), usesPos()));
        List<Tagging> tagged = tagRun(sentences, segs, contexts(sentences, segs), threads, true);
        return PrecisionGate.found(tagged, sentences, segs, WordFeatures.CONTEXT_SENTENCES);
    }

    /**
     * Tags consecutive sentences (segmented, with their {@link #contexts}) on {@code threads}
     * threads, then makes the labels of repeated names consistent ({@link LabelConsistency}) unless
     * the model was saved with {@code labelConsistency=false}.
     */
    List<Tagging> tagRun(List<List<String>> words, List<List<List<WordSegmenter.Segment>>> segs, List<Map<String, Set<String>>> ctx,
            int threads, boolean withConfidence) {
        List<Tagging> raw = parallel(words.size(), threads, i -> words.get(i).isEmpty() ? new Tagging(List.of(), new double[0])
                : withConfidence ? tagWithConfidence(words.get(i), segs.get(i), ctx.get(i)) : tagSegmented(words.get(i), segs.get(i), ctx.get(i)));
        if (!labelConsistency) return raw;
        List<List<String>> keys = new ArrayList<>(words.size());
        for (List<String> w : words) keys.add(matchingForms(w));
        return LabelConsistency.apply(keys, raw);
    }

    /** Words as {@link LabelConsistency} compares them: normalised (hamza, alef maqsura, tatweel…). */
    private static List<String> matchingForms(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String n = ArabicNormaliser.normalise(w);
            out.add(n.isEmpty() ? w : n);
        }
        return out;
    }

    private static <T> List<T> parallel(int n, int threads, java.util.function.IntFunction<T> f) {
        List<T> out = new ArrayList<>(n);
        if (threads <= 1 || n < 2) {
            for (int i = 0; i < n; i++) out.add(f.apply(i));
            return out;
        }
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<T>> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                fs.add(ex.submit(() -> f.apply(k)));
            }
            for (java.util.concurrent.Future<T> x : fs) out.add(x.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }

    /** Tags with per-word marginal probabilities of the chosen label (null when not computed). */
    record Tagging(List<String> tags, double[] confidence) {}

    Tagging tagSegmented(List<String> words, List<List<WordSegmenter.Segment>> segments, Map<String, Set<String>> context) {
        return decode(WordFeatures.labels(words, segments, lexicon, groups, context), false);
    }

    /** Like {@link #tagSegmented} but also returns each word's marginal probability of its label. */
    Tagging tagWithConfidence(List<String> words, List<List<WordSegmenter.Segment>> segments, Map<String, Set<String>> context) {
        return decode(WordFeatures.labels(words, segments, lexicon, groups, context), true);
    }

    /**
     * The best label sequence (Viterbi, as {@link CRFClassifier#classify} decodes) with
     * {@link #entityBias} added to every entity label's score, and optionally each word's marginal
     * probability of its label. Features and clique potentials are computed once for both.
     */
    private Tagging decode(List<CoreLabel> labels, boolean withConfidence) {
        CRFCliqueTree<String> tree = crf.getCliqueTree(labels);
        SequenceModel model = new TestSequenceModel(tree);
        if (entityBias != 0) model = new EntityBiasedModel(model, crf.classIndex.indexOf(AnercorpLabels.OUTSIDE), entityBias);
        int[] best = new ExactBestSequenceFinder().bestSequence(model);
        List<String> raw = new ArrayList<>(labels.size());
        double[] conf = withConfidence ? new double[labels.size()] : null;
        for (int j = 0; j < labels.size(); j++) {
            int label = best[j + model.leftWindow()];
            raw.add(crf.classIndex.get(label));
            if (conf != null) conf[j] = tree.prob(j, label);
        }
        return new Tagging(AnercorpLabels.toIob2(raw), conf);
    }

    /** A CRF's sequence model whose scores favour (bias &gt; 0) or disfavour every label but O. */
    private record EntityBiasedModel(SequenceModel crf, int outside, double bias) implements SequenceModel {
        @Override public int length() { return crf.length(); }
        @Override public int leftWindow() { return crf.leftWindow(); }
        @Override public int rightWindow() { return crf.rightWindow(); }
        @Override public int[] getPossibleValues(int position) { return crf.getPossibleValues(position); }

        @Override
        public double[] scoresOf(int[] sequence, int position) {
            double[] scores = crf.scoresOf(sequence, position);
            int[] values = crf.getPossibleValues(position);
            for (int i = 0; i < values.length; i++) if (values[i] != outside) scores[i] += bias;
            return scores;
        }

        @Override
        public double scoreOf(int[] sequence, int position) {
            double s = crf.scoreOf(sequence, position);
            return sequence[position] != outside ? s + bias : s;
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException();
        }
    }
}
