package org.rawabit.cli;

import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Pipeline;

/** Builds the pipeline the commands use: rules and gazetteer first, then the statistical NER model. */
final class Pipelines {
    private Pipelines() {}

    static Pipeline standard(KnowledgeBase kb) {
        return Pipeline.standardWithModel(kb);
    }
}
