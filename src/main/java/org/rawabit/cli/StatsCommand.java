package org.rawabit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count documents, entities by type, mentions, facts and triples in a store.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            print(s, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    static void print(RawabitStore s, PrintWriter out) {
        Map<String, Long> stats = s.stats();
        int width = stats.keySet().stream().mapToInt(String::length).max().orElse(10);
        for (Map.Entry<String, Long> e : stats.entrySet()) {
            out.printf("%-" + width + "s %,10d%n", e.getKey(), e.getValue());
        }
    }
}
