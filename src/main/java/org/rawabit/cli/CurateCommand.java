package org.rawabit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rawabit.read.InputProblem;
import org.rawabit.store.CurationFile;
import org.rawabit.store.Curator;
import org.rawabit.store.RawabitStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Apply a curation file (CSV: action,form,entity,value) to a store; the corrections are kept",
                "in the store and applied again after every ingest. Applying the same file twice changes nothing.",
                "Actions: reject (a form or an entity is never an entity), merge (entity is value), retype (value:",
                "Person, Organization, GovernmentOrganization, Place, Country, City, Region or Event), relabel (value:",
                "the Arabic label), link (value: a Wikidata id, Q…). retype, relabel and link take an entity or a form."},
        footer = {"", "A bad row stops everything before any change: 'rawabit: FILE:LINE: cause'."})
final class CurateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The curation CSV.")
    Path file;

    @Override
    public Integer call() throws InputProblem {
        CurationFile curation = CurationFile.read(file);
        try (RawabitStore s = RawabitStore.open(store.db, false)) {
            report(spec.commandLine().getOut(), curation, new Curator(s).install(curation));
            CompactCommand.whenItPaysOff(s, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    static void report(PrintWriter out, CurationFile curation, Curator.Changes c) {
        out.printf("curation %s: %d rule(s) stored in <%s>; %s%n", curation.name(), curation.rules().size(),
                Curator.graphIri(curation.name()), c.total() == 0 ? "the store was already curated (nothing changed)"
                        : String.format("%d mention(s) and %d entity description(s) removed, %d merge(s), %d type(s), %d label(s) and %d link(s) changed",
                                c.mentionsRemoved(), c.entitiesRemoved(), c.merged(), c.retyped(), c.relabelled(), c.linked()));
        out.flush();
    }
}
