package org.rawabit.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rawabit.read.Article;

/**
 * Stanford CoreNLP's Arabic pipeline (segmenter, sentence splitter, POS tagger) from the
 * {@code models-arabic} jar. Models load once per process, on first use.
 */
public final class CoreNlpAnalyser implements Analyser {

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = create();
    }

    private static StanfordCoreNLP create() {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own log chatter is not for users
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
        // Arabic full stop, question and exclamation marks, and paragraph breaks end sentences.
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+|[\u06D4]");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
        return new StanfordCoreNLP(p);
    }

    /** Loads the models now (they load lazily otherwise); returns the time taken in milliseconds. */
    public static long warmUp() {
        long t = System.nanoTime();
        StanfordCoreNLP unused = Holder.PIPELINE;
        return (System.nanoTime() - t) / 1_000_000;
    }

    @Override
    public AnalysedDocument analyse(Article article) {
        Annotation doc = new Annotation(article.text());
        Holder.PIPELINE.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int previousEnd = -1;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = l.beginPosition(), e = l.endPosition();
                if (e <= b || b < 0 || e > article.text().length()) continue; // defensive: no zero-width tokens
                String form = l.word();
                if (form.isBlank() || form.equals("\uFEFF")) continue;
                tokens.add(new Token(tokens.size(), form, b, e, l.tag() == null ? "" : l.tag(), sentences.size(), b != previousEnd));
                previousEnd = e;
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), tokens.get(first).begin(), tokens.get(tokens.size() - 1).end(),
                        first, tokens.size()));
            }
        }
        return new AnalysedDocument(article, sentences, tokens);
    }
}
