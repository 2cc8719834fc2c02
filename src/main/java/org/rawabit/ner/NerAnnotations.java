package org.rawabit.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** CoreLabel keys through which {@link ArabicNerModel} hands precomputed word features to {@link ArabicFeatureFactory}. */
final class NerAnnotations {
    private NerAnnotations() {}

    /** Features of the word itself only ({@code name=value} atoms). */
    static final class Local implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<String>> getType() {
            return (Class) List.class;
        }
    }

    /** Features also seen by the neighbours within two words, tagged with their offset. */
    static final class Window implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<String>> getType() {
            return (Class) List.class;
        }
    }

    /** Features that are also conjoined with the previous label (label-transition clique). */
    static final class Transition implements CoreAnnotation<List<String>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<String>> getType() {
            return (Class) List.class;
        }
    }
}
