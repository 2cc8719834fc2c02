package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** Every export format reads back; Turtle also passes an independent parser (raptor's rapper). */
class ExportTest {
    @TempDir
    static Path tmp;
    static Path db;
    static long triples;

    @BeforeAll
    static void ingest() {
        db = tmp.resolve("db");
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), "src/test/resources/samples/sample-01-marrakech-dateline.txt", "src/test/resources/samples/sample-03-levantine-months.txt").exit());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            triples = s.stats().get("triples");
        }
    }

    private Path export(String format, String... extra) {
        String ext = switch (format) {
            case "turtle" -> "ttl";
            case "nquads" -> "nq";
            case "ntriples" -> "nt";
            default -> format;
        };
        Path out = tmp.resolve("export-" + java.util.Arrays.hashCode(extra) + "." + ext);
        String[] args = new String[] {"export", "--db", db.toString(), "--format", format, "--out", out.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra)).toArray(String[]::new);
        CliRun r = CliRun.run(all);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void quadFormatsKeepEveryTripleInItsDocumentGraph() {
        for (String f : new String[] {"trig", "nquads", "jsonld"}) {
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, export(f).toString());
            long n = 0;
            var names = ds.listNames();
            int graphs = 0;
            while (names.hasNext()) {
                n += ds.getNamedModel(names.next()).size();
                graphs++;
            }
            assertEquals(2, graphs, f);
            assertEquals(triples, n, f);
        }
    }

    @Test
    void tripleFormatsHoldTheMergedGraph() {
        for (String f : new String[] {"turtle", "ntriples"}) {
            Model m = RDFDataMgr.loadModel(export(f).toString());
            assertTrue(m.size() > 0 && m.size() <= triples, f + ": " + m.size());
        }
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void oneDocumentGraph() {
        String graph = "https://w3id.org/rawabit/doc/sample-01-marrakech-dateline";
        Model m = RDFDataMgr.loadModel(export("turtle", "--graph", graph).toString());
        assertTrue(m.contains(m.createResource(graph), null, (org.apache.jena.rdf.model.RDFNode) null));
        // A prefixed name is expanded, like --entity: the same graph, as JSON-LD with its graph kept.
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, export("jsonld", "--graph", "rwdoc:sample-01-marrakech-dateline").toString());
        assertEquals(java.util.List.of(graph), iterable(ds.listNames()));
        assertTrue(ds.getNamedModel(graph).isIsomorphicWith(m), "the same triples as the Turtle export");
        CliRun r = CliRun.run("export", "--db", db.toString(), "--graph", "https://w3id.org/rawabit/doc/none");
        assertEquals(2, r.exit());
    }

    @Test
    void turtleParsesWithRapper() throws Exception {
        boolean haveRapper = new ProcessBuilder("sh", "-c", "command -v rapper").start().waitFor() == 0;
        if (System.getenv("CI") != null) assertTrue(haveRapper, "rapper must be installed by test.sh in CI");
        assumeTrue(haveRapper, "rapper (raptor2-utils) not installed; run ./test.sh to install it");
        Path ttl = export("turtle");
        Process p = new ProcessBuilder("rapper", "-i", "turtle", "-c", ttl.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.matches("(?s).*Parsing returned \\d+ triples.*"), output);
        assertTrue(Files.size(ttl) > 1000);
    }

    @Test
    void formatByItsExtensionOrHyphenatedNameOrTheOutputFile() throws Exception {
        Path byExtension = tmp.resolve("by-extension.out");
        assertEquals(0, CliRun.run("export", "--db", db.toString(), "--format", "nq", "--out", byExtension.toString()).exit());
        Path byName = tmp.resolve("by-name.out");
        assertEquals(0, CliRun.run("export", "--db", db.toString(), "--format", "N-Quads", "--out", byName.toString()).exit());
        // No --format: the output file's extension chooses N-Quads.
        Path byFile = tmp.resolve("by-file.nq");
        CliRun toFile = CliRun.run("export", "--db", db.toString(), "--out", byFile.toString());
        assertEquals(0, toFile.exit());
        assertTrue(toFile.err().matches("wrote [\\d,]+ quads to .*by-file\\.nq\\s*"), toFile.err());
        for (Path p : new Path[] {byExtension, byName, byFile}) {
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, Files.newInputStream(p), org.apache.jena.riot.Lang.NQUADS);
            long n = 0;
            for (var names = ds.listNames(); names.hasNext();) n += ds.getNamedModel(names.next()).size();
            assertEquals(triples, n, p.toString());
        }
        CliRun bad = CliRun.run("export", "--db", db.toString(), "--format", "rdfxml2");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'rdfxml2' is not an RDF format"), bad.err());
    }
}
