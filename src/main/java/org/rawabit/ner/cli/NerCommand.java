package org.rawabit.ner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.ner.ArabicNerModel;
import org.rawabit.ner.ConllCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ner}: tags the words of a CoNLL file with ANERcorp labels. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag a CoNLL file ('WORD' or 'WORD TAG' per line, blank line between sentences) with the Arabic NER "
                + "model; writes 'WORD TAG' lines with ANERcorp labels (B-PERS, I-LOC, B-ORG, B-MISC, O, ...). "
                + "Sentences are read as running text: each is tagged with its neighbours as context, and a name repeated "
                + "within 25 sentences gets one label (--no-consistency to tag the CRF's labels as they are).")
public final class NerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "IN", description = "Input CoNLL file; an existing tag column is ignored.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output file of 'WORD TAG' lines.")
    Path out;

    @Option(names = "--model", paramLabel = "PATH", description = "Model file (default: the model shipped with Rawabit).")
    Path model;

    @Option(names = "--entity-bias", paramLabel = "B", description = "Decode with this entity bias instead of the model's own.")
    Double entityBias;

    @Option(names = "--no-consistency", description = "Keep the CRF's labels as they are, without making repeated names consistent.")
    boolean noConsistency;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Sentences tagged in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        try {
            List<ConllCorpus.Sentence> corpus = NerCli.corpus(in);
            ArabicNerModel m = NerCli.model(model);
            if (noConsistency) m = m.withLabelConsistency(false);
            if (entityBias != null) {
                if (!Double.isFinite(entityBias)) throw new NerCli.UserProblem("--entity-bias must be a finite number, got " + entityBias);
                m = m.withEntityBias(entityBias);
            }
            List<List<String>> words = NerCli.words(corpus);
            List<List<String>> tags = m.tagAll(words, Math.max(1, threads));
            try {
                ConllCorpus.write(out, words, tags);
            } catch (IOException e) {
                throw new NerCli.UserProblem("cannot write " + out + ": " + e.getMessage());
            }
            return 0;
        } catch (NerCli.UserProblem e) {
            System.err.println("ner: " + e.getMessage());
            return NerCli.USER_ERROR;
        }
    }
}
