package org.rawabit.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.util.PaddedList;
import java.util.Collection;
import java.util.List;

/**
 * CoreNLP's NER features on the (normalised) whitespace word, plus the Arabic features that
 * {@link WordFeatures} computed for each word: stem without clitics and article, clitic pattern,
 * POS, affixes, word clusters, gazetteer and trigger-word classes. Stateless after {@link #init},
 * so one instance serves concurrent classification.
 */
public class ArabicFeatureFactory extends NERFeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;

    private static final int WINDOW = 2;

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int loc, Clique clique) {
        Collection<String> features = super.getCliqueFeatures(info, loc, clique);
        if (clique == cliqueC) {
            CoreLabel c = info.get(loc);
            List<String> local = c.get(NerAnnotations.Local.class);
            if (local != null) for (String a : local) features.add(a + "|L");
            for (int off = -WINDOW; off <= WINDOW; off++) {
                List<String> win = info.get(loc + off).get(NerAnnotations.Window.class);
                if (win == null) {
                    if (loc + off < 0 || loc + off >= info.size()) features.add("pad@" + off + "|W");
                    continue;
                }
                for (String a : win) features.add(a + "@" + off + "|W");
            }
            // conjunctions of the current word's window atoms with the previous and next word's
            List<String> cur = c.get(NerAnnotations.Window.class);
            if (cur != null) {
                List<String> prev = loc > 0 ? info.get(loc - 1).get(NerAnnotations.Window.class) : null;
                List<String> next = loc + 1 < info.size() ? info.get(loc + 1).get(NerAnnotations.Window.class) : null;
                for (String a : cur) {
                    if (!a.startsWith("s=")) continue;
                    if (prev != null) for (String b : prev) if (b.startsWith("s=")) features.add(b + "_" + a + "|PC");
                    if (next != null) for (String b : next) if (b.startsWith("s=")) features.add(a + "_" + b + "|CN");
                }
            }
        } else if (clique == cliqueCpC) {
            List<String> tr = info.get(loc).get(NerAnnotations.Transition.class);
            if (tr != null) for (String a : tr) features.add(a + "|T");
        }
        return features;
    }
}
