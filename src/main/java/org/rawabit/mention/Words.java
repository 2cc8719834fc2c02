package org.rawabit.mention;

import org.rawabit.text.Affixes;
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
    /** Quote marks as the words of a quoted name are read between them ("”" opens a name in some pages' right-to-left text). */
    static final Set<String> OPENING_QUOTES = Set.of("\"", "«", "“", "”");
    static final Set<String> CLOSING_QUOTES = Set.of("\"", "»", "”", "“");

    /** Proclitic segments the segmenter splits off (folded). */
    private static final Set<String> PROCLITICS = Affixes.PROCLITICS;

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
     * @param article    whether it carries the definite article (not a hamza-alef and lam: "ألعاب", "ألمانيا")
     */
    public record Word(String key, String folded, int firstToken, int lastToken, int begin, int end, String pos,
            String clitic, int cliticBegin, int sentence, boolean article) {
        /**
         * Whether this word spells {@code gazetteerWord} (folded, article kept): alone, or with its
         * clitics as the name is written ("ولمراقبة"), including the "لل" of ل + ال ("للأمن").
         */
        public boolean spells(String gazetteerWord) {
            if (folded.equals(gazetteerWord)) return true;
            if (clitic.isEmpty()) return false;
            if ((clitic + folded).equals(gazetteerWord)) return true;
            if (clitic.endsWith(Affixes.LAM) && folded.startsWith(Affixes.ARTICLE) && (clitic + folded.substring(1)).equals(gazetteerWord)) return true;
            // "المنظمة الدولية لشرطة الجنائية": inside a known name, ل without its article is a slip for لل
            return clitic.equals(Affixes.LAM) && !folded.startsWith(Affixes.ARTICLE) && gazetteerWord.equals(clitic + clitic + folded);
        }

        public boolean isPunctuation() {
            return key.isEmpty();
        }

        public boolean isProperNoun() {
            return pos.equals("NNP") || pos.equals("DTNNP") || pos.equals("NNPS") || pos.equals("DTNNPS");
        }

        public boolean hasArticle() {
            return article;
        }
    }

    private final AnalysedDocument doc;
    private final List<Word> words;

    private Words(AnalysedDocument doc, List<Word> words) {
        this.doc = doc;
        this.words = List.copyOf(words);
    }

    /** Head nouns of organisations, posts and places: the words a lam left on by the segmenter is told apart on (loaded on first use). */
    private static final class Heads {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            org.rawabit.kb.Lexicon lex = org.rawabit.kb.Lexicon.get();
            Set<String> heads = new java.util.HashSet<>(lex.orgHeads);
            heads.addAll(lex.postHeads);
            heads.addAll(lex.placeHeads);
            return Set.copyOf(heads);
        }
    }

    /** A common noun after the preposition ل that starts with a lam and is a head noun only without it ("لبنك"). */
    private static boolean lamLeftOnHead(CharSequence clitic, String folded, String pos) {
        if (clitic.length() == 0 || !clitic.toString().endsWith(Affixes.LAM) || !folded.startsWith(Affixes.LAM)
                || folded.startsWith(Affixes.ARTICLE) || !(pos.equals("NN") || pos.equals("NNS")) || folded.length() < 4) {
            return false;
        }
        return !Heads.ALL.contains(folded) && Heads.ALL.contains(folded.substring(1));
    }

    /**
     * "عزيز أخنوش": a family name the tagger read as a past verb (its first letter spells أ/ن of a verb), right after a
     * given name. Not an imperfect ("محمد يقول") nor a verb with a subject's ending ("قالت", "قالوا").
     */
    public boolean surnameTaggedAsVerb(int j, Set<String> givenNames) {
        if (j < 1 || j >= words.size() || !isPhrase(j - 1, j)) return false;
        Word x = words.get(j), given = words.get(j - 1);
        return x.pos().equals("VBD") && x.clitic().isEmpty() && !x.hasArticle() && x.folded().length() >= 4
                && !x.folded().endsWith(Affixes.FEMININE_PAST) && !x.folded().endsWith(Affixes.VERB_PLURAL)
                && given.clitic().isEmpty() && !given.hasArticle() && givenNames.contains(given.key());
    }

    /**
     * "شي جين بينغ كلمة": the word at {@code j}, inside a name, is an indefinite feminine common noun of the dictionary
     * that is no given name and no word after "بن" ({@link Lexicon#commonNounAfterName}): the sentence's, not the name's.
     */
    public boolean commonNounAfterName(int j, org.rawabit.kb.Lexicon lex) {
        if (j < 1 || j >= words.size()) return false;
        Word x = words.get(j);
        return x.clitic().isEmpty() && !x.hasArticle() && !lex.nameConnectors.contains(words.get(j - 1).key())
                && lex.commonNounAfterName(x.key(), x.pos());
    }

    /**
     * Whether the word before {@code i}, in the same sentence, is a definite common noun ("المجتمع" in "المجتمع الأهلي"),
     * which a definite word at {@code i} would qualify as its adjective.
     */
    public boolean definiteNounBefore(int i) {
        if (i < 1 || i >= words.size()) return false;
        Word prev = words.get(i - 1);
        return !prev.isPunctuation() && prev.sentence() == words.get(i).sentence() && prev.hasArticle() && prev.pos().startsWith("DTNN")
                && !prev.isProperNoun();
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
            if (gluedToNext && PROCLITICS.contains(folded) && !t.isPunctuation() && !(clitic.length() == 0
                    && faOfForeignName(out, tokens, i, folded))) {
                if (clitic.length() == 0) cliticBegin = t.begin();
                clitic.append(folded);
                continue;
            }
            if (t.isPunctuation() || !hasLetterOrDigit(folded)) {
                out.add(new Word("", folded, i, i, t.begin(), t.end(), t.pos(), "", t.begin(), t.sentence(), false));
                clitic.setLength(0);
                continue;
            }
            int last = i;
            String pos = t.pos();
            if (folded.equals(Affixes.FA) && gluedToNext && !t.isPunctuation()) {
                // a foreign name kept whole (faOfForeignName): "فاي" is one word, a proper noun whatever its halves were tagged
                last = i + 1;
                folded = ArabicNormaliser.normalise(t.form() + tokens.get(last).form());
                pos = "NNP";
            }
            String key = ArabicNormaliser.stripArticle(folded);
            // Compound names: عبد + ال… and أبو/بن + name are one name word.
            if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()) {
                String next = ArabicNormaliser.normalise(tokens.get(i + 1).form());
                if (folded.equals(Affixes.ABD) && next.startsWith(Affixes.ARTICLE) && next.length() > 3) {
                    key = Affixes.ABD + next;
                    folded = key;
                    last = i + 1;
                } else if (Affixes.ABU.contains(folded) && next.length() > 1
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
            if (clitic.length() > 0 && folded.startsWith(Affixes.ARTICLE) && !ArabicNormaliser.normalise(
                    doc.surface(t.begin(), Math.min(t.end(), t.begin() + 2))).equals(Affixes.ARTICLE)) {
                // "للمغرب": ل + ال contracted; the word's own text starts mid-article, so take the clitic too.
                wordBegin = cliticBegin;
            }
            int wordEnd = hyphenated ? t.end() - 1 : tokens.get(last).end();
            // the article is written with a bare alef: "ألعاب" and "إلياس" fold to ال… but are not definite
            // "للمياه": after ل the article's alef is not written, so the word's text starts at the article's lam
            boolean article = t.pos().startsWith("DT") || folded.startsWith(Affixes.ARTICLE)
                    && (doc.surface(t.begin(), Math.min(t.end(), t.begin() + 2)).equals(Affixes.ARTICLE)
                            || clitic.toString().endsWith(Affixes.LAM) && doc.surface(t.begin(), Math.min(t.end(), t.begin() + 1)).equals(Affixes.LAM));
            if (!article && lamLeftOnHead(clitic, folded, t.pos())) {
                // "للبنك", "للبرلمان": the segmenter split one lam and left the article's on the word (ل + لبنك). ("للجنة" is
                // ل + لجنة, the head's own lam, definite or in construct: left as it is read.)
                article = true;
                key = folded.substring(1);
            }
            if (clitic.length() == 0 && last == i && !article && fusedFaVerb(folded)) {
                // "فاعتبرت": the conjunction and a verb the segmenter left whole and tagged as a name
                clitic.append(Affixes.FA);
                cliticBegin = t.begin();
                wordBegin = t.begin() + Affixes.FA.length();
                folded = folded.substring(Affixes.FA.length());
                key = folded;
                pos = "VBD";
            }
            out.add(new Word(key, folded, i, last, wordBegin, wordEnd, pos, clitic.toString(),
                    clitic.length() == 0 ? t.begin() : cliticBegin, t.sentence(), article));
            if (hyphenated) out.add(new Word("", "-", i, i, wordEnd, t.end(), t.pos(), "", wordEnd, t.sentence(), false));
            clitic.setLength(0);
            i = last;
        }
        return new Words(doc, out);
    }

    /**
     * "باسيرو ديوماي فاي", "بيتر فاغنر", "جامعة فاغينينغن": a foreign name that starts with فا, which the segmenter splits as
     * the conjunction ف before a word with a bare alef. Kept whole when what is left is no word of the dictionary, or is
     * two letters ("ان", "اي": no clause starts there), and the word is a proper noun or follows one directly.
     */
    private static boolean faOfForeignName(List<Word> before, List<Token> tokens, int i, String folded) {
        if (!folded.equals(Affixes.FA) || i + 1 >= tokens.size() || before.isEmpty()) return false;
        Token stem = tokens.get(i + 1);
        if (!stem.form().startsWith(Affixes.ALIF) || i + 2 < tokens.size() && !tokens.get(i + 2).wordStart() && !tokens.get(i + 2).isPunctuation()) return false;
        Word previous = before.get(before.size() - 1);
        if (previous.isPunctuation() || previous.sentence() != stem.sentence()) return false;
        org.rawabit.kb.Lexicon lex = org.rawabit.kb.Lexicon.get();
        // "فالنتي" is read as ف + النتي: the article-less rest is what must be no word
        String key = ArabicNormaliser.stripArticle(ArabicNormaliser.normalise(stem.form()));
        // ("فاعتبرت": a verb of the dictionary with the ending of its subject)
        boolean notAWord = key.length() <= 2 ? !stem.pos().startsWith("DT") : !lex.commonWords.contains(key)
                && !(stem.pos().startsWith("VB") && withoutVerbEnding(key).map(lex.commonWords::contains).orElse(false));
        boolean nameBefore = previous.pos().equals("NNP") && !previous.hasArticle() || lex.personTitles.contains(previous.key()) || lex.postHeads.contains(previous.key());
        return notAWord && (nameBefore || stem.pos().equals("NNP"));
    }

    /**
     * "فاعتبرت": ف, then a past verb of the dictionary with its subject's ending; the whole word no word nor given name
     * ("فيصل", "فراس" stay names).
     */
    private static boolean fusedFaVerb(String folded) {
        if (!folded.startsWith(Affixes.FA) || folded.length() < 6) return false;
        org.rawabit.kb.Lexicon lex = org.rawabit.kb.Lexicon.get();
        String rest = folded.substring(Affixes.FA.length());
        // (anyGivenNames holds the given names of both lists)
        if (lex.commonWords.contains(folded) || lex.anyGivenNames.contains(folded)) return false;
        return withoutVerbEnding(rest).map(lex.commonWords::contains).orElse(false);
    }

    /** A past verb without its subject's ending ("اعتبرت" → "اعتبر", "قالوا" → "قال"), if it has one. */
    private static java.util.Optional<String> withoutVerbEnding(String key) {
        for (String ending : List.of(Affixes.VERB_PLURAL, Affixes.FEMININE_PAST)) {
            if (key.endsWith(ending) && key.length() > ending.length() + 2) return java.util.Optional.of(key.substring(0, key.length() - ending.length()));
        }
        return java.util.Optional.empty();
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** Index of the word whose text (or clitics) starts at {@code offset}, or -1. */
    public int indexAt(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).begin() == offset || words.get(i).cliticBegin() == offset) return i;
        }
        return -1;
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
    /** The keys of words {@code from} to {@code to} (inclusive), joined by spaces: how word lists match a phrase. */
    public String keyOf(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int x = from; x <= to; x++) b.append(x > from ? " " : "").append(words.get(x).key());
        return b.toString();
    }

    public boolean isPhrase(int from, int to) {
        if (from < 0 || to >= words.size() || from > to) return false;
        int s = words.get(from).sentence();
        for (int i = from; i <= to; i++) {
            if (words.get(i).isPunctuation() || words.get(i).sentence() != s) return false;
        }
        return true;
    }
}
