package org.rawabit.mention;

import java.util.List;
import org.rawabit.analysis.AnalysedDocument;

/**
 * One source of mentions: a gazetteer, a family of rules, or a statistical model. Finders run
 * independently over the same analysed document; {@link MentionCombiner} reconciles their output.
 */
public interface MentionFinder {
    /** Short stable name, recorded as provenance ("gazetteer", "rules.person-title", "crf"). */
    String name();

    /** The name and whatever else decides what it finds (a model's thresholds); part of the pipeline's fingerprint. */
    default String setup() {
        return name();
    }

    List<Mention> find(AnalysedDocument doc);
}
