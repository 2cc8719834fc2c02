package org.rawabit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.rawabit.TestArticles;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.Article;
import org.rawabit.read.ArticleCleaner;
import org.rawabit.read.RawArticle;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.ResolvedDocument;

/** A document's byline and dateline reach the graph as metadata, not as mentions. */
class DocumentMetadataRdfTest {
    @Test
    void authorDatelineAndPublicationDateAreMetadataAndTheDatelineIsNoMention() throws Exception {
        Article a = new ArticleCleaner().clean(new RawArticle("meta", "meta.txt", "", "", "", "",
                "وجدة-كريم المنصوري\nنشر بتاريخ: 2025-04-08\nحلت بوجدة لجنة من وزارة الداخلية لتفقد المعبر الحدودي، ثم زارت مدينة الرباط."));
        ResolvedDocument rd = TestArticles.resolve(a);
        Model m = new RdfMapper("test").map(rd, org.rawabit.facts.FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd));
        Resource doc = m.getResource(RdfMapper.graphIri(a));
        assertEquals("كريم المنصوري", doc.getProperty(Vocab.schemap("author")).getString());
        assertEquals("2025-04-08", doc.getProperty(Vocab.schemap("datePublished")).getLiteral().getLexicalForm());
        assertEquals("وجدة", doc.getProperty(Vocab.rwp("dateline")).getString());
        var anchors = m.listObjectsOfProperty(Vocab.nifp("anchorOf")).mapWith(n -> n.asLiteral().getString()).toList();
        assertFalse(anchors.stream().anyMatch(x -> x.contains("المنصوري")), anchors.toString());
    }

    @Test
    void aDatelineSpelledLikeACountryIsTheCity() throws Exception {
        Article a = new ArticleCleaner().clean(new RawArticle("amman", "amman.txt", "", "", "", "",
                "الحكومة تعد بخفض الدين العام\n\nعمان - قالت وزيرة التخطيط إن الحكومة ستخفض الدين العام خلال ثلاث سنوات."));
        ResolvedDocument rd = TestArticles.resolve(a);
        Model m = new RdfMapper("test").map(rd, org.rawabit.facts.FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd));
        Resource where = m.getResource(RdfMapper.graphIri(a)).getPropertyResourceValue(Vocab.schemap("locationCreated"));
        assertTrue(where != null && where.getURI().endsWith("city-jo-amman"), String.valueOf(where));
    }

    @Test
    void theNewsAgencyAfterAVocalisedDatelineIsTheSourceAndNoMention() throws Exception {
        Article a = new ArticleCleaner().clean(new RawArticle("agency", "agency.txt", "", "", "", "",
                "وزارة المياه تفتتح محطة تحلية جديدة\n\nعمّان - بترا: افتتح وزير المياه والري محطة لتحلية المياه في محافظة العقبة، "
                        + "وقال إن المحطة ستخدم نصف مليون مواطن في الجنوب."));
        assertEquals(java.util.Optional.of("عمّان"), a.dateline());
        assertEquals(java.util.Optional.of("بترا"), a.source());
        ResolvedDocument rd = TestArticles.resolve(a);
        Model m = new RdfMapper("test").map(rd, org.rawabit.facts.FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd));
        // the mentions' anchors (a fact's sentence is anchored whole, its dateline included, as its provenance)
        var anchors = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Vocab.nif("Phrase"))
                .mapWith(r -> r.getProperty(Vocab.nifp("anchorOf")).getString()).toList();
        assertFalse(anchors.stream().anyMatch(x -> x.contains("بترا") || x.contains("عمّان")), anchors.toString());
        assertTrue(anchors.stream().anyMatch(x -> x.contains("العقبة")), anchors.toString());
        Resource amman = m.getResource(RdfMapper.graphIri(a)).getPropertyResourceValue(Vocab.schemap("locationCreated"));
        assertTrue(amman != null && amman.getURI().endsWith("city-jo-amman"), String.valueOf(amman));
    }

    @Test

    void theDatelineOfABylineLineIsTheLocationCreatedAndNoMention() throws Exception {
        Article a = new ArticleCleaner().clean(new RawArticle("meta", "meta.txt", "", "", "", "",
                "وجدة-كريم المنصوري\nنشر بتاريخ: 2025-04-08\nحلت بوجدة لجنة من وزارة الداخلية لتفقد المعبر الحدودي، ثم زارت مدينة الرباط."));
        ResolvedDocument rd = TestArticles.resolve(a);
        Model m = new RdfMapper("test").map(rd, org.rawabit.facts.FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd));
        Resource doc = m.getResource(RdfMapper.graphIri(a));
        Resource oujda = doc.getPropertyResourceValue(Vocab.schemap("locationCreated"));
        assertTrue(oujda != null && oujda.hasProperty(org.apache.jena.vocabulary.RDFS.label, "وجدة", "ar"), String.valueOf(oujda));
        // the dateline's "وجدة" is no mention; the body's "بوجدة" is one, and so the city is mentioned by the document
        var anchors = m.listObjectsOfProperty(Vocab.nifp("anchorOf")).mapWith(n -> n.asLiteral().getString()).toList();
        assertEquals(1, anchors.stream().filter(x -> x.equals("وجدة")).count(), anchors.toString());
        assertTrue(doc.hasProperty(Vocab.schemap("mentions"), oujda));
    }

    @Test
    void interpolLinksToItsWikidataItem() {
        assertEquals(java.util.Optional.of("Q8475"), org.rawabit.kb.KnowledgeBase.bundled().get("org-interpol").flatMap(e -> e.wikidata()));
        ResolvedDocument rd = TestArticles.resolve("وشارك وفد أمني في اجتماع لمنظمة الشرطة الجنائية الدولية (إنتربول) بمقرها في مدينة ليون.");
        Model m = new RdfMapper("test").map(rd, org.rawabit.facts.FactExtractor.runAll(Pipeline.FACT_EXTRACTORS, rd));
        assertTrue(m.contains(m.getResource(Vocab.ID + "org-interpol"), org.apache.jena.vocabulary.OWL.sameAs, m.getResource(Vocab.WD + "Q8475")));
    }
}
