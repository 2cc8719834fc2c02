package org.rawabit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the Spark extraction job on an embedded local Spark (no cluster needed).",
                "Reads articles as 'ingest' does, writes OUTPUT/quads/part-*.gz (N-Quads, one named graph per",
                "document, cross-document links applied) and OUTPUT/rejects; build a store with 'rawabit load'.",
                "On a cluster: spark-submit --class org.rawabit.spark.SparkExtractJob target/rawabit-spark.jar --input … --output …"},
        footer = {"", "Exit status: 0 done (rejects are counted, never fatal), 2 the job could not run."})
final class SparkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "File or folder of articles (any Hadoop file system URI).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "New folder for the N-Quads and rejects.")
    String output;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Extraction tasks (default: four per core).")
    int partitions;

    @Override
    public Integer call() {
        if (partitions < 0) throw new UserError("--partitions must be at least 1");
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException e) {
            throw new UserError("Spark is not on the class path: run 'rawabit spark' through the ./rawabit launcher, which adds it");
        }
        try {
            var summary = org.rawabit.spark.LocalSpark.run(master, input, output, partitions);
            spec.commandLine().getOut().println(org.rawabit.spark.SparkExtractJob.describe(summary, output));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
