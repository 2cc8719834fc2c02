package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** query, export and stats never load the NLP models: checked on the classes a fresh JVM loads. */
class QueryWithoutModelsTest {
    @TempDir
    Path tmp;

    @Test
    void readCommandsDoNotTouchCoreNlp() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), "src/test/resources/samples/sample-01-marrakech-dateline.txt").exit());
        for (List<String> command : List.of(
                List.of("query", "--db", db.toString(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                List.of("stats", "--db", db.toString()),
                List.of("export", "--db", db.toString(), "--format", "nquads", "--out", tmp.resolve("x.nq").toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), "org.rawabit.cli.Main"));
            args.addAll(command);
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.contains("[class,load]")).reduce("", (a, b) -> a + "\n" + b));
            assertTrue(out.contains("org.rawabit.cli.Main"), "class loading was logged");
            assertFalse(out.contains("edu.stanford.nlp.pipeline.StanfordCoreNLP "), command.get(0) + " loaded CoreNLP");
            assertFalse(out.contains("edu.stanford.nlp.tagger.maxent.MaxentTagger "), command.get(0) + " loaded the POS tagger");
        }
    }
}
