package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.store.RawabitStore;

/** A batch with bad inputs: each is reported with its path and cause, every good document is stored. */
class BadInputIngestTest {
    @TempDir
    Path tmp;

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchIsStored() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "استقبل عبد اللطيف حموشي بالرباط وفدا من الإنتربول.");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("spaces.txt"), "  \n\n\t ");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.write(in.resolve("latin1.txt"), "caf\u00e9 مراكش".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><body><p>مراكش</p></body></html>");
        Files.writeString(in.resolve("latin.txt"), "This is an English text about Marrakech.");
        Files.writeString(in.resolve("feed.csv"), "id,text\nc1,\"زار وزير الداخلية مدينة مراكش.\"\nc2\n");
        Path db = tmp.resolve("db");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), in.toString(), tmp.resolve("nope").toString());
        assertEquals(1, r.exit(), "exit status says some failed");
        for (String name : new String[] {"empty.txt", "spaces.txt", "binary.txt", "latin1.txt", "page.txt", "latin.txt", "feed.csv:2", "nope"}) {
            assertTrue(r.err().contains(name), name + " reported in: " + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().contains("ingested 2 document(s)"), r.out());
        try (RawabitStore s = RawabitStore.open(db, false)) {
            assertEquals(2L, s.stats().get("documents"));
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
