package org.rawabit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.ChildJvm;
import org.rawabit.CliRun;
import org.rawabit.core.Vocab;
import org.rawabit.pipeline.Ingester;
import org.rawabit.read.InputProblem;
import org.rawabit.serve.SeededStore;

/**
 * The store stays small (issue 15, item 5): TDB2 keeps the old copy of every block a write
 * transaction changed until compaction, so the ingest commits documents in groups. After an ingest
 * the store is at most twice its compacted size, where the same documents written one transaction
 * each take several times that; {@code rawabit compact} and the automatic compaction give the same
 * quads in less room, and a store held by another process is refused with one line.
 */
class StoreGrowthTest {
    static final int DOCS = 48;

    /** Sentences written for this test; each document strings four of them together. */
    static final List<String> SENTENCES = List.of(
            "استقبل رئيس الحكومة الأردنية في عمان وفدا من البنك الدولي لبحث تمويل مشاريع المياه.",
            "أعلنت وزارة التربية في تونس عن افتتاح ثلاثين مدرسة جديدة في ولاية القيروان.",
            "التقى وزير الخارجية المصري نظيره السعودي في الرياض يوم الأحد لبحث الأوضاع في السودان.",
            "قالت شركة الخطوط الملكية المغربية إنها ستفتح خطا جويا جديدا بين الدار البيضاء وداكار.",
            "شارك أكثر من ألفي عداء في ماراثون بيروت الدولي الذي نظمته جمعية بيروت ماراثون.",
            "وقعت الجزائر وإيطاليا اتفاقا لتوريد الغاز الطبيعي عبر خط أنابيب جديد.",
            "ارتفعت أسعار الذهب في أسواق دبي بنسبة خمسة في المئة خلال الأسبوع الماضي.",
            "زار الأمين العام لجامعة الدول العربية أحمد أبو الغيط مدينة بغداد للقاء رئيس الوزراء العراقي.",
            "افتتحت جامعة القاضي عياض في مراكش مختبرا جديدا لأبحاث الطاقة الشمسية.",
            "أكد البنك المركزي الكويتي أن معدل التضخم بقي مستقرا عند ثلاثة في المئة.",
            "نظمت وزارة الثقافة الفلسطينية معرضا للكتاب في مدينة رام الله بمشاركة مئة دار نشر.",
            "أعلن الاتحاد الليبي لكرة القدم تعيين مدرب جديد للمنتخب الوطني قبل تصفيات كأس العالم.",
            "حذرت منظمة الصحة العالمية من انتشار الكوليرا في عدة محافظات يمنية.",
            "وصل رئيس موريتانيا محمد ولد الشيخ الغزواني إلى نواكشوط عائدا من قمة الاتحاد الأفريقي.");

    @TempDir
    static Path tmp;
    static Path db;
    static long ingestedBytes;
    static Map<String, Model> documents = new LinkedHashMap<>();

