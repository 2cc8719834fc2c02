package org.rawabit.resolve;

import java.util.List;
import org.rawabit.analysis.AnalysedDocument;

/** An analysed document with its mentions linked to entities. */
public record ResolvedDocument(AnalysedDocument doc, List<LinkedMention> mentions, List<Entity> entities) {
    public ResolvedDocument {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }
}
