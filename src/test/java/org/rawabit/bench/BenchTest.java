package org.rawabit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.CliRun;
import org.rawabit.read.RawArticle;

class BenchTest {
    @TempDir
    Path tmp;

    @Test
    void anercorpArticlesAreComposedFromItsSentencesDeterministically() throws Exception {
        StringBuilder conll = new StringBuilder();
        for (int s = 0; s < 12; s++) {
            conll.append("زار B-PER\nالوفد O\nمدينة O\nرقم").append(s).append(" B-LOC\n. O\n\n");
        }
        Path file = tmp.resolve("train.conll");
        Files.writeString(file, conll);
        assertEquals(12, BenchCorpus.sentences(file).size());
        assertEquals("زار الوفد مدينة رقم0 .", BenchCorpus.sentences(file).get(0));
        BenchCorpus a = BenchCorpus.anercorp(file, 5, 42), b = BenchCorpus.anercorp(file, 5, 42);
        assertEquals(5, a.size());
        assertEquals(a.articles(), b.articles(), "same seed, same corpus");
        assertEquals(5, new HashSet<>(a.articles().stream().map(RawArticle::id).toList()).size());
        for (RawArticle r : a.articles()) {
            long sentences = r.text().chars().filter(c -> c == '.').count();
            assertTrue(sentences >= 6 && sentences <= 10, r.text());
        }
        Path jsonl = a.writeJsonl(tmp.resolve("c.jsonl"));
        assertEquals(5, Files.readAllLines(jsonl).size());
    }

    @Test
    void seedsAreRepeatedWithDistinctIds() throws Exception {
        BenchCorpus c = BenchCorpus.seeds(Path.of("seeds"), 12);
        assertEquals(12, c.size());
        assertEquals(12, new HashSet<>(c.articles().stream().map(RawArticle::id).toList()).size());
        assertEquals(c.articles().get(0).text(), c.articles().get(5).text());
    }

    /** A tiny run of the real command: every measure is there, and the table is written to --out. */
    @Test
    void benchRunsAndPrintsTheMarkdownTable() throws Exception {
        Path out = tmp.resolve("bench.md");
        CliRun r = CliRun.run("bench", "--docs", "3,4", "--warmup", "2", "--query-runs", "1", "--threads", "2",
                "--load-clients", "3", "--load-queries", "30", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String expected : List.of("./rawabit bench --docs 3,4", "CoreNLP model load", "bare CoreNLP", "full Rawabit pipeline",
                "ratio full / bare", "ingest into TDB2 (JSONL, fresh store), 1 thread", "2 threads", "scaling 2 threads / 1 thread",
                "peak heap", "peak RSS", "resident memory at the end", "mapped files", "store on disk after the 2-thread ingest (du), then compacted",
                "KB/doc); compacted", "store as `ingest` leaves it", "cold start of `rawabit query`",
                "SPARQL over HTTP", "30 of 30 answered, 0 errors", "HTTP 503 after", "| 3 |", "| 4 |", "ms/doc at 4 documents")) {
            assertTrue(r.out().contains(expected), expected + " in:\n" + r.out());
        }
        assertEquals(r.out().strip(), Files.readString(out).strip());
    }
}
