package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.ChildJvm;
import org.rawabit.CliRun;
import org.rawabit.TestArticles;
import org.rawabit.cli.Main;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.core.Vocab;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.core.Ids;
import org.rawabit.read.RawArticle;
import org.rawabit.store.RawabitStore;

/**
 * An ingest killed with SIGKILL at random points never leaves a broken store: it opens, every
 * document in it is complete, and finishing the ingest gives exactly what an uninterrupted run gives.
 */
class CrashSafetyTest {
    static final int DOCS = 60;

    @TempDir
    Path tmp;

    /** Small articles of three short sentences each (under 250 characters, to keep the runs short), drawn from the seed articles. */
    static void writeCorpus(Path dir, int docs) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestArticles.SEEDS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String sentence : Files.readString(f).split("(?<=[.!؟])\\s+")) {
                    String t = sentence.strip();
                    if (t.split("\\s+").length >= 6 && t.length() < 250) sentences.add(t.replace('\n', ' '));
                }
            }
        }
        assertTrue(sentences.size() >= 20, "seed sentences: " + sentences.size());
        Files.createDirectories(dir);
        int n = sentences.size();
        for (int i = 0; i < docs; i++) {
            String text = sentences.get(i % n) + " " + sentences.get((i * 7 + 3) % n) + "\n\n" + sentences.get((i * 13 + 5) % n);
            Files.writeString(dir.resolve(String.format("doc-%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    static Process ingest(Path db, Path in, Path log) throws IOException {
        // small groups, so that a kill can land between commits of these 60 short documents
        return ChildJvm.start(Main.class, log, "ingest", "--db", db.toString(), "--threads", "2", "--commit-every", "4", in.toString());
    }

    static long nodeDataBytes(Path db) {
        if (!Files.isDirectory(db)) return 0;
        try (Stream<Path> s = Files.walk(db)) {
            return s.filter(p -> p.getFileName().toString().equals("nodes-data.obj")).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    static List<QuerySolution> select(RawabitStore s, String q) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(Vocab.sparqlPrologue() + q).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(r -> { // copied inside the transaction: TDB2 resolves nodes lazily
                    var copy = new org.apache.jena.query.QuerySolutionMap();
                    copy.addAll(r);
                    out.add(copy);
                });
                return out;
            }
        });
    }

    static long triples(RawabitStore s) {
        return select(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").get(0).getLiteral("n").getLong();
    }

    /** Mentions per document graph. */
    static Map<String, Integer> mentionsByGraph(RawabitStore s) {
        Map<String, Integer> out = new HashMap<>();
        for (QuerySolution r : select(s, "SELECT ?g (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m nif:anchorOf ?a } } GROUP BY ?g")) {
            out.put(r.getResource("g").getURI(), r.getLiteral("n").getInt());
        }
        return out;
    }

    /**
     * Every graph in the store is a whole document: its NewsArticle with content hash (matching its
     * text) and extractor, its context string, and exactly as many mentions as the reference run
     * found in it. Returns the number of documents.
     */
    static int assertEveryDocumentComplete(RawabitStore s, Map<String, Integer> referenceMentions, String when) {
        List<String> graphs = select(s, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x ?p ?o } }").stream()
                .map(r -> r.getResource("g").getURI()).toList();
        Map<String, Integer> mentions = mentionsByGraph(s);
        for (String g : graphs) {
            List<QuerySolution> doc = select(s, "SELECT ?hash ?with ?text WHERE { GRAPH <" + g + "> { <" + g + "> a schema:NewsArticle ; "
                    + "rw:contentHash ?hash ; rw:extractedWith ?with ; rw:context ?c . ?c a nif:Context ; nif:isString ?text } }");
            assertEquals(1, doc.size(), when + ": " + g + " lacks its NewsArticle, hash or context");
            assertEquals(Ids.sha256Hex(doc.get(0).getLiteral("text").getString()), doc.get(0).getLiteral("hash").getString(),
                    when + ": content hash of " + g);
            assertTrue(referenceMentions.containsKey(g) || !mentions.containsKey(g), when + ": unexpected graph " + g);
            assertEquals(referenceMentions.getOrDefault(g, 0), mentions.getOrDefault(g, 0), when + ": mentions of " + g);
        }
        return graphs.size();
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void killedIngestsLeaveCompleteDocumentsAndResumeToTheSameGraph() throws Exception {
        Path in = tmp.resolve("in");
        writeCorpus(in, DOCS);

        // The reference: one uninterrupted run into a fresh store.
        Path ref = tmp.resolve("ref");
        long t0 = System.nanoTime();
        Process p = ingest(ref, in, tmp.resolve("ref.log"));
        // how long documents are being written, from the first write to the end: kills aim inside it
        while (p.isAlive() && nodeDataBytes(ref) == 0 && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(4)) Thread.sleep(10);
        long firstWrite = System.nanoTime();
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), "reference ingest finished");
        long writingMillis = Math.max(1, (System.nanoTime() - firstWrite) / 1_000_000);
        long startupMillis = (firstWrite - t0) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("ref.log")));
        long refMillis = (System.nanoTime() - t0) / 1_000_000;
        long refTriples;
        Map<String, Integer> refMentions;
        try (RawabitStore s = RawabitStore.open(ref, false)) {
            refTriples = triples(s);
            refMentions = mentionsByGraph(s);
            assertEquals(DOCS, select(s, "SELECT ?d WHERE { ?d a schema:NewsArticle }").size());
        }

        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        Path db = tmp.resolve("db");
        List<String> kills = new ArrayList<>();
        boolean killedMidway = false;
        for (int k = 0; k < 4; k++) {
            long before = nodeDataBytes(db);
            Path log = tmp.resolve("kill-" + k + ".log");
            p = ingest(db, in, log);
            if (k == 0) {
                // anywhere early: JVM start, model loading, store creation, first documents (not after half of them)
                Thread.sleep(200 + rnd.nextInt((int) Math.max(400, Math.min(6000, startupMillis + writingMillis / 2 - 200))));
            } else {
                // once this run has started writing, after a random extra delay
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && nodeDataBytes(db) <= before && System.nanoTime() < deadline) Thread.sleep(10);
                // within the first half of what is left to write (resumed runs skip what is stored)
                Thread.sleep(rnd.nextInt((int) Math.max(50, Math.min(2500, writingMillis / 2))));
            }
            boolean finishedFirst = !p.isAlive();
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            if (finishedFirst) {
                kills.add("run " + k + " finished before the kill");
                break;
            }
            if (!Files.isDirectory(db) || nodeDataBytes(db) == 0 && !Files.exists(db.resolve("Data-0001"))) {
                kills.add("run " + k + " killed before the store existed");
                continue;
            }
            try (RawabitStore s = RawabitStore.open(db, false)) { // it opens
                int docs = assertEveryDocumentComplete(s, refMentions, "after kill " + k + " (seed " + seed + ")");
                kills.add("run " + k + " killed with " + docs + " documents stored");
                if (docs > 0 && docs < DOCS) killedMidway = true;
            }
        }

        System.out.println("CrashSafetyTest: seed " + seed + ", reference run " + refMillis + " ms (writing " + writingMillis + " ms), " + kills);
        p = ingest(db, in, tmp.resolve("final.log"));
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), "final ingest finished");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("final.log")));
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(DOCS, assertEveryDocumentComplete(s, refMentions, "after the final run"), kills.toString());
            assertEquals(refTriples, triples(s), "triples after resuming vs uninterrupted; kills: " + kills + ", seed " + seed);
            assertFalse(s.linkPending(), "cross-document linking done");
        }
        assertTrue(killedMidway, "at least one kill landed while documents were being stored: " + kills + " (seed " + seed + ")");
    }

    /**
     * The cross-document linker is a separate step after the documents are stored; an ingest killed
     * between the two leaves a durable mark, and the next run links even though every document is
     * unchanged.
     */
    @Test
    void anIngestKilledBeforeLinkingIsLinkedByTheNextRun() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "استقبل وزير الداخلية السيد كريم بنعلي، رئيس الوفد، في العاصمة الرباط.");
        Files.writeString(in.resolve("c.txt"), "وقال السيد بنعلي إن التعاون سيتواصل.");
        Path db = tmp.resolve("db");
        // the same pipeline as the command line, so that the resumed run finds the documents unchanged
        Pipeline pipeline = Pipeline.standard(KnowledgeBase.bundled(), List.of(new org.rawabit.ner.ModelMentionFinder()));
        ArticleCleaner cleaner = new ArticleCleaner();
        try (RawabitStore s = RawabitStore.open(db, true)) {
            // what the writer does before it crashes: mark, then store the documents; no linking
            s.markLinkPending();
            for (String name : List.of("a", "c")) {
                var a = cleaner.clean(new RawArticle(name, in.resolve(name + ".txt").toString(), "", "", "", "",
                        Files.readString(in.resolve(name + ".txt"))));
                s.replaceGraph(org.rawabit.rdf.RdfMapper.graphIri(a), pipeline.process(a));
            }
            assertEquals(2, people(s).size(), "not linked yet: " + people(s));
        }
        CliRun r = CliRun.run("ingest", "--db", db.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 document(s), 2 unchanged"), r.out());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(1, people(s).size(), "linked by the resumed run: " + people(s));
            assertFalse(s.linkPending());
        }
    }

    private static List<String> people(RawabitStore s) {
        return select(s, "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } ?e a schema:Person ; rdfs:label|skos:altLabel ?l "
                + "FILTER(CONTAINS(str(?l), \"بنعلي\")) }").stream().map(q -> q.getResource("e").getURI()).toList();
    }
}
