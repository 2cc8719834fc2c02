package org.rawabit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/**
 * {@code export --entity IRI --depth N}: the sub-graph around an entity, checked against the same
 * walk done independently over the whole store read back into memory, in every format.
 */
class EntityExportTest {
    @TempDir
    static Path tmp;
    static Path db;
    static Dataset all;

    @BeforeAll
    static void store() {
        db = SeededStore.detached(tmp.resolve("db"));
        Path nq = tmp.resolve("all.nq");
        CliRun whole = CliRun.run("export", "--db", db.toString(), "--format", "nquads", "--out", nq.toString());
        assertEquals(0, whole.exit(), whole.err());
        all = DatasetFactory.create();
        RDFDataMgr.read(all, nq.toString());
    }

    private Path export(String format, String... extra) {
        Path out = tmp.resolve("entity-" + format + "-" + String.join("-", extra).replaceAll("[^A-Za-z0-9-]", "") + "." + format);
        String[] base = {"export", "--db", db.toString(), "--format", format, "--out", out.toString(), "--entity", "rwid:per-7e617711abbc"};
        CliRun r = CliRun.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    /** Triples with at least one end walked, walking from the entity up to depth-1 hops, both directions, not into classes. */
    static Model expected(Model m, Resource start, int depth) {
        Set<RDFNode> walked = new HashSet<>();
        Deque<RDFNode> frontier = new ArrayDeque<>(Set.of(start));
        Model out = ModelFactory.createDefaultModel();
        for (int hop = 0; hop < depth; hop++) {
            Deque<RDFNode> next = new ArrayDeque<>();
            for (RDFNode x : frontier) {
                if (!walked.add(x)) continue;
                for (Statement s : m.listStatements(x.asResource(), null, (RDFNode) null).toList()) {
                    out.add(s);
                    if (!s.getObject().isLiteral() && !s.getPredicate().equals(RDF.type)) next.add(s.getObject());
                }
                for (Statement s : m.listStatements(null, null, x).toList()) {
                    out.add(s);
                    next.add(s.getSubject());
                }
            }
            next.removeIf(walked::contains);
            frontier = next;
        }
        return out;
    }

    @Test
    void depthOneAndTwoMatchAnIndependentWalkInEveryTripleFormat() {
        Model union = all.getUnionModel();
        Resource e = union.createResource(SeededStore.HAMMOUCHI);
        for (int depth : new int[] {1, 2, 3}) {
            Model want = expected(union, e, depth);
            for (String f : new String[] {"turtle", "ntriples", "jsonld"}) {
                String file = export(f, "--depth", String.valueOf(depth)).toString();
                // JSON-LD keeps each triple's document graph: compare the union of its graphs.
                Model got = f.equals("jsonld") ? RDFDataMgr.loadDataset(file, org.apache.jena.riot.Lang.JSONLD).getUnionModel()
                        : RDFDataMgr.loadModel(file, f.equals("ntriples") ? org.apache.jena.riot.Lang.NTRIPLES : org.apache.jena.riot.Lang.TURTLE);
                assertTrue(got.isIsomorphicWith(want), f + " depth " + depth + ": got " + got.size() + ", want " + want.size());
            }
        }
        assertTrue(expected(union, e, 2).size() > expected(union, e, 1).size());
        // An independent Turtle parser agrees, when the test script has installed it.
        if (java.nio.file.Files.isExecutable(Path.of("/usr/bin/rapper"))) {
            try {
                Process p = new ProcessBuilder("/usr/bin/rapper", "-q", "-i", "turtle", "-c", export("turtle", "--depth", "2").toString())
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
                assertEquals(0, p.exitValue(), out);
            } catch (java.io.IOException | InterruptedException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    @Test
    void quadFormatsKeepTheDocumentGraphs() {
        Dataset got = DatasetFactory.create();
        RDFDataMgr.read(got, export("trig", "--depth", "2").toString());
        Model want = expected(all.getUnionModel(), all.getUnionModel().createResource(SeededStore.HAMMOUCHI), 2);
        assertTrue(got.getUnionModel().isIsomorphicWith(want));
        got.listNames().forEachRemaining(g -> assertTrue(all.containsNamedModel(g), g));
        assertTrue(got.getDefaultModel().isEmpty());
    }

    @Test
    void badEntityOrDepthIsOneLine() {
        CliRun r = CliRun.run("export", "--db", db.toString(), "--entity", "rwid:nobody");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no entity"), r.err());
        r = CliRun.run("export", "--db", db.toString(), "--entity", "rwid:per-7e617711abbc", "--depth", "0");
        assertEquals(2, r.exit());
        r = CliRun.run("export", "--db", db.toString(), "--depth", "2");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--depth needs --entity"), r.err());
    }
}
