package org.rawabit.analysis;

import org.rawabit.read.Article;

/** Splits an article into sentences and segmented, tagged tokens. Implementations must be thread-safe. */
public interface Analyser {
    AnalysedDocument analyse(Article article);
}
