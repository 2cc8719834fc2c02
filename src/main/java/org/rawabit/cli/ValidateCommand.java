package org.rawabit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.rawabit.core.Vocab;
import org.rawabit.store.RawabitStore;
import org.rawabit.store.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a store against Rawabit's SHACL shapes (ontology/shapes.ttl); exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", defaultValue = "50", description = "Show at most this many violations (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ReportEntry> entries;
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            entries = new Validator().validate(s);
        }
        if (entries.isEmpty()) {
            out.println("valid: the store conforms to Rawabit's shapes");
            return ExitCodes.OK;
        }
        PrefixMapping pm = Vocab.prefixMapping();
        out.printf("%d violation(s)%n", entries.size());
        entries.stream().limit(limit).forEach(e -> out.printf("- %s %s: %s%n",
                e.focusNode().isURI() ? pm.shortForm(e.focusNode().getURI()) : e.focusNode().toString(),
                e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)), e.message()));
        if (entries.size() > limit) out.printf("… and %d more (use --limit)%n", entries.size() - limit);
        return ExitCodes.SOME_FAILED;
    }
}
