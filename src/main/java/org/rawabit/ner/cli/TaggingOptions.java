package org.rawabit.ner.cli;

import java.nio.file.Path;
import org.rawabit.ner.ArabicNerModel;
import picocli.CommandLine.Option;

/** The options of the commands that tag with a model ({@code ner}, {@code eval-ner}): which model, how it decodes, how many threads. */
final class TaggingOptions {

    @Option(names = "--model", paramLabel = "PATH", description = "Model file (default: the model shipped with Rawabit).")
    Path model;

    @Option(names = "--no-consistency", description = "Keep the CRF's labels as they are, without making repeated names consistent.")
    boolean noConsistency;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Sentences tagged in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    /** The chosen model, with label consistency switched off when asked. */
    ArabicNerModel model() throws NerCli.UserProblem {
        ArabicNerModel m = NerCli.model(model);
        return noConsistency ? m.withLabelConsistency(false) : m;
    }

    int threads() {
        return Math.max(1, threads);
    }
}
