package org.rawabit.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rawabit.core.Fact;
import org.rawabit.query.TextTable;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.Entity;
import org.rawabit.resolve.LinkedMention;

/** An annotation as three plain-text tables: mentions, entities and facts. */
public final class AnnotationText {
    private AnnotationText() {}

    /** @param isolate wrap cells in bidi isolation marks (on a terminal only) */
    public static String render(Annotation a, boolean isolate) {
        StringBuilder b = new StringBuilder();
        b.append("Article ").append(a.article().id()).append(": ").append(a.article().text().length()).append(" characters")
                .append(a.article().title().map(t -> ", «" + t + "»").orElse("")).append("\n\n");

        List<List<String>> mentions = new ArrayList<>();
        for (LinkedMention lm : a.mentions()) {
            var m = lm.mention();
            mentions.add(List.of(m.type().name(), m.begin() + "–" + m.end(), m.surface(),
                    lm.entityId().map(id -> "rwid:" + id).orElse(""), a.entityOf(lm).map(Entity::label).orElse(""),
                    confidence(m.confidence()), m.finder()));
        }
        b.append("Mentions (").append(mentions.size()).append(")\n");
        b.append(TextTable.grid(List.of("type", "span", "text", "entity", "label", "confidence", "found by"), mentions, isolate));

        List<List<String>> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            long n = a.mentions().stream().filter(m -> m.entityId().filter(e.id()::equals).isPresent()).count();
            entities.add(List.of("rwid:" + e.id(), e.type().name() + (e.kind() == null || e.kind().isEmpty() ? "" : " (" + e.kind() + ")"), e.label(),
                    String.join(" | ", e.altLabels()), e.wikidata().map(q -> "wd:" + q).orElse(""), String.valueOf(n)));
        }
        b.append("\nEntities (").append(entities.size()).append(")\n");
        b.append(TextTable.grid(List.of("entity", "type", "label", "other forms", "wikidata", "mentions"), entities, isolate));

        List<List<String>> facts = new ArrayList<>();
        for (Fact f : a.facts()) {
            facts.add(List.of(a.showIri(f.subject()), Vocab.prefixMapping().shortForm(f.predicate()), a.show(f.object()),
                    shorten(a.article().text().substring(f.begin(), f.end())), confidence(f.confidence()), f.extractor()));
        }
        b.append("\nFacts (").append(facts.size()).append(")\n");
        b.append(TextTable.grid(List.of("subject", "predicate", "object", "evidence", "confidence", "rule"), facts, isolate));
        return b.toString();
    }

    /** Long evidence (a whole sentence) cut to keep the table readable; JSON and HTML keep it whole. */
    private static String shorten(String s) {
        String one = s.replace('\n', ' ').strip();
        return one.length() <= 70 ? one : one.substring(0, 69) + "…";
    }

    static String confidence(double c) {
        return String.format(Locale.ROOT, "%.2f", c);
    }
}
