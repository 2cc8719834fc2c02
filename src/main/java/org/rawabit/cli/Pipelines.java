package org.rawabit.cli;

import java.util.List;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.MentionFinder;
import org.rawabit.ner.ModelMentionFinder;
import org.rawabit.pipeline.Pipeline;

/** Builds the pipeline the commands use: rules and gazetteer first, then the statistical NER model. */
final class Pipelines {
    private Pipelines() {}

    static Pipeline standard(KnowledgeBase kb) {
        return Pipeline.standard(kb, modelFinders());
    }

    static List<MentionFinder> modelFinders() {
        return List.of(new ModelMentionFinder());
    }
}
