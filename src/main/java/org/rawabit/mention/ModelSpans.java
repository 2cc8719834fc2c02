package org.rawabit.mention;

import org.rawabit.text.Affixes;
import org.rawabit.kb.Lexicon;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rawabit.text.ArabicMonths;

/**
 * What a statistical model's name must look like before it is kept. The model reads words, not
 * syntax: it glues a month to the name that follows ("نونبر فرانسيسكا بوستين"), takes a verb the
 * segmenter left whole ("ويبرز") or an adverb ("فوريا" in "تبادلا فوريا") for a name, and a possessed noun
 * ("جمعيتنا العامة") for an organisation. A span is trimmed of months, titles, prepositions and
 * verbs at its edges; a span that still contains a verb, a lone adjective or adverb, or a word with a
 * possessive pronoun is not a name.
 */
final class ModelSpans {
    /** POS tags of a lone word that describes rather than names ("فوريا", "الجديدة"). */
    private static final Set<String> NOT_A_NAME_ALONE = Set.of("JJ", "DTJJ", "RB", "ADJ_NUM", "DTJJR", "JJR", "VN", "CD");
    /** Imperfect-verb prefixes after a conjunction: "ويبرز", "وتؤكد", "ونعمل". */

    private final Lexicon lex;

    ModelSpans(Lexicon lex) {
        this.lex = lex;
    }

