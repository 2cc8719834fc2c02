package org.rawabit.store;

import java.nio.file.Path;

/**
 * Test helper run in a child JVM: opens a store, says "holding" on standard output, and keeps it
 * open (and so locked) until its standard input closes or it is killed.
 */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (RawabitStore s = RawabitStore.open(Path.of(args[0]), false)) {
            System.out.println("holding " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until stdin closes
            }
        }
    }
}
