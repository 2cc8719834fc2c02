package org.rawabit.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Sentence;
import org.rawabit.analysis.Token;
import org.rawabit.kb.Lexicon;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionFinder;
import org.rawabit.mention.MentionType;
import org.rawabit.text.Affixes;
import org.rawabit.text.ArabicNormaliser;

/**
 * Mentions found by the statistical {@link ArabicNerModel} (finder name "crf").
 *
 * <p>For each sentence, the analyser's segments are glued back into orthographic words (a segment
 * not starting a word joins the previous one; punctuation segments stand alone, as in ANERcorp), the
 * words are tagged, and each PERS/ORG/LOC entity becomes a PER/ORG/LOC mention (MISC is dropped).
 * The span starts after the proclitics (و ف ب ل ك, and the ل of "لل") that the segmenter split off
 * the first word, and ends at the end of the last word. Confidence is the smallest marginal
 * probability the CRF gives to the label of any word of the entity (for a label made consistent with
 * the rest of the article, see {@link LabelConsistency}). An entity is kept only when the
 * {@link PrecisionGate} admits it (confident enough, or supported by the text). Thread-safe.
 */
public final class ModelMentionFinder implements MentionFinder {

    public static final String NAME = "crf";

    private final Supplier<ArabicNerModel> model;
    private final PrecisionGate gate;

    /** Uses the shipped model, loaded on first use, behind the standard {@link PrecisionGate}. */
    public ModelMentionFinder() {
        this(PrecisionGate.standard());
    }

    /** Uses the shipped model, loaded on first use, behind {@code gate}. */
    public ModelMentionFinder(PrecisionGate gate) {
        this.model = ArabicNerModel::loadDefault;
        this.gate = gate;
    }

    public ModelMentionFinder(ArabicNerModel model, PrecisionGate gate) {
        this.model = () -> model;
        this.gate = gate;
    }

    public ModelMentionFinder(ArabicNerModel model) {
        this(model, PrecisionGate.standard());
    }

    public PrecisionGate gate() {
        return gate;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String setup() {
        return NAME + " min-confidence=" + gate.minConfidence();
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        ArabicNerModel m = model.get();
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        List<List<List<Token>>> docWords = new ArrayList<>();
        List<List<String>> docSurface = new ArrayList<>();
        List<List<List<WordSegmenter.Segment>>> docSegs = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<List<Token>> words = words(doc.tokensOf(s));
            if (words.isEmpty()) continue;
            List<String> surface = new ArrayList<>(words.size());
            List<List<WordSegmenter.Segment>> segs = new ArrayList<>(words.size());
            for (List<Token> w : words) {
                surface.add(text.substring(w.get(0).begin(), w.get(w.size() - 1).end()));
                List<WordSegmenter.Segment> ws = new ArrayList<>(w.size());
                for (Token t : w) ws.add(new WordSegmenter.Segment(t.form(), t.pos()));
                segs.add(ws);
            }
            docWords.add(words);
            docSurface.add(surface);
            docSegs.add(segs);
        }
        List<ArabicNerModel.Tagging> taggings = m.tagRun(docSurface, docSegs, m.contexts(docSurface, docSegs), 1, true);
        for (PrecisionGate.Found found : PrecisionGate.found(taggings, docSurface, docSegs, Integer.MAX_VALUE)) {
            NerEvaluation.Span span = found.span();
            Optional<MentionType> type = AnercorpLabels.toMentionType(span.type());
            if (type.isEmpty() || !gate.admits(found.confidence(), found.support())) continue;
            List<List<Token>> words = docWords.get(found.sentence());
            List<Token> first = words.get(span.start());
            List<String> forms = new ArrayList<>(first.size());
            for (Token t : first) forms.add(t.form());
            int stem = WordFeatures.procliticCount(forms);
            int begin = first.get(stem).begin();
            // "للجمعية": ل + ال contracted, the stem's own text starts mid-article; take the ل too,
            // as the rule finders do, so the name key is the same ("جمعيه") whoever found it.
            if (stem > 0 && first.get(stem).form().startsWith("ال") && !text.startsWith("ال", begin)
                    && !text.startsWith("أل", begin) && !text.startsWith("إل", begin)) {
                begin = first.get(stem - 1).begin();
            }
            // "بيدرو سانشيز": a given name whose first letter the segmenter took for a preposition keeps it
            if (type.get() == MentionType.PER && stem == 1 && Affixes.MISREAD_PREPOSITIONS.contains(ArabicNormaliser.normalise(forms.get(0)))
                    && Lexicon.get().givenNames.contains(ArabicNormaliser.nameKey(text.substring(first.get(0).begin(), first.get(1).end())))) {
                begin = first.get(0).begin();
            }
            List<Token> last = words.get(span.end() - 1);
            int end = last.get(last.size() - 1).end();
            if (end <= begin) continue;
            out.add(new Mention(type.get(), begin, end, text.substring(begin, end), NAME, found.confidence(), Optional.empty(), Optional.empty()));
        }
        out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** Punctuation segment: tagged PUNC, or without any letter or digit (the tagger calls "(" a verb at times). */
    static boolean isPunctuation(Token t) {
        if (t.isPunctuation()) return true;
        String f = t.form();
        for (int i = 0; i < f.length(); i++) {
            if (Character.isLetterOrDigit(f.charAt(i))) return false;
        }
        return true;
    }

    /** Groups a sentence's segments into orthographic words; punctuation stands alone. */
    static List<List<Token>> words(List<Token> tokens) {
        List<List<Token>> words = new ArrayList<>();
        List<Token> cur = null;
        Token prev = null;
        for (Token t : tokens) {
            boolean punct = isPunctuation(t);
            boolean newWord = cur == null || t.wordStart() || punct || (prev != null && isPunctuation(prev));
            if (newWord) {
                cur = new ArrayList<>(2);
                words.add(cur);
            }
            cur.add(t);
            prev = t;
        }
        return words;
    }
}
