package org.rawabit.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rawabit.text.ArabicNormaliser;

/**
 * The full-text index's analyzer, for indexing and queries alike: Lucene's Arabic chain (standard
 * tokenizer, Arabic stop words, light stemming that takes off clitics and the article — و، ب، ك، ف،
 * ال، لل — and common suffixes), with the project's own spelling folds ({@link ArabicNormaliser}:
 * hamza and alef forms, ى/ي, ة/ه, ئ/ي, ؤ/و, tatweel, diacritics, Arabic-Indic digits, presentation
 * forms) instead of Lucene's narrower ArabicNormalizationFilter, so that search folds the way
 * entity matching does. "والإنتربول", "الإنتربول" and "انتربول" all index as "انتربول".
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
        s = new FoldingFilter(s);
        s = new ArabicStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(new LowerCaseFilter(in));
    }

    /** Folds each term character by character with {@link ArabicNormaliser#fold}. */
    static final class FoldingFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldingFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            char[] buf = term.buffer();
            int len = term.length(), out = 0;
            for (int i = 0; i < len; i++) {
                char f = ArabicNormaliser.fold(buf[i]);
                if (f != 0) buf[out++] = f;
            }
            term.setLength(out);
            return true;
        }
    }
}
