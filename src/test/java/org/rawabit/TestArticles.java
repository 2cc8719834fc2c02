package org.rawabit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.CoreNlpAnalyser;
import java.util.List;
import org.rawabit.kb.KnowledgeBase;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionCombiner;
import org.rawabit.pipeline.Pipeline;
import org.rawabit.read.Article;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.resolve.Resolver;

/** Builds articles from Arabic text and analyses them with the real CoreNLP models. */
public final class TestArticles {
    private TestArticles() {}

    public static final Path SEEDS = Path.of("seeds");
    /** Stand-in articles written by the developers, kept for tests that need their particular wording. */
    public static final Path SAMPLES = Path.of("src/test/resources/samples");
    private static final CoreNlpAnalyser ANALYSER = new CoreNlpAnalyser();
    /** The analyser the helpers below use, for tests that build their own {@link Article}. */
    public static final CoreNlpAnalyser ANALYSER_FOR_TESTS = ANALYSER;

    public static Article article(String text) {
        return article(text, null);
    }

    public static Article article(String text, LocalDate published) {
        return article("test", text, published);
    }

    public static Article article(String id, String text, LocalDate published) {
        return new Article(id, "test", text, Optional.empty(), Optional.ofNullable(published), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static AnalysedDocument analyse(String text) {
        return ANALYSER.analyse(article(text));
    }

    public static AnalysedDocument analyse(String text, LocalDate published) {
        return ANALYSER.analyse(article(text, published));
    }

    /** The pipeline's rule tier (dates, knowledge base, rules, quantities) over the bundled knowledge base. */
    public static final MentionCombiner RULES = new MentionCombiner(List.of(Pipeline.ruleFinders(KnowledgeBase.bundled())));

    /** Mentions found by the rule tier in {@code text}, published on 24 November 2025. */
    public static List<Mention> mentions(String text) {
        return RULES.find(analyse(text, PUBLISHED));
    }

    /** Whether {@code mentions} hold one of {@code type} with exactly the text {@code surface}. */
    public static boolean hasMention(List<Mention> mentions, org.rawabit.mention.MentionType type, String surface) {
        return mentions.stream().anyMatch(m -> m.type() == type && m.surface().equals(surface));
    }

    /** {@code text} analysed, its mentions found by the rule tier and resolved. */
    public static ResolvedDocument resolve(String text) {
        return resolve("test", text);
    }

    /** Like {@link #resolve(String)}, as the article with identifier {@code id}. */
    public static ResolvedDocument resolve(String id, String text) {
        return resolve(article(id, text, PUBLISHED));
    }

    /** {@code article} analysed, its mentions found by the rule tier and resolved. */
    public static ResolvedDocument resolve(Article article) {
        AnalysedDocument doc = ANALYSER.analyse(article);
        return new Resolver(KnowledgeBase.bundled()).resolve(doc, RULES.find(doc));
    }

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 24);
}