    @BeforeAll
    static void ingestInGroups() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int n = SENTENCES.size();
        for (int i = 0; i < DOCS; i++) {
            String text = SENTENCES.get(i % n) + " " + SENTENCES.get((i * 5 + 1) % n) + "\n\n" + SENTENCES.get((i * 3 + 2) % n)
                    + " " + SENTENCES.get((i * 11 + 7) % n);
            Files.writeString(in.resolve(String.format("news-%02d.txt", i)), text, StandardCharsets.UTF_8);
        }
        db = tmp.resolve("db");
        try (RawabitStore store = RawabitStore.open(db, true)) {
            Ingester.Report r = new Ingester(SeededStore.pipeline(), store, false, 2).ingest(List.of(in), new Ingester.Listener() {
                @Override
                public void done(String origin, Ingester.Outcome outcome) {}

                @Override
                public void problem(InputProblem p) {
                    throw new AssertionError(p.getMessage());
                }
            });
            assertEquals(DOCS, r.stored());
            Dataset ds = store.tdb2Dataset();
            Txn.executeRead(ds, () -> ds.listNames().forEachRemaining(g -> {
                Model copy = ModelFactory.createDefaultModel();
                copy.add(ds.getNamedModel(g));
                documents.put(g, copy);
            }));
        }
        ingestedBytes = Compaction.bytesOnDisk(db);
    }

    @AfterAll
    static void release() {
        documents.clear();
    }

    static Set<String> quads(RawabitStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            s.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    static long compactedCopy(Path from, Path to) throws IOException {
        copyTree(from, to);
        try (RawabitStore s = RawabitStore.open(to, false)) {
            Compaction.compact(s);
        }
        return Compaction.bytesOnDisk(to);
    }

    @Test
    void afterAnIngestTheStoreIsAtMostTwiceItsCompactedSize() throws IOException {
        long compacted = compactedCopy(db, tmp.resolve("compacted"));
        assertTrue(ingestedBytes <= 2 * compacted, String.format("ingested %,d bytes, compacted %,d", ingestedBytes, compacted));

        // the same documents, one write transaction each (as before group commit), grow past it
        Path single = tmp.resolve("one-per-transaction");
        try (RawabitStore s = RawabitStore.open(single, true)) {
            documents.forEach(s::replaceGraph);
        }
        long singleBytes = Compaction.bytesOnDisk(single);
        System.out.printf("StoreGrowthTest: %d documents: %,d bytes in groups, %,d one per transaction, %,d compacted%n",
                DOCS, ingestedBytes, singleBytes, compacted);
        assertTrue(singleBytes > 2 * compacted, String.format("one per transaction %,d bytes, compacted %,d", singleBytes, compacted));
    }

    @Test
    void compactKeepsEveryQuadAndTheTextIndexAndRecordsItsSize() throws IOException {
        Path copy = tmp.resolve("cli");
        copyTree(db, copy);
        Set<String> before;
        try (RawabitStore s = RawabitStore.open(copy, false)) {
            before = quads(s);
        }
        CliRun r = CliRun.run("compact", "--db", copy.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("compacted the store: ") && r.out().contains(" MB → "), r.out());
        assertTrue(Files.exists(copy.resolve("Data-0002")) && !Files.exists(copy.resolve("Data-0001")), "the old generation is deleted");
        long recorded = Compaction.lastCompactedBytes(copy);
        assertTrue(recorded > 0 && recorded <= Compaction.bytesOnDisk(copy), "recorded " + recorded);
        try (RawabitStore s = RawabitStore.open(copy, false)) {
            assertEquals(before, quads(s));
            String q = Vocab.sparqlPrologue() + "SELECT DISTINCT ?g WHERE { (?s ?score ?t ?g) text:query \"والكوليرا\" }";
            long found = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    long k = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) k++;
                    return k;
                }
            });
            long expected = documents.values().stream().filter(m -> m.listObjects().toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().contains("الكوليرا"))).count();
            assertTrue(expected > 0);
            assertEquals(expected, found, "the text index still finds the documents");
        }
    }

    @Test
    void aStoreIsCompactedAutomaticallyOnlyWhenItHasGrownPastTwiceItsLastCompactedSize() throws IOException {
        Path copy = tmp.resolve("auto");
        copyTree(db, copy);
        try (RawabitStore s = RawabitStore.open(copy, false)) {
            assertTrue(Compaction.compactIfGrown(s, Long.MAX_VALUE).isEmpty(), "below the minimum size");
            var first = Compaction.compactIfGrown(s, 0).orElseThrow(); // never compacted: it pays off
            assertTrue(first.bytesAfter() < first.bytesBefore(), first.toString());
            assertTrue(Compaction.compactIfGrown(s, 0).isEmpty(), "just compacted: nothing to gain");
            // rewrite a quarter of the documents one transaction each: old blocks pile up past twice the compacted size
            documents.entrySet().stream().limit(DOCS / 4).forEach(e -> s.replaceGraph(e.getKey(), e.getValue()));
            System.out.printf("StoreGrowthTest: compacted %,d, after rewriting %,d%n", first.bytesAfter(), Compaction.bytesOnDisk(copy));
            assertTrue(Compaction.compactIfGrown(s, 0).isPresent(), "grown past twice: compacted again");
        }
    }

    @Test
    void compactRefusesAStoreHeldByAnotherProcessInOneLine() throws Exception {
        Path copy = tmp.resolve("held");
        copyTree(db, copy);
        Process holder = ChildJvm.builder(HoldStore.class, copy.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding")) {
                // JVM chatter before the store is open
            }
            assertTrue(line != null, "the other process opened the store");
            CliRun r = CliRun.run("compact", "--db", copy.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("is in use by another process (pid " + holder.pid() + ")"), r.err());
            assertFalse(Files.exists(copy.resolve("Data-0002")), "nothing compacted");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        CliRun missing = CliRun.run("compact", "--db", tmp.resolve("nothing-here").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, target);
        }
    }
}
