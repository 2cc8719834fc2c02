package org.rawabit.cli;

import java.util.concurrent.Callable;
import org.rawabit.store.Compaction;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact a store: TDB2 keeps the old copies of every block a write changed until the store is",
                "compacted, so a store written in many transactions takes several times the room its data needs.",
                "'ingest', 'load', 'curate' and 'delete' compact by themselves once the store is over 64 MB and",
                "twice its size after the last compaction. The store must not be open elsewhere (stop 'serve' first)."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            spec.commandLine().getOut().println(Compaction.compact(s).describe() + " (" + store.db + ")");
        }
        return ExitCodes.OK;
    }

    /** After a command wrote to the store: compacts it when that pays off, and says so. */
    static void whenItPaysOff(RawabitStore s, java.io.PrintWriter out) {
        Compaction.compactIfGrown(s).ifPresent(r -> out.println(r.describe()));
    }
}
