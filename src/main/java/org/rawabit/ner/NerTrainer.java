package org.rawabit.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rawabit.text.ArabicNormaliser;

/**
 * Trains {@link ArabicNerModel}s on ANERcorp-style CoNLL data. The last {@code devFraction} of the
 * sentences is held out (never trained on, not even for the word clusters) and scored.
 */
public final class NerTrainer {

    /** Default CRF settings; {@link Options#crf} overrides them key by key. */
    static Properties defaultCrfProperties() {
        Properties p = new Properties();
        p.setProperty("featureFactory", ArabicFeatureFactory.class.getName());
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "false");
        p.setProperty("maxLeft", "1");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("wordShape", "chris2useLC");
        p.setProperty("useDisjunctive", "true");
        p.setProperty("useQN", "true");
        p.setProperty("QNsize", "15");
        p.setProperty("sigma", "3");
        p.setProperty("tolerance", "1e-3");
        p.setProperty("maxQNItr", "500");
        p.setProperty("multiThreadGrad", "2");
        p.setProperty("saveFeatureIndexToDisk", "false");
        p.setProperty("rawabit.prune", "0.01");
        p.setProperty("rawabit.iobes", "false");
        return p;
    }

    /**
     * Training options.
     *
     * @param groups         feature groups (see {@link WordFeatures#ALL_GROUPS})
     * @param clusterSizes   numbers of classes of the word clusterings (one feature set each)
     * @param devFraction    fraction of sentences held out at the end (0 = train on everything)
     * @param gazetteerDir   directory of knowledge-base CSVs for the gazetteer, or null
     * @param crf            CRF property overrides
     * @param segmentCache   file caching the segmenter's output between runs, or null
     * @param entityBias     decoding bias towards entity labels stored in the model (see {@link ArabicNerModel#entityBias})
     * @param augment        copies per training sentence with an entity, its names replaced by others of the
     *                       same type ({@link #mentionReplacement}); 0 = none
     * @param augmentSeed    seed of the random draws of {@code augment}
     */
    public record Options(Set<String> groups, List<Integer> clusterSizes, double devFraction, Path gazetteerDir,
            Properties crf, Path segmentCache, double entityBias, int augment, long augmentSeed) {

        public Options(Set<String> groups, List<Integer> clusterSizes, double devFraction, Path gazetteerDir,
                Properties crf, Path segmentCache, double entityBias) {
            this(groups, clusterSizes, devFraction, gazetteerDir, crf, segmentCache, entityBias, DEFAULT_AUGMENT, DEFAULT_AUGMENT_SEED);
        }

        public static Options defaults() {
            return new Options(new LinkedHashSet<>(WordFeatures.DEFAULT_GROUPS), List.of(64, 256, 1024), 0.0, null, new Properties(), null,
                    DEFAULT_ENTITY_BIAS, DEFAULT_AUGMENT, DEFAULT_AUGMENT_SEED);
        }
    }

    /** The shipped recipe's number of mention-replacement copies (models/ner/README.md, "Mention replacement"). */
    public static final int DEFAULT_AUGMENT = 0;

    /** Seed of the mention-replacement draws. */
    public static final long DEFAULT_AUGMENT_SEED = 20201;

    /**
     * Training sentences made by mention replacement, each with its words' segments and the index of
     * the training sentence it was copied from.
     */
    record Augmented(List<ConllCorpus.Sentence> sentences, List<List<List<WordSegmenter.Segment>>> segs, List<Integer> origins) {}

    /**
     * Mention replacement (Dai and Adel, 2020): for each of {@code copies} rounds, a copy of every
     * sentence of {@code train} that has an entity, in which each entity is replaced by another entity
     * of the same type drawn at random from the entities of {@code train} (distinct names, equally
     * likely), tagged B- then I-. An entity whose first word carries a proclitic (و ف ب ل ك س, by the
     * segmenter) is kept as it is, and only such clitic-free entities are drawn, so a clitic is never
     * lost or doubled. A copy in which nothing could be replaced is not made. The words keep the
     * segments they had where they came from. Copies of one round follow the order of their
     * originals; nothing is drawn from outside {@code train}.
     */
    static Augmented mentionReplacement(List<ConllCorpus.Sentence> train, List<List<List<WordSegmenter.Segment>>> segs,
            int copies, long seed) {
        record Span(List<String> words, List<List<WordSegmenter.Segment>> segs) {}
        List<List<String>> iob = new ArrayList<>(train.size());
        Map<String, Map<List<String>, Span>> inventory = new TreeMap<>();
        for (int i = 0; i < train.size(); i++) {
            List<String> tags = AnercorpLabels.toIob2(train.get(i).tags());
            iob.add(tags);
            for (int[] sp : spans(tags)) {
                if (!cliticFree(train.get(i), segs.get(i), sp[0])) continue;
                List<String> words = train.get(i).words().subList(sp[0], sp[1]);
                inventory.computeIfAbsent(AnercorpLabels.typeOf(tags.get(sp[0])), t -> new LinkedHashMap<>())
                        .putIfAbsent(List.copyOf(words), new Span(List.copyOf(words), List.copyOf(segs.get(i).subList(sp[0], sp[1]))));
            }
        }
        Map<String, List<Span>> pool = new TreeMap<>();
        inventory.forEach((t, m) -> pool.put(t, new ArrayList<>(m.values())));
        java.util.Random random = new java.util.Random(seed);
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        List<List<List<WordSegmenter.Segment>>> outSegs = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        for (int round = 0; round < copies; round++) {
            for (int i = 0; i < train.size(); i++) {
                List<int[]> spans = spans(iob.get(i));
                if (spans.isEmpty()) continue;
                ConllCorpus.Sentence s = train.get(i);
                List<String> words = new ArrayList<>(), tags = new ArrayList<>();
                List<List<WordSegmenter.Segment>> ws = new ArrayList<>();
                boolean replaced = false;
                int at = 0;
                for (int[] sp : spans) {
                    for (; at < sp[0]; at++) {
                        words.add(s.words().get(at));
                        tags.add(iob.get(i).get(at));
                        ws.add(segs.get(i).get(at));
                    }
                    String type = AnercorpLabels.typeOf(iob.get(i).get(sp[0]));
                    List<Span> candidates = pool.getOrDefault(type, List.of());
                    List<String> original = s.words().subList(sp[0], sp[1]);
                    Span pick = null;
                    if (cliticFree(s, segs.get(i), sp[0]) && candidates.size() > 1) {
                        for (int tries = 0; tries < 10 && pick == null; tries++) {
                            Span c = candidates.get(random.nextInt(candidates.size()));
                            if (!c.words().equals(original)) pick = c;
                        }
                    }
                    if (pick == null) {
                        for (; at < sp[1]; at++) {
                            words.add(s.words().get(at));
                            tags.add(iob.get(i).get(at));
                            ws.add(segs.get(i).get(at));
                        }
                        continue;
                    }
                    for (int w = 0; w < pick.words().size(); w++) {
                        words.add(pick.words().get(w));
                        tags.add((w == 0 ? "B-" : "I-") + type);
                        ws.add(pick.segs().get(w));
                    }
                    replaced = true;
                    at = sp[1];
                }
                for (; at < s.size(); at++) {
                    words.add(s.words().get(at));
                    tags.add(iob.get(i).get(at));
                    ws.add(segs.get(i).get(at));
                }
                if (!replaced) continue;
                out.add(new ConllCorpus.Sentence(words, tags));
                outSegs.add(ws);
                origins.add(i);
            }
        }
        return new Augmented(out, outSegs, origins);
    }

    /** Entity spans [start, end) of well-formed IOB2 tags. */
    private static List<int[]> spans(List<String> iob2) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < iob2.size(); i++) {
            if (!iob2.get(i).startsWith("B-")) continue;
            int e = i + 1;
            while (e < iob2.size() && iob2.get(e).equals("I-" + AnercorpLabels.typeOf(iob2.get(i)))) e++;
            out.add(new int[] {i, e});
        }
        return out;
    }

    private static boolean cliticFree(ConllCorpus.Sentence s, List<List<WordSegmenter.Segment>> segs, int word) {
        return WordFeatures.analyse(s.words().get(word), segs.get(word)).proclitics().isEmpty();
    }

    /** The shipped recipe's entity bias, tuned on sentences held out from the dev-set model's training (models/ner/README.md). */
    public static final double DEFAULT_ENTITY_BIAS = 0.0;

    /** A trained model and, when sentences were held out, its scores on them. */
    public record Result(ArabicNerModel model, NerEvaluation dev, List<List<String>> devPredictions, long trainMillis) {}

    private NerTrainer() {}

    /** Names of the feature groups that can be switched on and off. */
    public static List<String> featureGroups() {
        return WordFeatures.ALL_GROUPS;
    }

    public static Result train(List<ConllCorpus.Sentence> corpus, Options o, PrintStream log) throws IOException {
        WordSegmenter.warmUp(o.groups().contains("pos")); // quiets CoreNLP's logging
        if (Boolean.getBoolean("rawabit.ner.verbose")) RedwoodConfiguration.standard().apply();
        for (ConllCorpus.Sentence s : corpus) {
            if (!s.tagged()) throw new IllegalArgumentException("training data must have a tag on every line");
        }
        int nDev = (int) Math.round(corpus.size() * o.devFraction());
        List<ConllCorpus.Sentence> train = corpus.subList(0, corpus.size() - nDev);
        List<ConllCorpus.Sentence> dev = corpus.subList(corpus.size() - nDev, corpus.size());
        boolean pos = o.groups().contains("pos");
        long t0 = System.nanoTime();
        List<List<List<WordSegmenter.Segment>>> segs = segmentAll(corpus, pos, o.segmentCache());
        log.printf("segmented %d sentences in %.1f s%n", corpus.size(), (System.nanoTime() - t0) / 1e9);
        List<List<List<WordSegmenter.Segment>>> trainSegs = segs.subList(0, train.size());

        t0 = System.nanoTime();
        List<Map<String, Integer>> clusters = new ArrayList<>();
        if (o.groups().contains("cluster")) {
            List<List<String>> text = clusterText(train, trainSegs);
            for (int k : o.clusterSizes()) clusters.add(WordClusters.cluster(text, k, 15, 2));
            log.printf("clustered %d words into %s classes in %.1f s%n", clusters.isEmpty() ? 0 : clusters.get(0).size(),
                    o.clusterSizes(), (System.nanoTime() - t0) / 1e9);
        }
        // the gazetteer: the bundled knowledge base, or the CSVs of --gazetteer DIR
        Map<String, String> gazetteer = !o.groups().contains("gaz") ? Map.of()
                : o.gazetteerDir() != null ? readGazetteer(o.gazetteerDir()) : bundledGazetteer();
        if (!gazetteer.isEmpty()) {
            log.printf("gazetteer: %d names from %s%n", gazetteer.size(), o.gazetteerDir() != null ? o.gazetteerDir() : "the bundled knowledge base");
        }
        NerLexicon lexicon = new NerLexicon(clusters, gazetteer);
        Map<String, Map<String, String>> wordLists = o.groups().contains("lists") ? NerLexicon.lexiconWordLists() : null;
        if (wordLists != null) {
            lexicon.withWordLists(wordLists);
            wordLists.forEach((k, v) -> log.printf("word list %s: %d entries%n", k, v.size()));
        }

        boolean iobes = Boolean.parseBoolean(o.crf().getProperty("rawabit.iobes", defaultCrfProperties().getProperty("rawabit.iobes")));
        // Training-data name lists: each training sentence sees only the names of the other folds
        // (jackknifing), so the CRF learns how far a name seen elsewhere can be trusted.
        List<List<String>> stems = new ArrayList<>(train.size()), trainTags = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) {
            List<String> st = new ArrayList<>();
            for (int w = 0; w < train.get(i).size(); w++) st.add(WordFeatures.analyse(train.get(i).words().get(w), trainSegs.get(i).get(w)).bare());
            stems.add(st);
            trainTags.add(AnercorpLabels.toIob2(train.get(i).tags()));
        }
        boolean names = o.groups().contains("names");
        int folds = 10;
        NerLexicon[] foldLex = new NerLexicon[folds];
        if (names) {
            for (int f = 0; f < folds; f++) {
                List<List<String>> fs = new ArrayList<>(), ft = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    if (fold(i, train.size(), folds) == f) continue;
                    fs.add(stems.get(i));
                    ft.add(trainTags.get(i));
                }
                foldLex[f] = NerLexicon.withTrainingNames(clusters, gazetteer, fs, ft);
            }
            lexicon = NerLexicon.withTrainingNames(clusters, gazetteer, stems, trainTags);
            if (wordLists != null) {
                lexicon.withWordLists(wordLists);
                for (NerLexicon l : foldLex) l.withWordLists(wordLists);
            }
            log.printf("training names: %d names, %d words%n", lexicon.names.size(), lexicon.wordTypes.size());
        }
        if (o.groups().contains("common")) {
            java.util.Set<String> common = NerLexicon.lexiconCommonWords();
            lexicon.withCommonWords(common);
            for (NerLexicon l : foldLex) if (l != null) l.withCommonWords(common);
            log.printf("common words: %d%n", common.size());
        }
        if (o.groups().contains("dict")) {
            Map<String, String> dict = WordSegmenter.taggerDictionary();
            lexicon.withTagDictionary(dict);
            for (NerLexicon l : foldLex) if (l != null) l.withTagDictionary(dict);
            log.printf("tagger lexicon: %d word forms%n", dict.size());
        }
        // Mention replacement: copies of the training sentences with other names of the same type.
        // The name lists and clusters above are of the real sentences only; the copies come after
        // them as a document of their own (their context is other copies, never a real sentence),
        // and each copy sees the name lists its original sees.
        List<ConllCorpus.Sentence> all = train;
        List<List<List<WordSegmenter.Segment>>> allSegs = trainSegs;
        List<Integer> origins = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) origins.add(i);
        if (o.augment() > 0) {
            Augmented aug = mentionReplacement(train, trainSegs, o.augment(), o.augmentSeed());
            all = new ArrayList<>(train);
            all.addAll(aug.sentences());
            allSegs = new ArrayList<>(trainSegs);
            allSegs.addAll(aug.segs());
            origins.addAll(aug.origins());
            log.printf("mention replacement: %d copies of %d training sentences (%d round(s), seed %d)%n",
                    aug.sentences().size(), train.size(), o.augment(), o.augmentSeed());
        }
        List<List<CoreLabel>> docs = new ArrayList<>(all.size());
        List<Map<String, Set<String>>> trainContexts = new ArrayList<>();
        if (o.groups().contains("context")) {
            List<Map<String, Set<String>>> ev = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                NerLexicon lex = names ? foldLex[fold(origins.get(i), train.size(), folds)] : lexicon;
                ev.add(WordFeatures.evidence(all.get(i).words(), allSegs.get(i), lex, o.groups()));
            }
            trainContexts = new ArrayList<>(WordFeatures.contexts(ev.subList(0, train.size())));
            if (all.size() > train.size()) trainContexts.addAll(WordFeatures.contexts(ev.subList(train.size(), all.size())));
        }
        for (int i = 0; i < all.size(); i++) {
            ConllCorpus.Sentence s = all.get(i);
            NerLexicon lex = names ? foldLex[fold(origins.get(i), train.size(), folds)] : lexicon;
            List<CoreLabel> labels = WordFeatures.labels(s.words(), allSegs.get(i), lex, o.groups(),
                    trainContexts.isEmpty() ? null : trainContexts.get(i));
            List<String> gold = iobes ? AnercorpLabels.iob2ToIobes(s.tags()) : AnercorpLabels.toIob2(s.tags());
            for (int j = 0; j < labels.size(); j++) {
                labels.get(j).set(CoreAnnotations.AnswerAnnotation.class, gold.get(j));
                labels.get(j).set(CoreAnnotations.GoldAnswerAnnotation.class, gold.get(j));
            }
            docs.add(labels);
        }
        Properties props = defaultCrfProperties();
        props.putAll(o.crf());
        double prune = Double.parseDouble((String) props.remove("rawabit.prune"));
        props.remove("rawabit.iobes");
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
        t0 = System.nanoTime();
        crf.train(docs, null);
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;
        log.printf("trained the CRF on %d sentences in %.1f s%n", all.size(), trainMillis / 1e3);
        if (prune > 0 && !dev.isEmpty() && Boolean.getBoolean("rawabit.ner.verbose")) {
            ArabicNerModel unpruned = new ArabicNerModel(crf, lexicon, o.groups(), new Properties());
            List<List<String>> gold = new ArrayList<>();
            for (ConllCorpus.Sentence s : dev) gold.add(s.tags());
            List<List<String>> pred = tagDev(unpruned, dev, segs.subList(train.size(), segs.size()));
            log.print("dev before pruning:\n" + NerEvaluation.scoreSentences(gold, pred).table());
        }
        if (prune > 0) {
            int[] kept = CrfPruning.prune(crf, prune);
            log.printf("pruned features with all |weights| < %s: kept %d of %d%n", prune, kept[0], kept[1]);
        }

        Properties notes = new Properties();
        notes.setProperty("trainingSentences", Integer.toString(train.size()));
        if (o.augment() > 0) notes.setProperty("augment", o.augment() + " (seed " + o.augmentSeed() + ")");
        notes.setProperty("groups", String.join(",", o.groups()));
        notes.setProperty("clusterSizes", o.clusterSizes().toString());
        notes.setProperty("crf", new TreeMap<>(o.crf()).toString());
        notes.setProperty(ArabicNerModel.ENTITY_BIAS, Double.toString(o.entityBias()));
        ArabicNerModel model = new ArabicNerModel(crf, lexicon, o.groups(), notes);

        NerEvaluation eval = null;
        List<List<String>> predictions = new ArrayList<>();
        if (!dev.isEmpty()) {
            predictions = tagDev(model, dev, segs.subList(train.size(), segs.size()));
            List<List<String>> gold = new ArrayList<>();
            for (ConllCorpus.Sentence s : dev) gold.add(s.tags());
            eval = NerEvaluation.scoreSentences(gold, predictions);
            notes.setProperty("devSentences", Integer.toString(dev.size()));
            notes.setProperty("devF1", NerEvaluation.fixed2(100 * eval.overall().f1()));
        }
        return new Result(model, eval, predictions, trainMillis);
    }

    /** Tags held-out sentences as {@link ArabicNerModel#tagAll} would (neighbouring sentences as context). */
    private static List<List<String>> tagDev(ArabicNerModel model, List<ConllCorpus.Sentence> dev, List<List<List<WordSegmenter.Segment>>> segs) {
        List<List<String>> words = new ArrayList<>(dev.size());
        for (ConllCorpus.Sentence s : dev) words.add(s.words());
        List<Map<String, Set<String>>> ctx = model.contexts(words, segs);
        List<List<String>> out = new ArrayList<>(dev.size());
        for (ArabicNerModel.Tagging t : model.tagRun(words, segs, ctx, 1, false)) out.add(t.tags());
        return out;
    }

    /** Contiguous folds (neighbouring sentences come from the same article). */
    private static int fold(int i, int n, int folds) {
        return (int) ((long) i * folds / n);
    }

    /** Unlabelled token sequences for clustering: clitics and article-free stems, one token each. */
    static List<List<String>> clusterText(List<ConllCorpus.Sentence> sentences, List<List<List<WordSegmenter.Segment>>> segs) {
        List<List<String>> text = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<String> seq = new ArrayList<>();
            List<String> words = sentences.get(i).words();
            for (int w = 0; w < words.size(); w++) {
                List<WordSegmenter.Segment> ws = segs.get(i).get(w);
                WordFeatures.Analysis a = WordFeatures.analyse(words.get(w), ws);
                for (int c = 0; c < a.proclitics().length(); c++) seq.add(a.proclitics().substring(c, c + 1));
                seq.add(a.bare());
                if (!a.enclitics().isEmpty()) seq.add("+" + a.enclitics());
            }
            text.add(seq);
        }
        return text;
    }

    /** Segments every sentence, on two threads, reusing {@code cache} when it holds the same corpus. */
    static List<List<List<WordSegmenter.Segment>>> segmentAll(List<ConllCorpus.Sentence> corpus, boolean pos, Path cache) throws IOException {
        if (cache != null && Files.isRegularFile(cache)) {
            List<List<List<WordSegmenter.Segment>>> cached = readCache(cache, corpus, pos);
            if (cached != null) return cached;
        }
        ExecutorService ex = Executors.newFixedThreadPool(2);
        List<List<List<WordSegmenter.Segment>>> out = new ArrayList<>(corpus.size());
        try {
            List<Future<List<List<WordSegmenter.Segment>>>> fs = new ArrayList<>();
            for (ConllCorpus.Sentence s : corpus) fs.add(ex.submit(() -> WordSegmenter.segment(s.words(), pos)));
            for (Future<List<List<WordSegmenter.Segment>>> f : fs) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("segmentation failed: " + e.getCause(), e.getCause());
        } finally {
            ex.shutdownNow();
        }
        if (cache != null) writeCache(cache, corpus, out, pos);
        return out;
    }

    private static void writeCache(Path cache, List<ConllCorpus.Sentence> corpus, List<List<List<WordSegmenter.Segment>>> segs, boolean pos) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            w.write("pos=" + pos + "\n");
            for (int i = 0; i < corpus.size(); i++) {
                List<String> words = corpus.get(i).words();
                for (int j = 0; j < words.size(); j++) {
                    w.write(words.get(j));
                    for (WordSegmenter.Segment s : segs.get(i).get(j)) w.write("\t" + s.form() + "\u0001" + s.pos());
                    w.write('\n');
                }
                w.write('\n');
            }
        }
    }

    private static List<List<List<WordSegmenter.Segment>>> readCache(Path cache, List<ConllCorpus.Sentence> corpus, boolean pos) throws IOException {
        List<List<List<WordSegmenter.Segment>>> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            if (!("pos=" + pos).equals(r.readLine())) return null;
            for (ConllCorpus.Sentence s : corpus) {
                List<List<WordSegmenter.Segment>> sent = new ArrayList<>();
                for (String word : s.words()) {
                    String line = r.readLine();
                    if (line == null) return null;
                    String[] f = line.split("\t");
                    if (!f[0].equals(word) || f.length < 2) return null;
                    List<WordSegmenter.Segment> ws = new ArrayList<>();
                    for (int k = 1; k < f.length; k++) {
                        int sep = f[k].indexOf('\u0001');
                        ws.add(new WordSegmenter.Segment(f[k].substring(0, sep), f[k].substring(sep + 1)));
                    }
                    sent.add(ws);
                }
                if (!"".equals(r.readLine())) return null;
                out.add(sent);
            }
        }
        return out;
    }

    /**
     * Reads a gazetteer from knowledge-base CSVs (columns id,type,label_ar,…,variants_ar with
     * '|'-separated variants): name (article-free stem keys) → ANERcorp type. Posts and events are left out.
     */
    static Map<String, String> readGazetteer(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.csv")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                readGazetteer(r, f.toString(), out);
            }
        }
        return out;
    }

    /**
     * The bundled knowledge base ({@link org.rawabit.kb.KnowledgeBase#BUNDLED}) as a gazetteer: the
     * same names, read in the same (file name) order, as {@code --gazetteer ontology/kb} from the
     * project directory.
     */
    static Map<String, String> bundledGazetteer() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> files = new ArrayList<>(org.rawabit.kb.KnowledgeBase.BUNDLED);
        files.sort(java.util.Comparator.comparing(f -> f.substring(f.lastIndexOf('/') + 1)));
        for (String f : files) {
            try (java.io.InputStream in = NerTrainer.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) continue;
                readGazetteer(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), f, out);
            }
        }
        return out;
    }

    private static void readGazetteer(Reader r, String file, Map<String, String> out) throws IOException {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get().parse(r)) {
            if (!p.getHeaderMap().containsKey("type") || !p.getHeaderMap().containsKey("label_ar")) return;
            for (CSVRecord rec : p) {
                String type = switch (rec.get("type")) {
                    case "Country", "City", "Region", "Place" -> "LOC";
                    case "Organization", "GovernmentOrganization" -> "ORG";
                    case "Person" -> "PERS";
                    default -> null;
                };
                if (type == null) continue;
                List<String> names = new ArrayList<>();
                names.add(rec.get("label_ar"));
                if (rec.isMapped("variants_ar") && rec.isSet("variants_ar")) {
                    for (String v : rec.get("variants_ar").split("\\|")) names.add(v);
                }
                for (String n : names) {
                    String key = gazetteerKey(n);
                    if (!key.isEmpty()) out.putIfAbsent(key, type);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Space-separated article-free keys of a name's words, as {@link WordFeatures} matches them. */
    static String gazetteerKey(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : ArabicNormaliser.normalise(name).trim().split("\\s+")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(WordFeatures.bare(w));
        }
        return b.toString();
    }
}
