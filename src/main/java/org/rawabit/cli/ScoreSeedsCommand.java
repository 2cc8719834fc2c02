package org.rawabit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rawabit.eval.SeedEvaluation;
import org.rawabit.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score-seeds", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on the annotated articles and score it against their gold annotation:",
                "entity precision, recall and F1 (one entity counted once per article) and the share of gold facts found.",
                "No store is written. Gold format: seeds/README.md."})
final class ScoreSeedsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Annotated articles (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold files ID.tsv (default: SEEDS/gold).")
    Path gold;

    @Option(names = "--details", description = "Also list each missed or spurious entity and each missed fact.")
    boolean details;

    @picocli.CommandLine.Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws IOException {
        org.rawabit.ner.PrecisionGate gate = extraction.gate();
        Path goldDir = gold != null ? gold : seeds.resolve("gold");
        if (!Files.exists(seeds)) throw new UserError("no articles at " + seeds.toAbsolutePath() + " (run from the project directory or pass --seeds DIR)");
        if (!Files.isDirectory(goldDir)) throw new UserError("no gold folder at " + goldDir.toAbsolutePath() + " (pass --gold DIR)");
        PrintWriter out = spec.commandLine().getOut();
        try {
            SeedEvaluation.run(Pipelines.standard(KnowledgeBase.bundled(), gate), seeds, goldDir).print(out, details);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
