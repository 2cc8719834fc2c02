package org.rawabit.annotate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rawabit.core.Description;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.read.Article;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.resolve.ResolvedDocument;

/**
 * What the pipeline makes of one article, without a store: its mentions (each with the entity it
 * names), its entities and its facts. The renderers ({@link AnnotationText}, {@link AnnotationJson},
 * {@link AnnotationHtml}) only read it.
 */
public record Annotation(Article article, List<LinkedMention> mentions, List<Entity> entities, List<Fact> facts,
        List<Description> descriptions) {

    public Annotation {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        descriptions = List.copyOf(descriptions);
    }

    public static Annotation of(ResolvedDocument doc, ExtractedFacts facts) {
        return new Annotation(doc.doc().article(), doc.mentions(), doc.entities(), facts.facts(), facts.descriptions());
    }

    /** Entities by IRI. */
    public Map<String, Entity> entitiesByIri() {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) m.put(Vocab.entityIri(e.id()), e);
        return m;
    }

    /** The entity a mention names, if any. */
    public Optional<Entity> entityOf(LinkedMention m) {
        return m.entityId().flatMap(id -> entities.stream().filter(e -> e.id().equals(id)).findFirst());
    }

    /**
     * A fact's subject or object for a reader: an entity's Arabic label, a node the rules created
     * by its label ({@code rdfs:label} or {@code schema:name} among the descriptions), else the
     * prefixed IRI; a literal by its text.
     */
    public String show(Fact.Value v) {
        if (v instanceof Fact.Literal l) return l.lexical();
        return showIri(((Fact.Iri) v).iri());
    }

    public String showIri(String iri) {
        Entity e = entitiesByIri().get(iri);
        if (e != null) return e.label();
        for (Description d : descriptions) {
            if (d.subject().equals(iri) && LABELS.contains(d.predicate()) && d.object() instanceof Fact.Literal l) return l.lexical();
        }
        return Vocab.prefixMapping().shortForm(iri);
    }

    private static final List<String> LABELS = List.of(Vocab.RDFS + "label", Vocab.SCHEMA + "name");
}
