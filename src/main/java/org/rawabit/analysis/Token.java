package org.rawabit.analysis;

import org.rawabit.text.ArabicNormaliser;

/**
 * One segment from CoreNLP's Arabic segmenter: a clitic ("و", "ب", "ل") or a stem.
 *
 * @param index      position in the document's token list
 * @param form       the segmenter's form (article restored: "لأمن" → "الامن")
 * @param begin      start offset in the article text
 * @param end        end offset (exclusive) in the article text
 * @param pos        Penn Arabic Treebank tag (NNP, DTNNP, IN, …)
 * @param sentence   index of the sentence it belongs to
 * @param wordStart  true when this segment begins an orthographic word (not glued to the previous one)
 */
public record Token(int index, String form, int begin, int end, String pos, int sentence, boolean wordStart) {

    /** Folded, article-free matching key of the segment. */
    public String key() {
        return ArabicNormaliser.stripArticle(ArabicNormaliser.normalise(form));
    }

    public boolean isProperNoun() {
        return pos.equals("NNP") || pos.equals("DTNNP") || pos.equals("NNPS") || pos.equals("DTNNPS");
    }

    public boolean isPunctuation() {
        return pos.equals("PUNC");
    }

    public boolean hasArticle() {
        return pos.startsWith("DT");
    }
}
