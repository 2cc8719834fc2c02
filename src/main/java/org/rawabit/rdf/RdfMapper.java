package org.rawabit.rdf;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.rdf.model.RDFNode;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Description;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.read.Article;
import org.rawabit.core.Ids;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.text.PartialDate;
import org.rawabit.core.Vocab;

/**
 * Writes one resolved document as RDF: the article and its NIF context, sentences that hold
 * mentions, NIF mentions linked to entities, and the entities as this document describes them.
 * Everything goes into the document's own graph (see {@link #graphIri}).
 */
public final class RdfMapper {
    private static final Property ANCHOR_OF = Vocab.nifp("anchorOf");
    private static final Property BEGIN = Vocab.nifp("beginIndex");
    private static final Property END = Vocab.nifp("endIndex");
    private static final Property REFERENCE_CONTEXT = Vocab.nifp("referenceContext");
    private static final Property IS_STRING = Vocab.nifp("isString");
    private static final Property SENTENCE = Vocab.nifp("sentence");
    private static final Property TA_IDENT_REF = Vocab.p(Vocab.ITSRDF, "taIdentRef");
    private static final Property TA_CLASS_REF = Vocab.p(Vocab.ITSRDF, "taClassRef");
    private static final Property CONTAINED_IN_PLACE = Vocab.schemap("containedInPlace");

    private final String extractor;

    /** @param extractor fingerprint of the pipeline that produced the documents (see {@code Pipeline}) */
    public RdfMapper(String extractor) {
        this.extractor = extractor;
    }

    /** The IRI of the graph that holds everything extracted from an article (= the document IRI). */
    public static String graphIri(Article a) {
        return Vocab.documentIri(a.id());
    }

