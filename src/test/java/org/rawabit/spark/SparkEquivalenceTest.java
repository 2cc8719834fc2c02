package org.rawabit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.bench.BenchCorpus;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Ingester;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.InputProblem;
import org.rawabit.store.BulkLoad;
import org.rawabit.store.RawabitStore;

/**
 * The Spark job (local[2]) followed by TDB2's bulk load gives the very dataset {@code ingest}
 * builds from the same input: same quads, ids and labels, cross-document links included; bad
 * records are rejected with the causes ingest reports and do not fail the job.
 */
class SparkEquivalenceTest {
    static final Path ANERCORP = Path.of("../shared/anercorp/ANERCorp_CamelLab_train.conll");

    @TempDir
    Path dir;

    @Test
    void sparkThenBulkLoadBuildsTheStoreIngestBuilds() throws Exception {
        Path input = Files.createDirectories(dir.resolve("articles"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, input.resolve(p.getFileName()));
        }
        if (Files.isReadable(ANERCORP)) BenchCorpus.anercorp(ANERCORP, 120, 13).writeJsonl(input.resolve("anercorp.jsonl"));
        Files.writeString(input.resolve("mixed.jsonl"), String.join("\n",
                "{\"id\": \"visit\", \"text\": \"استقبل وزير الخارجية عبد الرحيم المنصوري يوم الاثنين في الرباط وفدا من البرلمان الأوروبي.\"}",
                "{\"id\": \"talks\", \"text\": \"وقال المنصوري إن المحادثات تناولت التعاون في مجال الطاقة والهجرة.\"}",
                "{\"id\": \"english\", \"text\": \"The minister met a delegation in Rabat on Monday.\"}",
                "{\"id\": \"empty\", \"text\": \"   \"}",
                "{\"id\": \"broken\", \"text\": \"نص بلا نهاية"), StandardCharsets.UTF_8);

        Path ingestDb = dir.resolve("ingest-db");
        List<String> ingestProblems = new ArrayList<>();
        try (RawabitStore store = RawabitStore.open(ingestDb, true)) {
            new Ingester(Pipeline.standardWithModel(KnowledgeBase.bundled()), store, false, 2).ingest(List.of(input), new Ingester.Listener() {
                @Override
                public void done(String origin, Ingester.Outcome outcome) {}

                @Override
                public synchronized void problem(InputProblem p) {
                    ingestProblems.add(p.getMessage().substring(p.input().length() + 2));
                }
            });
        }

        Path out = dir.resolve("spark-out");
        SparkExtractJob.Summary summary;
        try (JavaSparkContext sc = LocalSpark.context("local[2]")) {
            summary = SparkExtractJob.run(sc, input.toUri().toString(), out.toString(), 4);
        }
        Path sparkDb = dir.resolve("spark-db");
        try (RawabitStore store = RawabitStore.open(sparkDb, true)) {
            BulkLoad.Result loaded = BulkLoad.load(store, BulkLoad.files(List.of(out)), BulkLoad.Plan.PHASED);
            assertTrue(loaded.quads() > 1000, "loaded " + loaded.quads());
        }

        try (RawabitStore a = RawabitStore.open(ingestDb, false); RawabitStore b = RawabitStore.open(sparkDb, false)) {
            DatasetGraph dA = a.dataset().asDatasetGraph(), dB = b.dataset().asDatasetGraph();
            Set<String> quadsA = quads(dA), quadsB = quads(dB);
            Set<String> onlyIngest = new TreeSet<>(quadsA), onlySpark = new TreeSet<>(quadsB);
            onlyIngest.removeAll(quadsB);
            onlySpark.removeAll(quadsA);
            assertEquals(Set.of(), onlyIngest.stream().limit(5).collect(java.util.stream.Collectors.toSet()), "quads only ingest stored");
            assertEquals(Set.of(), onlySpark.stream().limit(5).collect(java.util.stream.Collectors.toSet()), "quads only Spark wrote");
            assertTrue(Txn.calculateRead(dA, () -> Txn.calculateRead(dB, () -> IsoMatcher.isomorphic(dA, dB))));
            assertEquals(a.stats(), b.stats());
        }
        long articles = 5 + 2 + (Files.isReadable(ANERCORP) ? 120 : 0);
        assertEquals(articles, summary.documents());
        assertTrue(summary.settled() > 0, "the corpus has names spelled two ways, settled across documents");

        // The same three bad records, with the causes ingest gives, in the rejects file.
        List<String> rejects = new ArrayList<>();
        try (var parts = Files.list(out.resolve(SparkExtractJob.REJECTS))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) rejects.addAll(Files.readAllLines(p));
        }
        assertEquals(3, summary.rejected());
        assertEquals(new HashSet<>(ingestProblems), new HashSet<>(rejects.stream().map(l -> l.substring(l.indexOf('\t') + 1)).toList()));
        assertTrue(rejects.stream().anyMatch(l -> l.contains("mixed.jsonl:3\t") && l.contains("no Arabic text")), rejects.toString());
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(q.toString())));
        return out;
    }
}
