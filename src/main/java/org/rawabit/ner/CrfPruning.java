package org.rawabit.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;

/**
 * Shrinks a trained CRF by dropping the features whose weights are all small, without retraining
 * (CoreNLP's own {@code featureDiffThresh} retrains from scratch). Uses reflection on the
 * classifier's package-private weight table.
 */
final class CrfPruning {
    private CrfPruning() {}

    /** Drops features whose largest absolute weight is below {@code threshold}; returns {kept, before}. */
    @SuppressWarnings("unchecked")
    static int[] prune(CRFClassifier<?> crf, double threshold) {
        try {
            Field wf = CRFClassifier.class.getDeclaredField("weights");
            Field ff = CRFClassifier.class.getDeclaredField("featureIndex");
            Field mf = CRFClassifier.class.getDeclaredField("map");
            wf.setAccessible(true);
            ff.setAccessible(true);
            mf.setAccessible(true);
            float[][] weights = (float[][]) wf.get(crf);
            Index<String> features = (Index<String>) ff.get(crf);
            int[] map = (int[]) mf.get(crf);
            Index<String> keptIndex = new HashIndex<>();
            int n = 0;
            int[] keep = new int[weights.length];
            for (int i = 0; i < weights.length; i++) {
                float max = 0;
                for (float w : weights[i]) max = Math.max(max, Math.abs(w));
                if (max >= threshold) keep[n++] = i;
            }
            float[][] w2 = new float[n][];
            int[] m2 = new int[n];
            for (int j = 0; j < n; j++) {
                int i = keep[j];
                keptIndex.add(features.get(i));
                w2[j] = weights[i];
                m2[j] = map[i];
            }
            Field cf = CRFClassifier.class.getDeclaredField("cliquePotentialFunction");
            cf.setAccessible(true);
            cf.set(crf, null); // cached over the old weight table
            wf.set(crf, w2);
            ff.set(crf, keptIndex);
            mf.set(crf, m2);
            return new int[] {n, weights.length};
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot prune this CoreNLP version's CRF: " + e, e);
        }
    }
}
