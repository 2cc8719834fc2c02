package org.rawabit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Analyser;
import org.rawabit.analysis.Sentence;
import org.rawabit.analysis.Token;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.DateFinder;
import org.rawabit.mention.MentionCombiner;
import org.rawabit.mention.QuantityFinder;
import org.rawabit.read.InputProblem;
import org.rawabit.resolve.Resolver;
import org.rawabit.store.RawabitStore;

/**
 * A JSONL of thousands of articles streams through the ingester: the reader never runs more than
 * {@code 2 × threads} documents ahead of the store, however fast it reads, so a file of any size
 * (1 GB and more) is ingested in flat memory. The analysis is a fast stand-in for CoreNLP here, so
 * that the single writer is the bottleneck and the bound is actually tested.
 */
class StreamingIngestTest {
    @TempDir
    Path tmp;

    /** Splits on spaces; counts how many documents it analyses at once. */
    static final class WhitespaceAnalyser implements Analyser {
        final AtomicInteger active = new AtomicInteger(), peak = new AtomicInteger();

        @Override
        public AnalysedDocument analyse(org.rawabit.read.Article article) {
            peak.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                List<Token> tokens = new ArrayList<>();
                Matcher m = Pattern.compile("\\S+").matcher(article.text());
                while (m.find()) tokens.add(new Token(tokens.size(), m.group(), m.start(), m.end(), "NN", 0, true));
                List<Sentence> sentences = tokens.isEmpty() ? List.of()
                        : List.of(new Sentence(0, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), 0, tokens.size()));
                return new AnalysedDocument(article, sentences, tokens);
            } finally {
                active.decrementAndGet();
            }
        }
    }

    @Test
    void thousandsOfJsonlLinesStreamWithABoundedNumberInFlight() throws Exception {
        int docs = 2000, threads = 4;
        Path jsonl = tmp.resolve("news.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs; i++) {
                w.write("{\"id\":\"s-" + i + "\",\"text\":\"زار الوفد مدينة الرباط يوم " + (1 + i % 28) + " نوفمبر 2025 مع " + (2 + i % 90)
                        + " خبيرا.\"}\n");
            }
        }
        WhitespaceAnalyser analyser = new WhitespaceAnalyser();
        Pipeline pipeline = new Pipeline(analyser, new MentionCombiner(List.of(List.of(new DateFinder(), new QuantityFinder()))),
                new Resolver(KnowledgeBase.bundled()), "streaming-test");
        AtomicInteger read = new AtomicInteger(), problems = new AtomicInteger();
        Ingester.Report r;
        Ingester ingester;
        try (RawabitStore store = RawabitStore.open(tmp.resolve("db"), true)) {
            ingester = new Ingester(pipeline, store, false, threads);
            r = ingester.ingest(List.of(jsonl), new Ingester.Listener() {
                @Override
                public void done(String origin, Ingester.Outcome outcome) {
                    read.incrementAndGet();
                }

                @Override
                public void problem(InputProblem p) {
                    problems.incrementAndGet();
                }
            });
            assertEquals((long) docs, store.stats().get("documents"));
        }
        assertEquals(docs, r.stored());
        assertEquals(0, r.failed() + problems.get());
        assertEquals(docs, read.get());
        assertEquals(2 * threads, ingester.maxInFlight());
        assertTrue(ingester.peakInFlight() >= 1 && ingester.peakInFlight() <= 2 * threads,
                "documents in flight at most 2 × threads: " + ingester.peakInFlight());
        assertTrue(analyser.peak.get() <= threads, "analyses at once: " + analyser.peak.get());
    }
}
