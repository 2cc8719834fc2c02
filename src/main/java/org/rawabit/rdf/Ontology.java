package org.rawabit.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.Entity;
import org.rawabit.core.Vocab;

/** Which ontology classes an entity or mention gets. Supertypes are asserted too, so queries need no inference. */
final class Ontology {
    private Ontology() {}

    static List<Resource> classesOf(Entity e) {
        List<Resource> out = new ArrayList<>();
        switch (e.type()) {
            case PER -> out.add(Vocab.schema("Person"));
            case ORG -> {
                out.add(Vocab.schema("Organization"));
                if (e.kind().equals("GovernmentOrganization")) out.add(Vocab.schema("GovernmentOrganization"));
            }
            case LOC -> {
                out.add(Vocab.schema("Place"));
                switch (e.kind()) {
                    case "Country" -> out.add(Vocab.schema("Country"));
                    case "City" -> out.add(Vocab.schema("City"));
                    case "Region" -> out.add(Vocab.rw("Region"));
                    default -> { }
                }
            }
            case EVENT -> {
                out.add(Vocab.schema("Event"));
                String cls = switch (e.kind()) {
                    case "general-assembly" -> "GeneralAssemblySession";
                    case "session" -> "Session";
                    case "conference" -> "Conference";
                    case "summit" -> "Summit";
                    case "forum" -> "Forum";
                    case "anniversary" -> "Anniversary";
                    case "meeting" -> "Meeting";
                    default -> null;
                };
                if (cls != null) out.add(Vocab.rw(cls));
            }
            case POST -> {
                out.add(org.apache.jena.rdf.model.ResourceFactory.createResource(Vocab.ORG + "Post"));
                out.add(Vocab.rw("Post"));
            }
            default -> throw new IllegalArgumentException(e.type() + " is not an entity type");
        }
        return out;
    }

    static Optional<Resource> classOfMention(MentionType t) {
        return switch (t) {
            case PER -> Optional.of(Vocab.schema("Person"));
            case ORG -> Optional.of(Vocab.schema("Organization"));
            case LOC -> Optional.of(Vocab.schema("Place"));
            case EVENT -> Optional.of(Vocab.schema("Event"));
            case POST -> Optional.of(Vocab.rw("Post"));
            case DATE -> Optional.of(Vocab.rw("DateExpression"));
            case QUANTITY -> Optional.of(Vocab.rw("Quantity"));
        };
    }
}
