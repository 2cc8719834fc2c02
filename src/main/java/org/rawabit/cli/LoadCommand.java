package org.rawabit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rawabit.store.BulkLoad;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Build or extend a store from N-Quads with TDB2's bulk loader (e.g. the output of 'rawabit spark').",
                "PART is a file (.nq, .nq.gz, part-*) or a folder searched for them. Documents already in the",
                "store are replaced; the load is one transaction, so a bad file leaves the store as it was."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PART", description = "N-Quads files or folders.")
    List<Path> parts = new ArrayList<>();

    @Option(names = "--loader", paramLabel = "PLAN", defaultValue = "parallel",
            description = "TDB2 loader: parallel, phased or sequential (default: ${DEFAULT-VALUE}).")
    String loader;

    @Override
    public Integer call() {
        BulkLoad.Plan plan;
        try {
            plan = BulkLoad.Plan.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--loader must be parallel, phased or sequential, not '" + loader + "'");
        }
        List<Path> files = BulkLoad.files(parts);
        try (RawabitStore s = RawabitStore.open(store.db, true)) {
            BulkLoad.Result r = BulkLoad.load(s, files, plan);
            spec.commandLine().getOut().printf(Locale.ROOT, "loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s) into %s%s%n",
                    r.quads(), r.files(), r.millis() / 1000.0, r.quads() * 1000.0 / Math.max(1, r.millis()), store.db,
                    r.replacedGraphs() > 0 ? "; " + r.replacedGraphs() + " document(s) replaced" : "");
            CompactCommand.whenItPaysOff(s, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
