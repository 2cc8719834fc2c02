package org.rawabit.ner.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.ner.ArabicNerModel;
import org.rawabit.ner.ConllCorpus;
import org.rawabit.ner.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval-ner}: scores the NER model against a gold CoNLL file. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Tag the words of a gold CoNLL file ('WORD TAG' lines) and print entity-level precision, recall and F1 "
                + "per type and overall (exact span and type, scored as shared/tools/nerscore.py scores).")
public final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "GOLD", description = "Gold CoNLL file: 'WORD TAG' per line.")
    Path gold;

    @Option(names = "--out", paramLabel = "PRED", description = "Also write the predictions as 'WORD TAG' lines.")
    Path out;

    @Option(names = "--entity-bias", split = ",", paramLabel = "B",
            description = "Decode with this entity bias instead of the model's own; several comma-separated values print "
                    + "one overall line each (to tune it on held-out data) and score the first in full.")
    List<Double> biases;

    @Option(names = "--min-confidence", split = ",", paramLabel = "T",
            description = "Instead of the table, print the precision gate's curve: PERS, ORG and LOC entities (the types the "
                    + "pipeline uses) kept when supported by the text or at least this confident, one line per T.")
    List<Double> minConfidences;

    @Option(names = "--gate-entities", paramLabel = "FILE", hidden = true,
            description = "With --min-confidence, also write each tagged entity's confidence, support and correctness (for tuning).")
    Path gateEntities;

    @Mixin
    TaggingOptions tagging;

    @Override
    public Integer call() {
        try {
            List<ConllCorpus.Sentence> corpus = NerCli.corpus(gold);
            if (corpus.isEmpty() || !corpus.get(0).tagged()) {
                throw new NerCli.UserProblem(gold + " has no gold tags: expected 'WORD TAG' lines");
            }
            ArabicNerModel m = tagging.model();
            List<List<String>> words = NerCli.words(corpus);
            List<List<String>> goldTags = new ArrayList<>();
            for (ConllCorpus.Sentence s : corpus) goldTags.add(s.tags());
            if (minConfidences != null && !minConfidences.isEmpty()) {
                for (double t : minConfidences) NerCli.minConfidence(t);
                List<org.rawabit.ner.PrecisionGate.Found> found = m.entities(words, tagging.threads());
                System.out.print(GateCurve.of(found, goldTags, minConfidences));
                if (gateEntities != null) GateCurve.write(gateEntities, found, goldTags);
                return 0;
            }
            List<Double> sweep = biases == null || biases.isEmpty() ? List.of(m.entityBias()) : biases;
            for (double b : sweep) NerCli.entityBias(b);
            long t0 = System.nanoTime();
            List<List<List<String>>> tagged = m.tagAll(words, tagging.threads(), sweep);
            double secs = (System.nanoTime() - t0) / 1e9;
            List<List<String>> pred = tagged.get(0);
            if (sweep.size() > 1) {
                System.out.println("entity bias      P       R      F1");
                for (int i = 0; i < sweep.size(); i++) {
                    NerEvaluation.Score o = NerEvaluation.scoreSentences(goldTags, tagged.get(i)).overall();
                    System.out.printf("%11.3f  %6.2f  %6.2f  %6.2f%n", sweep.get(i), 100 * o.precision(), 100 * o.recall(), 100 * o.f1());
                }
                System.out.println();
            }
            if (out != null) NerCli.write(out, words, pred);
            int tokens = 0;
            for (List<String> w : words) tokens += w.size();
            System.out.print(NerEvaluation.scoreSentences(goldTags, pred).table());
            if (sweep.size() == 1) {
                System.err.printf("tagged %d sentences, %d tokens in %.1f s (%.0f tokens/s)%n", words.size(), tokens, secs, tokens / secs);
            }
            return 0;
        } catch (NerCli.UserProblem e) {
            System.err.println("eval-ner: " + e.getMessage());
            return NerCli.USER_ERROR;
        }
    }
}
