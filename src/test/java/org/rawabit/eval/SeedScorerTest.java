package org.rawabit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawabit.TestArticles;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.rdf.RdfMapper;
import org.rawabit.rdf.Vocab;
import org.rawabit.read.Article;
import org.rawabit.resolve.Resolver;

/** The scorer on an article written for the test, through the real rule pipeline, and on hand-made graphs. */
class SeedScorerTest {
    @TempDir
    Path tmp;

    static final GoldAnnotation.Entity HAMMOUCHI = new GoldAnnotation.Entity("Person", "عبد اللطيف حموشي", List.of("عبد اللطيف حموشي"));

    @Test
    void entitiesMatchByTypeAndAnyFoldedFormAndFactsByPath() {
        Article a = TestArticles.article("scorer-test", "وأكد عبد اللطيف حموشي، المدير العام للأمن الوطني ولمراقبة التراب الوطني، "
                + "خلال لقاء بمدينة طنجة يوم الثلاثاء، أن التعاون الأمني مع إسبانيا يتعزز سنة بعد أخرى.", null);
        Model graph = new Pipeline(new CoreNlpAnalyser(), TestArticles.RULES, new Resolver(KnowledgeBase.bundled()), "test").process(a);
        GoldAnnotation gold = new GoldAnnotation("scorer-test", List.of(HAMMOUCHI,
                new GoldAnnotation.Entity("Place", "طنجة", List.of("بمدينة طنجة", "طنجة")),
                new GoldAnnotation.Entity("Place", "اسبانيا", List.of("إسبانيا")), // canonical spelled without hamza: folding matches it
                new GoldAnnotation.Entity("Place", "لشبونة", List.of("لشبونة")), // not in the text: missed
                new GoldAnnotation.Entity("Post", "المدير العام للأمن الوطني ولمراقبة التراب الوطني",
                        List.of("المدير العام للأمن الوطني ولمراقبة التراب الوطني"))),
                List.of(new GoldAnnotation.Fact("عبد اللطيف حموشي", "org:holds", "المدير العام للأمن الوطني ولمراقبة التراب الوطني", 1),
                        new GoldAnnotation.Fact("عبد اللطيف حموشي", "org:holds", "والي الأمن", 2)));
        SeedScorer.ArticleScore s = new SeedScorer().score(gold, graph, RdfMapper.graphIri(a));
        assertEquals(new SeedScorer.Counts(1, 0, 0), s.byType().get("Person"), s.toString());
        assertEquals(new SeedScorer.Counts(2, 0, 1), s.byType().get("Place"), s.toString());
        assertEquals(List.of("Place لشبونة"), s.missed());
        assertEquals(1, s.factsFound());
        assertEquals(2, s.missedFacts().get(0).line());
    }

    @Test
    void oneGoldEntitySplitInTwoNodesCountsOnceRightAndOnceWrong() {
        Model graph = ModelFactory.createDefaultModel();
        String doc = Vocab.DOC + "split";
        for (String id : List.of("per-a", "per-b")) {
            Resource e = graph.createResource(Vocab.ID + id).addProperty(RDF.type, graph.createResource(Vocab.SCHEMA + "Person"))
                    .addProperty(RDFS.label, id.equals("per-a") ? "حموشي" : "عبد اللطيف حموشي", "ar");
            graph.createResource(doc + "#" + id).addProperty(graph.createProperty(Vocab.ITSRDF + "taIdentRef"), e)
                    .addProperty(graph.createProperty(Vocab.NIF + "anchorOf"), id.equals("per-a") ? "حموشي" : "عبداللطيف حموشي");
        }
        GoldAnnotation gold = new GoldAnnotation("split", List.of(new GoldAnnotation.Entity("Person", "عبد اللطيف حموشي",
                List.of("حموشي", "عبداللطيف حموشي"))), List.of());
        SeedScorer.ArticleScore s = new SeedScorer().score(gold, graph, doc);
        assertEquals(new SeedScorer.Counts(1, 1, 0), s.entities());
        assertEquals(50.0, s.entities().precision(), 1e-9);
    }

    @Test
    void aMalformedGoldLineIsReportedWithFileAndLine() throws Exception {
        Path f = tmp.resolve("x.tsv");
        Files.writeString(f, "# comment\nE\tPerson\tحموشي\tحموشي\nE\tPlanet\tالمريخ\tالمريخ\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldAnnotation.read(f));
        assertTrue(e.getMessage().contains("x.tsv:3") && e.getMessage().contains("unknown type 'Planet'"), e.getMessage());
        Files.writeString(f, "F\tحموشي\torg:holds\n");
        e = assertThrows(IllegalArgumentException.class, () -> GoldAnnotation.read(f));
        assertTrue(e.getMessage().contains("x.tsv:1") && e.getMessage().contains("4 non-empty"), e.getMessage());
    }
}
