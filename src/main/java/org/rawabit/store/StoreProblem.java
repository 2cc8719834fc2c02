package org.rawabit.store;

/** A store that cannot be opened or used, for a reason the user can act on. */
public final class StoreProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreProblem(String message) {
        super(message);
    }

    public StoreProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
