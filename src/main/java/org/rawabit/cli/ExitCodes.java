package org.rawabit.cli;

/** Exit statuses shared by all commands. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    /** The command ran, but some inputs failed (each reported). */
    static final int SOME_FAILED = 1;
    /** The command could not run: bad arguments, missing store, bad query. */
    static final int USAGE = 2;
}
