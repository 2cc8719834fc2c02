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
 *
 * <p><b>Threads.</b> One pipeline is shared by all threads. That is safe: CoreNLP itself runs one
 * pipeline from many threads ({@code StanfordCoreNLP.annotate(Iterable, threads)}); on the path
 * used here the segmenter's {@code CRFClassifier} and the {@code MaxentTagger} only read their
 * models, the Arabic tokenizer factory only reads its options, and each call builds its own
 * tokenizer, lattice and tagger state. The few lazy caches in that path ({@code
 * MaxentTagger.defaultScores}, the CRF's clique potential function) are initialised without safe
 * publication, so the pipeline annotates one sentence while it loads, on the loading thread, before
 * any other thread can see it. Sharing also keeps the models (a few hundred MB) in memory once and
 * hot in the CPU caches; there is no lock on the annotation path, so it does not limit scaling.
 *
 * <p><b>Long texts.</b> CoreNLP's segmenter labels a whole line as one CRF sequence, whose memory
 * grows with the line (hundreds of MB for 80,000 characters on one line). Texts longer than
 * {@link #CHUNK_CHARS} are therefore analysed in pieces cut at paragraph breaks (where the
 * sentence splitter would break anyway, so the result is the same), else after a sentence's final
 * punctuation, else at a line break or a space; offsets are shifted back so they still point into
 * the whole text.
 *
 * <p><b>Unusual characters.</b> CoreNLP sees a copy of the text of the same length in which Arabic
 * presentation forms (ﻣﺮﺍﻛﺶ, from PDFs and old web pages) are replaced by the letters they
 * display, and characters its Arabic tokenizer cannot handle — bidi and zero-width marks, emoji and
 * other symbols, control, private-use and unassigned characters — by spaces. Its tokenizer would
 * otherwise drop them while printing "Untokenizable: …" on standard error for each, and would not
 * recognise the presentation forms as letters. Offsets are unchanged, so they still point into the
 * original text, which is what every later stage and the RDF use.
 */
public final class CoreNlpAnalyser implements Analyser {
    /** Texts longer than this are analysed piece by piece (see the class comment). */
    public static final int CHUNK_CHARS = 8_000;

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
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        // Run the lazy initialisations inside CoreNLP on this thread, during class initialisation,
        // which publishes them safely to every thread that later uses the pipeline.
        pipeline.annotate(new Annotation("قال الوزير إن الاجتماع عقد في الرباط يوم ٢٤ نوفمبر."));
        return pipeline;
    }

    /** Loads the models now (they load lazily otherwise); returns the time taken in milliseconds. */
    public static long warmUp() {
        long t = System.nanoTime();
        StanfordCoreNLP unused = Holder.PIPELINE;
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The shared CoreNLP pipeline itself (tokenize, ssplit, pos), e.g. to measure CoreNLP alone. */
    public static StanfordCoreNLP coreNlp() {
        return Holder.PIPELINE;
    }

    @Override
    public AnalysedDocument analyse(Article article) {
        String text = analysisView(article.text());
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int previousEnd = -1;
        for (int[] chunk : chunks(text, CHUNK_CHARS)) {
            int offset = chunk[0];
            Annotation doc = new Annotation(chunk[0] == 0 && chunk[1] == text.length() ? text : text.substring(chunk[0], chunk[1]));
            Holder.PIPELINE.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                int first = tokens.size();
                for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    int b = l.beginPosition() + offset, e = l.endPosition() + offset;
                    if (e <= b || b < offset || e > chunk[1]) continue; // defensive: no zero-width tokens
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
        }
        return new AnalysedDocument(article, sentences, tokens);
    }

    /**
     * The text CoreNLP analyses: {@code text} itself when it has nothing unusual, else a copy of the
     * same length with presentation forms replaced by their letters and untokenizable characters by
     * spaces (see the class comment).
     */
    static String analysisView(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = viewChar(c);
            if (r != c) {
                if (out == null) out = text.toCharArray();
                out[i] = r;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char viewChar(char c) {
        if (c < 0x80) return c; // ASCII: the tokenizer handles all of it
        if (c >= 0x0600 && c <= 0x06FF && c != 0x061C) return c; // the Arabic block (0x061C is a bidi mark)
        if (c >= 0xFB50 && c <= 0xFEFC && c != 0xFEFF) {
            String n = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (n.length() == 1 && n.charAt(0) >= 0x0600 && n.charAt(0) <= 0x06FF) return n.charAt(0);
            return c; // ligatures (ﻻ → لا) cannot be replaced one for one; left as they are
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.CONTROL,
                    Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> ' ';
            default -> c;
        };
    }

    /**
     * Cuts {@code text} into [begin, end) pieces of at most {@code max} characters: after a
     * paragraph break ("\n\n") when there is one in the second three quarters of the window, else
     * after sentence-final punctuation followed by a space, else after a line break, else after a
     * space, else at {@code max} (never inside a surrogate pair). A text that fits is one piece.
     */
    static List<int[]> chunks(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int start = 0, n = text.length();
        while (n - start > max) {
            int limit = start + max, floor = start + max / 4;
            int cut = text.lastIndexOf("\n\n", limit - 2);
            cut = cut >= floor ? cut + 2 : -1;
            if (cut < 0) cut = afterSentenceEnd(text, floor, limit);
            if (cut < 0) {
                int nl = text.lastIndexOf('\n', limit - 1);
                cut = nl >= floor ? nl + 1 : -1;
            }
            if (cut < 0) {
                for (int i = limit - 1; i >= floor; i--) {
                    if (Character.isWhitespace(text.charAt(i))) {
                        cut = i + 1;
                        break;
                    }
                }
            }
            if (cut < 0) cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
            out.add(new int[] {start, cut});
            start = cut;
        }
        if (start < n || out.isEmpty()) out.add(new int[] {start, n});
        return out;
    }

    private static int afterSentenceEnd(String text, int floor, int limit) {
        for (int i = limit - 2; i >= floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 2;
            }
        }
        return -1;
    }
}
