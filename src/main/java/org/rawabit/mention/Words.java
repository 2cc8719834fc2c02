package org.rawabit.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.analysis.Token;
import org.rawabit.text.ArabicNormaliser;

/**
 * The document seen as matchable words: segmenter tokens with proclitics (و، ب، ل…) set aside,
 * compound names ("عبد اللطيف", "أبو بكر") joined, and each word reduced to its folded,
 * article-free key. This is what gazetteers and rules match against, so that "بمراكش",
 * "للأنتربول" and "والمغرب" match مراكش, الأنتربول and المغرب.
 */
public final class Words {
    /** Proclitic segments the segmenter splits off (folded). */
    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك", "س");

    /**
     * A matchable word.
     *
     * @param key        folded, article-free key ("" for punctuation)
     * @param folded     folded form with its article, as the segmenter restored it
     * @param firstToken index of its first (non-clitic) token
     * @param lastToken  index of its last token
     * @param begin      start offset in the text
     * @param end        end offset in the text
     * @param pos        POS tag of its first token
     * @param clitic     the proclitic(s) glued before it ("و", "ب", "ول", …), folded; "" if none
     * @param cliticBegin start offset including those proclitics
     * @param sentence   sentence index
     */
    public record Word(String key, String folded, int firstToken, int lastToken, int begin, int end, String pos,
            String clitic, int cliticBegin, int sentence) {
        /**
         * Whether this word spells {@code gazetteerWord} (folded, article kept): alone, or with its
         * clitics as the name is written ("ولمراقبة"), including the "لل" of ل + ال ("للأمن").
         */
        public boolean spells(String gazetteerWord) {
            if (folded.equals(gazetteerWord)) return true;
            if (clitic.isEmpty()) return false;
            if ((clitic + folded).equals(gazetteerWord)) return true;
            if (clitic.endsWith("ل") && folded.startsWith("ال") && (clitic + folded.substring(1)).equals(gazetteerWord)) return true;
            // "المنظمة الدولية لشرطة الجنائية": inside a known name, ل without its article is a slip for لل
            return clitic.equals("ل") && !folded.startsWith("ال") && gazetteerWord.equals(clitic + clitic + folded);
        }

        public boolean isPunctuation() {
            return key.isEmpty();
        }

        public boolean isProperNoun() {
            return pos.equals("NNP") || pos.equals("DTNNP") || pos.equals("NNPS") || pos.equals("DTNNPS");
        }

        public boolean hasArticle() {
            return folded.startsWith("ال") || pos.startsWith("DT");
        }
    }

    private final AnalysedDocument doc;
    private final List<Word> words;

    private Words(AnalysedDocument doc, List<Word> words) {
        this.doc = doc;
        this.words = List.copyOf(words);
    }

