package org.rawabit.cli;

import java.util.concurrent.Callable;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild a store's full-text index (text:query) from the store's labels, mentions, texts and quotations.")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        long n = RawabitStore.reindex(store.db);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "indexed %,d texts of %s in %.1f s%n", n, store.db, (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
