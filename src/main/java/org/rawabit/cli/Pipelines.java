package org.rawabit.cli;

import java.util.List;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.ner.PrecisionGate;
import org.rawabit.pipeline.Pipeline;

/** Builds the pipeline the commands use: rules and gazetteer first, then the statistical NER model behind its precision gate. */
final class Pipelines {
    private Pipelines() {}

    /** {@link Pipeline#standardWithModel}: the model behind the standard gate. */
    static Pipeline standard(KnowledgeBase kb) {
        return Pipeline.standardWithModel(kb);
    }

    /** {@link Pipeline#standardWithModel}, with the model's names passing {@code gate} (--min-confidence). */
    static Pipeline standard(KnowledgeBase kb, PrecisionGate gate) {
        return Pipeline.standard(kb, List.of(new ModelMentionFinder(gate)));
    }
}
