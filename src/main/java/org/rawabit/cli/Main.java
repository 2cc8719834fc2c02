package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.rawabit.read.InputProblem;
import org.rawabit.store.StoreProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rawabit} command: Arabic news in, knowledge graph out. */
@Command(name = "rawabit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rawabit (روابط) turns Arabic news into a knowledge graph in Apache Jena TDB2.",
        subcommands = {DemoCommand.class, IngestCommand.class, AnnotateCommand.class, CurateCommand.class, DeleteCommand.class,
                QueryCommand.class, ExportCommand.class,
                StatsCommand.class, EntitiesCommand.class, ValidateCommand.class, ReindexCommand.class, CompactCommand.class, SparkCommand.class, LoadCommand.class,
                ConsoleCommand.class, ServeCommand.class, BenchCommand.class, ScoreSeedsCommand.class,
                org.rawabit.ner.cli.NerCommand.class, NerPipelineCommand.class, org.rawabit.ner.cli.TrainNerCommand.class,
                org.rawabit.ner.cli.EvalNerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        org.rawabit.rdf.JdkStax.use();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof StoreProblem || ex instanceof InputProblem || ex instanceof UserError) {
                line.getErr().println("rawabit: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            throw ex;
        });
        return cl;
    }

    /** Version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"rawabit " + (v == null ? "dev" : v)};
        }
    }
}
