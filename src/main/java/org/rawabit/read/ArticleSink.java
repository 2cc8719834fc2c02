package org.rawabit.read;

/** Receives what readers find: articles, and problems with inputs that could not be read. */
public interface ArticleSink {
    void article(RawArticle article);

    void problem(InputProblem problem);
}
