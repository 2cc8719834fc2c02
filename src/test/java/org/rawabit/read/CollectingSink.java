package org.rawabit.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps the articles and problems a reader reports, for tests. */
final class CollectingSink implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void article(RawArticle a) {
        articles.add(a);
    }

    @Override
    public void problem(InputProblem p) {
        problems.add(p);
    }
}