    /** The mention trimmed to its name, or empty when what remains is not a name. */
    Optional<Mention> clean(Mention m, Words w) {
        if (m.type() != MentionType.PER && m.type() != MentionType.ORG && m.type() != MentionType.LOC) return Optional.of(m);
        int first = -1, last = -1;
        for (int i = 0; i < w.size(); i++) {
            Words.Word x = w.get(i);
            if (x.end() <= m.begin()) continue;
            if (x.begin() >= m.end()) break;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return Optional.of(m);
        int from = first, to = last;
        while (from <= to && trimmable(w.get(from), m.type())) from++;
        // "لصالح الزعبي": a preposition phrase spelt like a clitic and a given name ("in favour of") is not the person's
        if (m.type() == MentionType.PER && from < to && !w.get(from).clitic().isEmpty()
                && lex.prepositionNames.contains(w.get(from).clitic() + w.get(from).key())) {
            from++;
        }
        // "حافظ الأختام الطيب …", "الأمن العام اللواء عبيدالله …": a title inside a person's span, and what comes before it, are not the name
        if (m.type() == MentionType.PER) {
            for (int k = to - 1; k >= from; k--) {
                int n = titleAt(w, k, to);
                // "أحمد السيد علي": a title word after a proper name is the father's or family name
                if (n > 0 && (k == from || java.util.stream.IntStream.range(from, k).anyMatch(x -> !w.get(x).isProperNoun()
                        && !lex.givenNames.contains(w.get(x).key())))) {
                    from = k + n;
                    break;
                }
            }
        }
        // "عزيز أخنوش": a family name the tagger read as a verb stays a person's
        while (to >= from && trimmable(w.get(to), m.type()) && !(m.type() == MentionType.PER && to > from && w.surnameTaggedAsVerb(to, lex.givenNames))) to--;
        // "فاتح أربكان مفاجأة": after two words of a name, a common noun of the dictionary is the sentence's
        while (m.type() == MentionType.PER && to >= from + 2 && w.commonNounAfterName(to, lex)) {
            to--;
        }
        if (from > to) return Optional.empty();
        // "فرحات بن قدارة" where the model saw "قدارة": the given name and "بن" before the span are the name's
        if (m.type() == MentionType.PER && from == first && from >= 2 && lex.nameConnectors.contains(w.get(from - 1).key())
                && w.isPhrase(from - 2, from) && w.get(from - 1).clitic().isEmpty() && nameBefore(w.get(from - 2))) {
            from -= 2;
        }
        // "بالكوليرا", "شلل الأطفال": a disease, or another common noun the model reads as a name, alone
        if (lex.commonNounsReadAsNames.contains(w.keyOf(from, to))) return Optional.empty();
        // ("سيول جارفة": and with its adjectives)
        if (lex.commonNounsReadAsNames.contains(w.get(from).key())
                && java.util.stream.IntStream.rangeClosed(from + 1, to).allMatch(k -> w.get(k).pos().contains("JJ"))) {
            return Optional.empty();
        }
        for (int k = from; k <= to; k++) {
            boolean surname = m.type() == MentionType.PER && k > from && w.surnameTaggedAsVerb(k, lex.givenNames);
            if (w.get(k).pos().startsWith("VB") && !surname || w.hasPronounSuffix(k)) return Optional.empty();
        }
        if (from == to && (NOT_A_NAME_ALONE.contains(w.get(from).pos()) || verbAfterConjunction(w, from) || accusativeAdjective(w, from)
                || headNoun(w.get(from)))) return Optional.empty();
        // "سي سايد أرينا": a name that ends in a venue's loanword is the venue's, no person's
        MentionType type = m.type() == MentionType.PER && w.get(to).clitic().isEmpty() && lex.venueNameEnds.contains(w.get(to).key())
                ? MentionType.LOC : m.type();
        if (from == first && to == last && type == m.type()) return Optional.of(m);
        int begin = from == first ? m.begin() : w.get(from).begin(); // (before the span too: the lineage above)
        int end = to == last ? m.end() : w.get(to).end();
        String text = w.doc().text();
        return Optional.of(new Mention(type, begin, end, text.substring(begin, end), m.finder(), m.confidence(), m.kbId(), m.value()));
    }

    /** A word that can open a lineage before "بن": a proper noun or a known given name, with no article and no clitic. */
    private boolean nameBefore(Words.Word x) {
        return x.clitic().isEmpty() && !x.hasArticle() && (x.isProperNoun() || lex.givenNames.contains(x.key()));
    }

    /**
     * Number of words (two, then one) of a person title starting at word {@code k}, within the span's last word {@code to}, or 0.
     * A given name is a title only as the first word of a two-word title ("حافظ الأختام", not "أمين ساهل").
     */
    private int titleAt(Words w, int k, int to) {
        if (k + 1 <= to && lex.personTitles.contains(w.get(k).key() + " " + w.get(k + 1).key())) return 2;
        return lex.personTitles.contains(w.get(k).key()) && !lex.givenNames.contains(w.get(k).key()) ? 1 : 0;
    }

    /** Dual endings of a feminine noun as folded ("ولايتي", "محافظتا", "مدينتين"): the noun is the rest and "ه". */
    private static final List<String> DUAL_ENDINGS = List.of("تين", "تان", "تي", "تا");

    /**
     * "ولايتي وهران وسطيف", "المحافظة": a place's head noun names nothing alone, in the singular or the dual; the
     * names come after it. (Not an organisation's: "البرلمان" alone is the one parliament of the story; but "حزب" alone,
     * without its article, is a party, none named.)
     */
    private boolean headNoun(Words.Word x) {
        String k = x.key();
        if (lex.placeHeads.contains(k) || !x.hasArticle() && lex.orgHeads.contains(k)) return true;
        for (String ending : DUAL_ENDINGS) {
            if (k.endsWith(ending) && k.length() > ending.length() + 2) {
                String singular = k.substring(0, k.length() - ending.length()) + "ه";
                if (lex.placeHeads.contains(singular)) return true;
            }
        }
        return false;
    }

    /** Words that never begin or end a name: punctuation, months, titles, prepositions, verbs, function words. */
    private boolean trimmable(Words.Word x, MentionType type) {
        if (x.isPunctuation() || ArabicMonths.month(x.folded()) > 0 || ArabicMonths.month(x.key()) > 0) return true;
        String pos = x.pos();
        if (pos.startsWith("VB") || pos.equals("IN") || pos.equals("CC") || pos.equals("RP") || pos.startsWith("PRP")) return true;
        if (lex.nameStops.contains(x.key()) || lex.speechVerbs.contains(x.key()) || lex.meetingVerbs.contains(x.key())) return true;
        // "برئاسة فوزي لقجع": a noun of leading says who leads, it is not the leader's name
        if (type == MentionType.PER && lex.ledBy.contains(x.key())) return true;
        // "أمين ساهل": a post head that is also a given name starts the name
        return type == MentionType.PER && !lex.givenNames.contains(x.key()) && (lex.personTitles.contains(x.key()) || lex.postHeads.contains(x.key()));
    }

    /**
     * "ويبرز التقرير": a conjunction glued to an imperfect verb the segmenter did not split, which the
     * tagger then calls a proper noun; the definite noun after it is the verb's subject.
     */
    private static boolean verbAfterConjunction(Words w, int i) {
        Words.Word x = w.get(i);
        String f = x.folded();
        if (!x.clitic().isEmpty() || f.length() < 5 || !f.startsWith(Affixes.CONJUNCTION) || !Affixes.IMPERFECT_PREFIXES.contains(f.substring(1, 2))) return false;
        if (i + 1 >= w.size()) return false;
        Words.Word next = w.get(i + 1);
        return next.sentence() == x.sentence() && !next.isProperNoun() && (next.pos().startsWith("NN") || next.pos().startsWith("DTNN"));
    }

    /**
     * "وتبادلا فوريا": an indefinite accusative noun (ending in ا; the tagger may call it a verb) followed by a word ending in يا is a
     * noun and its nisba adjective, whatever tag the word got.
     */
    private static boolean accusativeAdjective(Words w, int i) {
        Words.Word x = w.get(i);
        if (i == 0 || !x.clitic().isEmpty() || x.hasArticle() || !x.folded().endsWith(Affixes.ADVERB_ENDING) || x.folded().length() < 5) return false;
        Words.Word prev = w.get(i - 1);
        return !prev.isPunctuation() && prev.sentence() == x.sentence() && !prev.hasArticle() && !prev.isProperNoun()
                && prev.folded().endsWith(Affixes.ALIF) && prev.folded().length() >= 4 && (prev.pos().startsWith("NN") || prev.pos().startsWith("JJ") || prev.pos().startsWith("VB") || prev.pos().equals("VN"));
    }
}