    public Model map(ResolvedDocument rd, ExtractedFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.PREFIXES);
        Article a = rd.doc().article();
        String docIri = graphIri(a);
        Resource doc = m.createResource(docIri);
        doc.addProperty(RDF.type, Vocab.schema("NewsArticle"));
        doc.addProperty(Vocab.rwp("articleId"), a.id());
        doc.addProperty(Vocab.rwp("contentHash"), Ids.sha256Hex(a.text()));
        doc.addProperty(Vocab.rwp("extractedWith"), extractor);
        a.title().ifPresent(t -> doc.addProperty(Vocab.schemap("headline"), t, "ar"));
        a.published().ifPresent(d -> doc.addLiteral(Vocab.schemap("datePublished"), m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
        a.source().ifPresent(s -> doc.addProperty(Vocab.rwp("sourceName"), s, "ar"));
        a.url().ifPresent(u -> doc.addProperty(Vocab.schemap("url"), m.createResource(u.strip())));
        a.dateline().ifPresent(d -> doc.addProperty(Vocab.rwp("dateline"), d, "ar"));
        a.author().ifPresent(n -> doc.addProperty(Vocab.schemap("author"), n, "ar"));

        Resource context = m.createResource(docIri + "#char=0," + a.text().length());
        context.addProperty(RDF.type, Vocab.nif("Context"));
        context.addProperty(RDF.type, Vocab.nif("OffsetBasedString"));
        context.addProperty(IS_STRING, a.text());
        context.addLiteral(BEGIN, nonNegative(m, 0));
        context.addLiteral(END, nonNegative(m, a.text().length()));
        doc.addProperty(Vocab.rwp("context"), context);

        // the dateline says where the story was filed (schema:locationCreated below): metadata, not a mention
        java.util.Set<String> mentioned = new java.util.HashSet<>();
        for (LinkedMention lm : rd.mentions()) {
            if (inDateline(a, lm.mention())) continue;
            mention(m, rd, docIri, context, lm);
            lm.entityId().ifPresent(mentioned::add);
        }
        for (Entity e : rd.entities()) {
            Resource r = entity(m, e);
            if (mentioned.contains(e.id())) doc.addProperty(Vocab.schemap("mentions"), r);
        }
        a.dateline().ifPresent(d -> datelinePlace(rd, a).ifPresent(id ->
                doc.addProperty(Vocab.schemap("locationCreated"), m.createResource(Vocab.entityIri(id)))));
        for (Description d : facts.descriptions()) {
            m.add(m.createResource(d.subject()), m.createProperty(d.predicate()), node(m, d.object()));
        }
        for (Fact f : facts.facts()) fact(m, rd, docIri, context, f);
        return m;
    }

    /**
     * A fact is written twice: as the plain triple, so queries stay simple, and as a statement
     * node (rdf:Statement, PROV-O) carrying its evidence: the sentence, the character span, the rule
     * and the confidence.
     */
    private void fact(Model m, ResolvedDocument rd, String docIri, Resource context, Fact f) {
        Resource s = m.createResource(f.subject());
        Property p = m.createProperty(f.predicate());
        RDFNode o = node(m, f.object());
        m.add(s, p, o);
        String id = Ids.sha256Hex(f.subject() + " " + f.predicate() + " " + o + " " + f.begin() + "," + f.end()).substring(0, 12);
        Resource st = m.createResource(docIri + "#fact-" + id);
        st.addProperty(RDF.type, Vocab.rw("Fact"));
        st.addProperty(RDF.type, RDF.Statement);
        st.addProperty(RDF.subject, s);
        st.addProperty(RDF.predicate, p);
        st.addProperty(RDF.object, o);
        st.addLiteral(BEGIN, nonNegative(m, f.begin()));
        st.addLiteral(END, nonNegative(m, f.end()));
        st.addProperty(Vocab.rwp("foundBy"), f.extractor());
        st.addLiteral(Vocab.rwp("confidence"), m.createTypedLiteral(round(f.confidence()), XSDDatatype.XSDdecimal));
        Sentence sentence = rd.doc().sentences().get(f.sentence());
        Resource sr = sentence(m, rd, docIri, context, sentence);
        if (!sr.hasProperty(ANCHOR_OF)) sr.addProperty(ANCHOR_OF, rd.doc().surface(sentence.begin(), sentence.end()));
        st.addProperty(Vocab.p(Vocab.PROV, "wasDerivedFrom"), sr);
    }

    private static RDFNode node(Model m, Fact.Value v) {
        if (v instanceof Fact.Iri i) return m.createResource(i.iri());
        Fact.Literal l = (Fact.Literal) v;
        if (!l.lang().isEmpty()) return m.createLiteral(l.lexical(), l.lang());
        if (!l.datatype().isEmpty()) return m.createTypedLiteral(l.lexical(), org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(l.datatype()));
        return m.createLiteral(l.lexical());
    }

    private static Optional<String> datelinePlace(ResolvedDocument rd, Article a) {
        return rd.mentions().stream()
                .filter(lm -> lm.mention().type() == MentionType.LOC && inDateline(a, lm.mention())
                        && lm.mention().end() <= a.datelineBegin().getAsInt() + a.dateline().get().length())
                .map(LinkedMention::entityId).flatMap(Optional::stream).findFirst();
    }

    /** Within the dateline's head: its city, or the agency credited after it ("عمّان - بترا:"). */
    private static boolean inDateline(Article a, Mention x) {
        java.util.OptionalInt begin = a.datelineBegin();
        return begin.isPresent() && x.begin() >= begin.getAsInt() && x.end() <= a.datelineHeadEnd().getAsInt();
    }

    private Resource entity(Model m, Entity e) {
        Resource r = m.createResource(Vocab.entityIri(e.id()));
        for (Resource type : Ontology.classesOf(e)) r.addProperty(RDF.type, type);
        r.addProperty(RDFS.label, e.label(), "ar");
        e.labelEn().ifPresent(l -> r.addProperty(RDFS.label, l, "en"));
        for (String alt : e.altLabels()) r.addProperty(SKOS.altLabel, alt, "ar");
        e.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, m.createResource(Vocab.WD + q)));
        r.addProperty(Vocab.rwp("nameKey"), e.nameKey());
        e.event().ifPresent(ev -> {
            r.addProperty(Vocab.rwp("eventKind"), ev.kind());
            ev.ordinal().ifPresent(n -> r.addLiteral(Vocab.rwp("ordinal"), m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger)));
            ev.organiserId().ifPresent(o -> r.addProperty(Vocab.schemap("organizer"), m.createResource(Vocab.entityIri(o))));
        });
        return r;
    }

    private void mention(Model m, ResolvedDocument rd, String docIri, Resource context, LinkedMention lm) {
        Mention x = lm.mention();
        Resource r = m.createResource(docIri + "#char=" + x.begin() + "," + x.end());
        r.addProperty(RDF.type, Vocab.nif("Phrase"));
        r.addProperty(RDF.type, Vocab.nif("OffsetBasedString"));
        r.addProperty(ANCHOR_OF, x.surface());
        r.addLiteral(BEGIN, nonNegative(m, x.begin()));
        r.addLiteral(END, nonNegative(m, x.end()));
        r.addProperty(REFERENCE_CONTEXT, context);
        r.addProperty(Vocab.rwp("mentionType"), x.type().name());
        r.addProperty(Vocab.rwp("foundBy"), x.finder());
        r.addLiteral(Vocab.rwp("confidence"), m.createTypedLiteral(round(x.confidence()), XSDDatatype.XSDdecimal));
        Sentence s = rd.doc().sentenceAt(x.begin());
        if (s != null) r.addProperty(SENTENCE, sentence(m, rd, docIri, context, s));
        lm.entityId().ifPresent(id -> r.addProperty(TA_IDENT_REF, m.createResource(Vocab.entityIri(id))));
        Ontology.classOfMention(x.type()).ifPresent(c -> r.addProperty(TA_CLASS_REF, c));
        x.value().ifPresent(v -> {
            if (v instanceof MentionValue.DateValue d) {
                r.addLiteral(Vocab.rwp("dateValue"), date(m, d.first()));
                if (!d.first().equals(d.last())) {
                    r.addLiteral(Vocab.rwp("startDate"), date(m, d.first()));
                    r.addLiteral(Vocab.rwp("endDate"), date(m, d.last()));
                }
            } else if (v instanceof MentionValue.Quantity q) {
                r.addLiteral(Vocab.rwp("amount"), m.createTypedLiteral(String.valueOf(q.amount()), XSDDatatype.XSDinteger));
                r.addProperty(Vocab.rwp("unit"), q.unit(), "ar");
            } else if (v instanceof MentionValue.Within w) {
                // "غلاسكو باسكتلندا": the place lies in the one named right after it
                lm.entityId().ifPresent(place -> containerAt(rd, w.container()).ifPresent(container -> m.add(
                        m.createResource(Vocab.entityIri(place)), CONTAINED_IN_PLACE, m.createResource(Vocab.entityIri(container)))));
            }
        });
    }

    private static Optional<String> containerAt(ResolvedDocument rd, MentionValue.Span span) {
        return rd.mentions().stream().filter(l -> l.mention().begin() == span.begin() && l.mention().end() == span.end())
                .map(LinkedMention::entityId).flatMap(Optional::stream).findFirst();
    }

    private static Resource sentence(Model m, ResolvedDocument rd, String docIri, Resource context, Sentence s) {
        Resource r = m.createResource(docIri + "#sentence=" + s.index());
        if (!r.hasProperty(RDF.type)) {
            r.addProperty(RDF.type, Vocab.nif("Sentence"));
            r.addLiteral(BEGIN, nonNegative(m, s.begin()));
            r.addLiteral(END, nonNegative(m, s.end()));
            r.addProperty(REFERENCE_CONTEXT, context);
        }
        return r;
    }

    static Literal date(Model m, PartialDate d) {
        XSDDatatype t = switch (d.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return m.createTypedLiteral(d.lexical(), t);
    }

    private static Literal nonNegative(Model m, int n) {
        return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String round(double c) {
        return java.math.BigDecimal.valueOf(c).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
