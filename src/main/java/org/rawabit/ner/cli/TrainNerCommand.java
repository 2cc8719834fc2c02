package org.rawabit.ner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rawabit.ner.ConllCorpus;
import org.rawabit.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-ner}: trains the Arabic NER model on ANERcorp-style CoNLL data. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the Arabic NER model (CRF) on a CoNLL file of 'WORD TAG' lines (ANERcorp labels). "
                + "With --dev-fraction, the last part of the sentences is held out and scored.")
public final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data: 'WORD TAG' per line, blank line between sentences.")
    Path conll;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model (gzipped).")
    Path out;

    @Option(names = "--dev-fraction", defaultValue = "0", paramLabel = "F",
            description = "Hold out the last F of the sentences (e.g. 0.2), train on the rest and print scores on them (default: ${DEFAULT-VALUE}).")
    double devFraction;

    @Option(names = "--dev-out", paramLabel = "FILE", description = "Also write the held-out sentences' predictions as 'WORD TAG' lines.")
    Path devOut;

    @Option(names = "--dev-gold", paramLabel = "FILE", description = "Also write the held-out sentences' gold tags as 'WORD TAG' lines.")
    Path devGold;

    @Option(names = "--features", split = ",", paramLabel = "GROUP",
            description = "Feature groups (default: stem,stempair,clitic,pos,affix,shape,cluster,gaz,trigger,names,context,lists; also: dict).")
    List<String> features;

    @Option(names = "--clusters", split = ",", paramLabel = "K", description = "Class counts of the word clusterings (default: 64,256,1024).")
    List<Integer> clusters;

    @Option(names = "--gazetteer", paramLabel = "DIR",
            description = "Directory of knowledge-base CSVs to use as gazetteer (default: the bundled knowledge base; leave out the group 'gaz' for none).")
    Path gazetteer;

    @Option(names = "--crf", paramLabel = "KEY=VALUE", description = "Override a CoreNLP CRFClassifier property (repeatable).")
    Map<String, String> crf;

    @Option(names = "--entity-bias", paramLabel = "B",
            description = "Decoding bias towards entity labels, stored in the model (default: the shipped recipe's, ${DEFAULT-VALUE}).")
    double entityBias = NerTrainer.DEFAULT_ENTITY_BIAS;

    @Option(names = "--augment", paramLabel = "K",
            description = "Mention replacement: add K copies of each training sentence with an entity, its names replaced by "
                    + "other training names of the same type (default: the shipped recipe's, ${DEFAULT-VALUE}).")
    int augment = NerTrainer.DEFAULT_AUGMENT;

    @Option(names = "--augment-seed", paramLabel = "N", description = "Seed of the mention-replacement draws (default: ${DEFAULT-VALUE}).")
    long augmentSeed = NerTrainer.DEFAULT_AUGMENT_SEED;

    @Option(names = "--segment-cache", paramLabel = "FILE", hidden = true, description = "Cache of the segmenter's output, to speed up experiments.")
    Path segmentCache;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(conll)) {
            System.err.println("train-ner: training file not found: " + conll);
            return 2;
        }
        if (devFraction < 0 || devFraction >= 1) {
            System.err.println("train-ner: --dev-fraction must be in [0, 1), got " + devFraction);
            return 2;
        }
        if (!Double.isFinite(entityBias)) {
            System.err.println("train-ner: --entity-bias must be a finite number, got " + entityBias);
            return 2;
        }
        if (gazetteer != null && !Files.isDirectory(gazetteer)) {
            System.err.println("train-ner: gazetteer directory not found: " + gazetteer);
            return 2;
        }
        if (augment < 0) {
            System.err.println("train-ner: --augment must be 0 or more, got " + augment);
            return 2;
        }
        NerTrainer.Options d = NerTrainer.Options.defaults();
        Set<String> groups = features == null ? d.groups() : new LinkedHashSet<>(features);
        for (String g : groups) {
            if (!NerTrainer.featureGroups().contains(g)) {
                System.err.println("train-ner: unknown feature group '" + g + "' (known: " + String.join(",", NerTrainer.featureGroups()) + ")");
                return 2;
            }
        }
        Properties props = new Properties();
        if (crf != null) props.putAll(crf);
        NerTrainer.Options o = new NerTrainer.Options(groups, clusters == null ? d.clusterSizes() : new ArrayList<>(clusters),
                devFraction, gazetteer, props, segmentCache, entityBias, augment, augmentSeed);
        List<ConllCorpus.Sentence> corpus;
        try {
            corpus = ConllCorpus.read(conll);
        } catch (IOException e) {
            System.err.println("train-ner: cannot read " + conll + ": " + e.getMessage());
            return 2;
        }
        if (corpus.isEmpty() || !corpus.get(0).tagged()) {
            System.err.println("train-ner: " + conll + " has no tagged sentences ('WORD TAG' lines)");
            return 2;
        }
        try {
            NerTrainer.Result r = NerTrainer.train(corpus, o, System.err);
            r.model().save(out);
            System.out.printf("model written to %s (%.1f MB)%n", out, Files.size(out) / 1e6);
            if (r.dev() != null) {
                int nDev = r.devPredictions().size();
                List<ConllCorpus.Sentence> dev = corpus.subList(corpus.size() - nDev, corpus.size());
                if (devOut != null || devGold != null) {
                    List<List<String>> words = new ArrayList<>(), gold = new ArrayList<>();
                    for (ConllCorpus.Sentence s : dev) {
                        words.add(s.words());
                        gold.add(s.tags());
                    }
                    if (devOut != null) ConllCorpus.write(devOut, words, r.devPredictions());
                    if (devGold != null) ConllCorpus.write(devGold, words, gold);
                }
                System.out.printf("dev: last %d of %d sentences (held out from training and clustering)%n", nDev, corpus.size());
                System.out.print(r.dev().table());
            }
            return 0;
        } catch (IOException e) {
            System.err.println("train-ner: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("train-ner: " + e.getMessage());
            return 2;
        }
    }
}
