package org.rawabit.cli;

/** An error the user caused and can fix; printed as one line, without a stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
