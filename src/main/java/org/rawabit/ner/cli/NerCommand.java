package org.rawabit.ner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rawabit.ner.ArabicNerModel;
import org.rawabit.ner.ConllCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--entity-bias", paramLabel = "B", description = "Decode with this entity bias instead of the model's own.")
    Double entityBias;

    @Mixin
    TaggingOptions tagging;

    @Override
    public Integer call() {
        try {
            List<ConllCorpus.Sentence> corpus = NerCli.corpus(in);
            ArabicNerModel m = tagging.model();
            if (entityBias != null) m = m.withEntityBias(NerCli.entityBias(entityBias));
            List<List<String>> words = NerCli.words(corpus);
            NerCli.write(out, words, m.tagAll(words, tagging.threads()));
            return 0;
        } catch (NerCli.UserProblem e) {
            System.err.println("ner: " + e.getMessage());
            return NerCli.USER_ERROR;
        }
    }
}
