package org.rawabit.analysis;

import java.util.List;
import org.rawabit.read.Article;

/** An article with its sentences and segmented, POS-tagged tokens; offsets refer to {@code article.text()}. */
public record AnalysedDocument(Article article, List<Sentence> sentences, List<Token> tokens) {

    public AnalysedDocument {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return article.text();
    }

    public String surface(int begin, int end) {
        return article.text().substring(begin, end);
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The sentence containing character offset {@code offset}. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.begin() && offset < s.end()) return s;
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }
}
