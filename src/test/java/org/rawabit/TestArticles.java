package org.rawabit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.CoreNlpAnalyser;
import org.rawabit.read.Article;

/** Builds articles from Arabic text and analyses them with the real CoreNLP models. */
public final class TestArticles {
    private TestArticles() {}

    public static final Path SEEDS = Path.of("seeds");
    private static final CoreNlpAnalyser ANALYSER = new CoreNlpAnalyser();

    public static Article article(String text) {
        return article(text, null);
    }

    public static Article article(String text, LocalDate published) {
        return new Article("test", "test", text, Optional.empty(), Optional.ofNullable(published), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static AnalysedDocument analyse(String text) {
        return ANALYSER.analyse(article(text));
    }

    public static AnalysedDocument analyse(String text, LocalDate published) {
        return ANALYSER.analyse(article(text, published));
    }
}
