package org.rawabit.spark;

import org.rawabit.kb.KnowledgeBase;
import org.rawabit.pipeline.Pipeline;

/**
 * The pipeline of one executor JVM, built on first use and shared by all its tasks and threads
 * (the pipeline is thread-safe): the CoreNLP and NER models load once per executor, never per
 * document or per partition.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {}

    private static final class Holder {
        static {
            org.rawabit.rdf.JdkStax.use(); // executors never run Main.main
        }

        static final Pipeline PIPELINE = Pipeline.standardWithModel(KnowledgeBase.bundled());
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
