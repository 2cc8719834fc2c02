package org.rawabit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOptions {
    static final String DEFAULT_DB = "rawabit-data/tdb2";

    @Option(names = "--db", paramLabel = "DIR", defaultValue = DEFAULT_DB,
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path db;
}
