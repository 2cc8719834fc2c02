package org.rawabit.cli;

import org.rawabit.ner.PrecisionGate;
import picocli.CommandLine.Option;

/** Options of the commands that build the extraction pipeline (ingest, annotate, demo, serve, bench, score-seeds). */
final class ExtractionOptions {

    @Option(names = "--min-confidence", paramLabel = "T",
            description = "Confidence in [0, 1] a name found only by the statistical model needs when nothing in the text "
                    + "supports it (a repeat, a title or head word, an apposition); default: "
                    + PrecisionGate.DEFAULT_MIN_CONFIDENCE + ", chosen on held-out data.")
    Double minConfidence;

    /** The precision gate asked for; a confidence outside [0, 1] is the user's to fix. */
    PrecisionGate gate() {
        if (minConfidence == null) return PrecisionGate.standard();
        if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UserError("--min-confidence must be between 0 and 1, got " + minConfidence);
        return new PrecisionGate(minConfidence);
    }
}
