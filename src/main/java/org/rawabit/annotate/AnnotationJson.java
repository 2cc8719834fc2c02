package org.rawabit.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rawabit.core.Fact;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;

/**
 * An annotation as one JSON object: {@code text}, {@code mentions} (type, begin/end offsets into
 * {@code text}, entity, confidence, finder, value), {@code entities} and {@code facts}.
 */
public final class AnnotationJson {
    private AnnotationJson() {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ObjectNode tree(Annotation a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", a.article().id());
        a.article().title().ifPresent(t -> root.put("title", t));
        a.article().published().ifPresent(d -> root.put("published", d.toString()));
        a.article().dateline().ifPresent(d -> root.put("dateline", d));
        root.put("text", a.article().text());
        ArrayNode mentions = root.putArray("mentions");
        for (LinkedMention lm : a.mentions()) {
            var m = lm.mention();
            ObjectNode o = mentions.addObject();
            o.put("type", m.type().name());
            o.put("begin", m.begin());
            o.put("end", m.end());
            o.put("text", m.surface());
            lm.entityId().ifPresent(id -> o.put("entity", Vocab.entityIri(id)));
            o.put("confidence", round(m.confidence()));
            o.put("foundBy", m.finder());
            m.value().ifPresent(v -> {
                if (v instanceof MentionValue.DateValue d) {
                    o.put("date", d.first().lexical());
                    if (!d.first().equals(d.last())) o.put("endDate", d.last().lexical());
                } else if (v instanceof MentionValue.Quantity q) {
                    o.put("amount", q.amount());
                    o.put("unit", q.unit());
                }
            });
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode o = entities.addObject();
            o.put("id", Vocab.entityIri(e.id()));
            o.put("type", e.type().name());
            if (e.kind() != null && !e.kind().isEmpty()) o.put("kind", e.kind());
            o.put("label", e.label());
            e.labelEn().ifPresent(l -> o.put("labelEn", l));
            ArrayNode alt = o.putArray("altLabels");
            e.altLabels().forEach(alt::add);
            e.wikidata().ifPresent(q -> o.put("wikidata", q));
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : a.facts()) {
            ObjectNode o = facts.addObject();
            o.put("subject", f.subject());
            o.put("subjectLabel", a.showIri(f.subject()));
            o.put("predicate", f.predicate());
            if (f.object() instanceof Fact.Iri i) {
                o.put("object", i.iri());
                o.put("objectLabel", a.showIri(i.iri()));
            } else {
                Fact.Literal l = (Fact.Literal) f.object();
                o.put("value", l.lexical());
                if (!l.datatype().isEmpty()) o.put("datatype", l.datatype());
                if (!l.lang().isEmpty()) o.put("lang", l.lang());
            }
            o.put("sentence", f.sentence());
            o.put("begin", f.begin());
            o.put("end", f.end());
            o.put("evidence", a.article().text().substring(f.begin(), f.end()));
            o.put("confidence", round(f.confidence()));
            o.put("rule", f.extractor());
        }
        return root;
    }

    public static String render(Annotation a) {
        try {
            return JSON.writeValueAsString(tree(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal round(double c) {
        return BigDecimal.valueOf(c).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
