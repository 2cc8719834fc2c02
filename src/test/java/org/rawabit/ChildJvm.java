package org.rawabit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of the test classpath in a new JVM, as a separate process (for lock and crash tests). */
public final class ChildJvm {
    private ChildJvm() {}

    public static ProcessBuilder builder(Class<?> main, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        return builder(main, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
