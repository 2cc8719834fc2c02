package org.rawabit.resolve;

import java.util.List;
import java.util.Optional;
import org.rawabit.mention.MentionType;

/**
 * One real-world thing as resolved in a document: a stable id (the same on every run and across
 * documents), its type, a canonical label and the surface forms observed.
 *
 * @param id         local id; the IRI is {@code https://w3id.org/rawabit/id/<id>}
 * @param type       PER, ORG, LOC, EVENT or POST
 * @param kind       finer class: the KB type (Country, City, …) or the event kind (general-assembly, …)
 * @param label      canonical Arabic label
 * @param labelEn    English label, when known
 * @param altLabels  every other surface form observed, distinct
 * @param wikidata   Wikidata QID, when known
 * @param nameKey    matching key of the canonical name (for cross-document lookups)
 * @param event      event details, for events
 */
public record Entity(String id, MentionType type, String kind, String label, Optional<String> labelEn,
        List<String> altLabels, Optional<String> wikidata, String nameKey, Optional<EventDetails> event) {

    public Entity {
        altLabels = List.copyOf(altLabels);
    }

    /** What identifies an event: its kind, number and organiser. */
    public record EventDetails(String kind, Optional<Integer> ordinal, Optional<String> organiserId) {}
}
