package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;

/** Users add their own entities with --kb FILE, without rebuilding. */
class UserKnowledgeBaseTest {
    @TempDir
    Path tmp;

    @Test
    void entitiesFromAUserCsvAreFoundAndLinked() throws Exception {
        Path kb = tmp.resolve("my-kb.csv");
        Files.writeString(kb, "id,type,label_ar,label_en,variants_ar,variants_en,wikidata,part_of\n"
                + "org-observatoire,Organization,المرصد الوطني للإجرام,National Crime Observatory,مرصد الإجرام,ONC,,country-MA\n");
        Path doc = tmp.resolve("doc.txt");
        Files.writeString(doc, "نشر المرصد الوطني للإجرام تقريره السنوي بالرباط، وقال مرصد الإجرام إن الجرائم تراجعت.");
        Path db = tmp.resolve("db");
        CliRun r = CliRun.run("ingest", "--db", db.toString(), "--kb", kb.toString(), doc.toString());
        assertEquals(0, r.exit(), r.err());
        CliRun q = CliRun.run("entities", "--db", db.toString(), "--search", "مرصد", "--format", "csv");
        assertTrue(q.out().contains("rawabit/id/org-observatoire"), q.out());
        assertTrue(q.out().contains(",2,1"), "two mentions in one document: " + q.out());
    }

    @Test
    void aBrokenUserCsvIsAClearError() throws Exception {
        Path kb = tmp.resolve("bad.csv");
        Files.writeString(kb, "id,type,label_ar\nx,Planet,مريخ\n");
        CliRun r = CliRun.run("ingest", "--db", tmp.resolve("db").toString(), "--kb", kb.toString(), "seeds");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.csv:1") && r.err().contains("unknown type 'Planet'"), r.err());
    }
}
