package org.rawabit.read;

/**
 * A problem with one input that the user can fix: it names the input and the cause, and carries
 * no stack trace to the user.
 */
public final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String input;

    public InputProblem(String input, String cause) {
        super(input + ": " + cause);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
