package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.ChildJvm;
import org.rawabit.CliRun;
import org.rawabit.TestArticles;
import org.rawabit.rdf.Vocab;
import org.rawabit.store.HoldStore;
import org.rawabit.store.RawabitStore;

/**
 * Bad inputs in a batch: each is reported on one line with its path and cause, without a stack
 * trace; every good document is stored; what the store held before is still there.
 */
class BadInputIngestTest {
    static final String GOOD = "استقبل عبد اللطيف حموشي بالرباط وفدا من الإنتربول.";

    @TempDir
    Path tmp;

    /** The "rawabit: skipped …" line that names {@code input}, or fails. */
    static String lineFor(String err, String input) {
        return err.lines().filter(l -> l.contains(input)).findFirst()
                .orElseThrow(() -> new AssertionError(input + " not reported in:\n" + err));
    }

    static void assertNoStackTrace(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Caused by"), err);
    }

    static List<Map<String, String>> select(RawabitStore s, String q) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(Vocab.sparqlPrologue() + q).build()) {
                List<Map<String, String>> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(r -> {
                    Map<String, String> row = new HashMap<>();
                    r.varNames().forEachRemaining(v -> row.put(v, r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()));
                    out.add(row);
                });
                return out;
            }
        });
    }

    static long documents(RawabitStore s) {
        return s.stats().get("documents");
    }

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchIsStored() throws Exception {
        Path db = tmp.resolve("db");
        // already in the store before the bad batch: must survive it
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), TestArticles.SAMPLES.resolve("sample-01-marrakech-dateline.txt").toString()).exit());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(1L, documents(s));
        }

        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("spaces.txt"), "  \n\n\t \u00a0 ");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.write(in.resolve("latin1.txt"), "caf\u00e9 مراكش".getBytes(StandardCharsets.ISO_8859_1));
        byte[] arabic = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[arabic.length + 2];
        System.arraycopy(arabic, 0, broken, 0, 20);
        broken[20] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        broken[21] = (byte) 0x28;
        System.arraycopy(arabic, 20, broken, 22, arabic.length - 20);
        Files.write(in.resolve("invalid-utf8.txt"), broken);
        String utf16Text = "زار وزير الداخلية مدينة مراكش ٢٤ نوفمبر.";
        byte[] body = utf16Text.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Files.write(in.resolve("utf16.txt"), utf16);
        Files.writeString(in.resolve("page.txt"), "\n  <!DOCTYPE html><html><body><p>مراكش</p></body></html>");
        Files.writeString(in.resolve("latin.txt"), "This is an English text about Marrakech.");
        Files.writeString(in.resolve("feed.csv"), "id,text\nc1,\"زار وزير الداخلية مدينة مراكش.\"\nc2\nc3,\"" + "مراكش ".repeat(40_000)
                + "\"\nc4,\"التقى الوفد في الرباط.\"\n");
        Files.writeString(in.resolve("unbalanced.csv"), "id,text\nu1,\"التقى الوفد في الرباط.\"\nu2,\"لم يغلق الاقتباس\nu3,نص\n");
        Files.writeString(in.resolve("news.jsonl"), "{\"id\":\"j1\",\"text\":\"" + GOOD + "\"}\n{\"id\":\"j2\",\"text\": \n"
                + "{\"id\":\"j3\",\"text\":\"زار حموشي مراكش.\"}\n");
        Path closed = in.resolve("closed");
        Files.createDirectories(closed);
        Files.writeString(closed.resolve("inside.txt"), "زار الوفد مدينة فاس.");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        boolean permissionsApply = !Files.isReadable(closed); // root reads everything
        CliRun r;
        try {
            r = CliRun.run("ingest", "--db", db.toString(), in.toString(), tmp.resolve("nope").toString());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }

        assertEquals(1, r.exit(), "exit status says some failed");
        assertNoStackTrace(r.err());
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("rawabit: skipped ")), "one line per problem:\n" + r.err());
        Map<String, String> causes = new LinkedHashMap<>();
        causes.put("empty.txt", "empty document");
        causes.put("spaces.txt", "empty document");
        causes.put("binary.txt", "binary file");
        causes.put("latin1.txt", "invalid UTF-8");
        causes.put("invalid-utf8.txt", "invalid UTF-8");
        causes.put("page.txt", "HTML page");
        causes.put("latin.txt", "no Arabic text");
        causes.put("feed.csv:2", "row has 1 fields, header has 2");
        causes.put("feed.csv:3", "article is 239,999 characters; an article may hold at most 200,000");
        causes.put("unbalanced.csv", "unbalanced quote");
        causes.put("news.jsonl:2", "not a JSON object");
        causes.put("nope", "no such file");
        if (permissionsApply) causes.put("closed", "permission denied");
        causes.forEach((input, cause) -> assertTrue(lineFor(r.err(), input).contains(cause), input + " → " + cause + " in:\n" + r.err()));

        // good.txt, utf16.txt, feed.csv c1 and c4, unbalanced.csv u1, news.jsonl j1 and j3 (+ closed/inside.txt as root)
        int expected = 7 + (permissionsApply ? 0 : 1);
        assertTrue(r.out().contains("ingested " + expected + " document(s)"), r.out());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(1L + expected, documents(s), "the earlier document is still there");
            assertFalse(select(s, "SELECT ?d WHERE { ?d rw:articleId \"sample-01-marrakech-dateline\" }").isEmpty());
            List<Map<String, String>> text = select(s, "SELECT ?t WHERE { <" + Vocab.documentIri("utf16") + "> rw:context ?c . ?c nif:isString ?t }");
            assertEquals(utf16Text, text.get(0).get("t"), "UTF-16 with a BOM is read as the same text");
        }
    }

    /** A 50 MB file on one line: a text file is refused before it is read, a JSONL line is skipped while streaming. */
    @Test
    void aFiftyMegabyteSingleLineIsRefusedClearlyInBoundedMemory() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        byte[] chunk = "مراكش الرباط ".repeat(4096).getBytes(StandardCharsets.UTF_8);
        long size = 50L * 1024 * 1024;
        try (OutputStream txt = Files.newOutputStream(in.resolve("huge.txt"));
                OutputStream jsonl = Files.newOutputStream(in.resolve("huge.jsonl"))) {
            jsonl.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < size; written += chunk.length) {
                txt.write(chunk);
                jsonl.write(chunk);
            }
            jsonl.write(("\"}\n{\"id\":\"after\",\"text\":\"" + GOOD + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("good.txt"), GOOD);
        Path db = tmp.resolve("db");
        long t = System.nanoTime();
        CliRun r = CliRun.run("ingest", "--db", db.toString(), in.toString());
        long seconds = (System.nanoTime() - t) / 1_000_000_000L;
        assertEquals(1, r.exit(), r.err());
        assertNoStackTrace(r.err());
        assertTrue(lineFor(r.err(), "huge.txt").matches(".*huge.txt: file is 50\\.\\d MB; a text file holds one article.*"), r.err());
        assertTrue(lineFor(r.err(), "huge.jsonl:1").matches(".*line is [0-9,]+ characters, more than the [0-9,]+ a JSONL line may hold.*"), r.err());
        assertTrue(r.out().contains("ingested 2 document(s)"), "good.txt and the JSONL line after the huge one: " + r.out());
        assertTrue(seconds < 120, "took " + seconds + " s");
    }

    /**
     * Diacritics, tatweel, presentation forms, bidi marks and Arabic-Indic digits are analysed: the
     * entities are found, every mention's offsets point at its exact text, and CoreNLP prints
     * nothing ("Untokenizable: …") on standard error.
     */
    @Test
    void unusualArabicTextIsAnalysedWithExactOffsets() throws Exception {
        String plain = "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني، بمدينة مراكش وفدا من الإنتربول.";
        Map<Character, Character> isolated = new HashMap<>();
        for (char c = '\uFE80'; c <= '\uFEFC'; c++) {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (n.length() == 1) isolated.putIfAbsent(n.charAt(0), c);
        }
        StringBuilder presentation = new StringBuilder();
        for (char c : plain.toCharArray()) presentation.append(isolated.getOrDefault(c, c));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("diacritics", "اِسْتَقْبَلَ عَبْدُ اللَّطِيفِ حَمُّوشِي، اَلْمُدِيرُ الْعَامُّ لِلْأَمْنِ الْوَطَنِيِّ، بِمَدِينَةِ مُرَّاكُشَ وَفْدًا مِنَ الْإِنْتَرْبُولِ.");
        texts.put("tatweel", "استـــقبل عبد اللطـــيف حمـــوشي، المديـــر العام للأمن الوطني، بمدينة مراكـــش وفـــدا من الإنتـــربول.");
        texts.put("presentation", presentation.toString());
        texts.put("bidi", "\u200Fاستقبل \u202Bعبد اللطيف حموشي\u202C، المدير العام للأمن الوطني، بمدينة \u200Eمراكش\u200E وفدا من "
                + "\u2067الإنتربول\u2069 \u200C\u200Dيوم \u200E24\u200E نوفمبر 😀.");
        texts.put("digits", "استقبل عبد اللطيف حموشي بمدينة مراكش يوم ٢٤ نوفمبر ٢٠٢٥ وفدا من الإنتربول يمثل ١٧٩ دولة.");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (var e : texts.entrySet()) Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue());
        Path db = tmp.resolve("db");

        PrintStream realErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CliRun r;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            r = CliRun.run("ingest", "--db", db.toString(), in.toString());
        } finally {
            System.setErr(realErr);
        }
        assertEquals(0, r.exit(), r.err());
        assertFalse(stderr.toString(StandardCharsets.UTF_8).contains("Untokenizable"), stderr.toString(StandardCharsets.UTF_8));
        try (RawabitStore s = RawabitStore.open(db, false)) {
            for (String name : texts.keySet()) {
                String doc = Vocab.documentIri(name);
                for (String entity : List.of("city-ma-marrakesh", "org-interpol")) {
                    assertFalse(select(s, "SELECT ?m WHERE { GRAPH <" + doc + "> { ?m itsrdf:taIdentRef <" + Vocab.entityIri(entity) + "> } }").isEmpty(),
                            name + ": " + entity);
                }
                assertFalse(select(s, "SELECT ?m WHERE { GRAPH <" + doc + "> { ?m itsrdf:taIdentRef ?e . ?e a schema:Person } }").isEmpty(),
                        name + ": the person");
                List<Map<String, String>> mentions = select(s, "SELECT ?a ?b ?e ?t WHERE { GRAPH <" + doc + "> { ?m nif:anchorOf ?a ; "
                        + "nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c . ?c nif:isString ?t } }");
                assertTrue(mentions.size() >= 3, name + ": " + mentions.size() + " mentions");
                for (Map<String, String> m : mentions) {
                    assertEquals(m.get("a"), m.get("t").substring(Integer.parseInt(m.get("b")), Integer.parseInt(m.get("e"))), name + " offsets");
                }
                assertEquals(texts.get(name), select(s, "SELECT ?t WHERE { <" + doc + "> rw:context ?c . ?c nif:isString ?t }").get(0).get("t"),
                        name + ": the stored text is the original");
            }
            assertEquals(2, select(s, "SELECT ?m WHERE { GRAPH <" + Vocab.documentIri("digits") + "> { ?m rw:mentionType ?t FILTER(?t IN (\"DATE\", \"QUANTITY\")) } }").size(),
                    "٢٤ نوفمبر ٢٠٢٥ and ١٧٩ دولة");
        }
    }

    /** Another process holds the store: one clear line, exit 2, and what the store held is intact. */
    @Test
    void aStoreLockedByAnotherProcessIsAClearErrorAndLosesNothing() throws Exception {
        Path db = tmp.resolve("db");
        Path in = tmp.resolve("good.txt");
        Files.writeString(in, GOOD);
        assertEquals(0, CliRun.run("ingest", "--db", db.toString(), in.toString()).exit());

        Process holder = ChildJvm.builder(HoldStore.class, db.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding")) {
                // JVM and logging chatter before the store is open
            }
            assertTrue(line != null, "the other process opened the store");
            long pid = holder.pid();

            Path more = tmp.resolve("more.txt");
            Files.writeString(more, "زار الوفد مدينة فاس.");
            CliRun r = CliRun.run("ingest", "--db", db.toString(), more.toString());
            assertEquals(2, r.exit(), r.err());
            assertNoStackTrace(r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("store " + db + " is in use by another process (pid " + pid + ")"), r.err());

            CliRun q = CliRun.run("stats", "--db", db.toString());
            assertEquals(2, q.exit(), "read commands say the same: " + q.err());
            assertTrue(q.err().contains("in use by another process"), q.err());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(1L, documents(s), "nothing lost");
        }
    }

    @Test
    void missingStoreIsAClearErrorForReadCommands() {
        CliRun r = CliRun.run("stats", "--db", tmp.resolve("none").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no store at"), r.err());
        assertFalse(Files.exists(tmp.resolve("none")), "read commands never create a store");
    }

}