    public static Words of(AnalysedDocument doc) {
        List<Token> tokens = doc.tokens();
        List<Word> out = new ArrayList<>();
        StringBuilder clitic = new StringBuilder();
        int cliticBegin = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "الوطني-إنتربول": the segmenter keeps a joining hyphen on the first word; it is a word of its own
            boolean hyphenated = t.form().length() > 2 && t.form().endsWith("-") && hasLetterOrDigit(t.form());
            String folded = ArabicNormaliser.normalise(hyphenated ? t.form().substring(0, t.form().length() - 1) : t.form());
            boolean gluedToNext = i + 1 < tokens.size() && !tokens.get(i + 1).wordStart()
                    && tokens.get(i + 1).sentence() == t.sentence();
            if (gluedToNext && PROCLITICS.contains(folded) && !t.isPunctuation()) {
                if (clitic.length() == 0) cliticBegin = t.begin();
                clitic.append(folded);
                continue;
            }
            if (t.isPunctuation() || !hasLetterOrDigit(folded)) {
                out.add(new Word("", folded, i, i, t.begin(), t.end(), t.pos(), "", t.begin(), t.sentence()));
                clitic.setLength(0);
                continue;
            }
            int last = i;
            String key = ArabicNormaliser.stripArticle(folded);
            // Compound names: عبد + ال… and أبو/بن + name are one name word.
            if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()) {
                String next = ArabicNormaliser.normalise(tokens.get(i + 1).form());
                if (folded.equals("عبد") && next.startsWith("ال") && next.length() > 3) {
                    key = "عبد" + next;
                    folded = key;
                    last = i + 1;
                } else if ((folded.equals("ابو") || folded.equals("بو")) && next.length() > 1
                        && !tokens.get(i + 1).isPunctuation()) {
                    key = folded + next;
                    folded = key;
                    last = i + 1;
                }
            }
            // Suffixed segments (pronoun clitics: "ه", "ها", …) glued after the word stay part of it.
            while (!hyphenated && last + 1 < tokens.size() && !tokens.get(last + 1).wordStart() && !tokens.get(last + 1).isPunctuation()
                    && hasLetterOrDigit(tokens.get(last + 1).form())
                    && tokens.get(last + 1).sentence() == t.sentence()
                    && !(PROCLITICS.contains(ArabicNormaliser.normalise(tokens.get(last + 1).form()))
                            && last + 2 < tokens.size() && !tokens.get(last + 2).wordStart())) {
                last++;
            }
            int wordBegin = t.begin();
            if (clitic.length() > 0 && folded.startsWith("ال") && !ArabicNormaliser.normalise(
                    doc.surface(t.begin(), Math.min(t.end(), t.begin() + 2))).equals("ال")) {
                // "للمغرب": ل + ال contracted; the word's own text starts mid-article, so take the clitic too.
                wordBegin = cliticBegin;
            }
            int wordEnd = hyphenated ? t.end() - 1 : tokens.get(last).end();
            out.add(new Word(key, folded, i, last, wordBegin, wordEnd, t.pos(), clitic.toString(),
                    clitic.length() == 0 ? t.begin() : cliticBegin, t.sentence()));
            if (hyphenated) out.add(new Word("", "-", i, i, wordEnd, t.end(), t.pos(), "", wordEnd, t.sentence()));
            clitic.setLength(0);
            i = last;
        }
        return new Words(doc, out);
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    public List<Word> list() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word get(int i) {
        return words.get(i);
    }

    public AnalysedDocument doc() {
        return doc;
    }

    /** True when word {@code i} carries a pronoun suffix ("جمعيتنا", "دورتها"): a possessed noun, never a name. */
    public boolean hasPronounSuffix(int i) {
        Word x = words.get(i);
        for (int t = x.firstToken() + 1; t <= x.lastToken(); t++) {
            if (doc.tokens().get(t).pos().startsWith("PRP")) return true;
        }
        return false;
    }

    /** A mention covering words [from, to] (inclusive). */
    public Mention mention(MentionType type, int from, int to, String finder, double confidence,
            java.util.Optional<String> kbId, java.util.Optional<MentionValue> value) {
        return mentionFrom(type, words.get(from).begin(), to, finder, confidence, kbId, value);
    }

    /** A mention from character offset {@code begin} to the end of word {@code to}. */
    public Mention mentionFrom(MentionType type, int begin, int to, String finder, double confidence,
            java.util.Optional<String> kbId, java.util.Optional<MentionValue> value) {
        int e = words.get(to).end();
        // the words of the span are the ones that end at `to` and start at or after `begin`
        java.util.Deque<String> keys = new java.util.ArrayDeque<>();
        for (int i = to; i >= 0 && words.get(i).begin() >= begin; i--) {
            if (!words.get(i).isPunctuation()) keys.addFirst(words.get(i).key());
        }
        return new Mention(type, begin, e, doc.surface(begin, e), finder, confidence, kbId, value, String.join(" ", keys));
    }

    /** True when words [from, to] are in one sentence and contain no punctuation. */
    public boolean isPhrase(int from, int to) {
        if (from < 0 || to >= words.size() || from > to) return false;
        int s = words.get(from).sentence();
        for (int i = from; i <= to; i++) {
            if (words.get(i).isPunctuation() || words.get(i).sentence() != s) return false;
        }
        return true;
    }
}
