package org.rawabit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.pipeline.Pipeline;

/** The gold annotation of seeds/ is consistent with the articles, and the pipeline scores no lower than it did. */
class SeedScoreTest {
    static final Path GOLD = TestArticles.SEEDS.resolve("gold");

    static List<GoldAnnotation> gold() throws Exception {
        try (Stream<Path> files = Files.list(GOLD)) {
            List<GoldAnnotation> out = new java.util.ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) out.add(GoldAnnotation.read(f));
            return out;
        }
    }

    @Test
    void everySeedHasAGoldFileWhoseFormsAndQuotesAreInTheArticle() throws Exception {
        List<GoldAnnotation> all = gold();
        assertEquals(5, all.size());
        for (GoldAnnotation g : all) {
            String text = Files.readString(TestArticles.SEEDS.resolve(g.articleId() + ".txt"), StandardCharsets.UTF_8);
            assertTrue(g.entities().size() >= 10 && g.facts().size() >= 15, g.articleId());
            for (GoldAnnotation.Entity e : g.entities()) {
                for (String form : e.forms()) assertTrue(text.contains(form), g.articleId() + ": form not in the article: " + form);
            }
            assertEquals(g.entities().size(), g.entities().stream().map(GoldAnnotation.Entity::canonical).distinct().count(), g.articleId());
            for (GoldAnnotation.Fact f : g.facts()) {
                for (String term : List.of(f.subject(), f.object())) {
                    if (term.startsWith("«")) {
                        assertTrue(text.contains(term.substring(1, term.length() - 1)), g.articleId() + ":" + f.line() + ": quote not in the article");
                    }
                }
                // a subject is an entity of the article, the article itself or a quotation
                assertTrue(g.entity(f.subject()).isPresent() || f.subject().equals("DOC") || f.subject().startsWith("«"),
                        g.articleId() + ":" + f.line() + ": unknown subject " + f.subject());
            }
        }
    }

    @Test
    void theFullPipelineScoresAtLeastTodaysFiguresOnTheSeeds() throws Exception {
        SeedEvaluation.Report r = SeedEvaluation.run(Pipeline.standard(KnowledgeBase.bundled(), List.of(new ModelMentionFinder())),
                TestArticles.SEEDS, GOLD);
        StringWriter table = new StringWriter();
        r.print(new PrintWriter(table, true), false);
        System.out.println(table);
        assertEquals(Set.of("000_5eeac2ce75b1fb3d", "001_a2a18c854f23d339", "002_a080804b0b4d0dbd", "003_0856dd84f713a45d",
                "004_4df3a00c80e12445"), Set.copyOf(r.articles().stream().map(SeedScorer.ArticleScore::articleId).toList()));
        // regression floors: the figures of 2026-12-06 (entity F1 98.0, 134 / 136 facts = 98.5 %) minus a small margin
        // (F1 78.2 and 49 % when the gold was written); raise them as extraction improves
        assertTrue(r.entities().f1() >= 96.0, "entity F1 " + r.entities().f1());
        assertTrue(r.factShare() >= 95.0, "facts found " + r.factShare() + " %");
    }
}
