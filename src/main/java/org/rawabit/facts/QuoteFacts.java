package org.rawabit.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.kb.Lexicon;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;
import org.rawabit.core.Fact;
import org.rawabit.core.Description;

/**
 * Who said what: "قال حموشي إن «…»", "وأكد السيد حموشي أن …", "وشدد على أن …". The speaker is the
 * person or organisation named between the speech verb (ontology/lexicon/speech-verbs.txt) and the
 * quotation; when only a post is named there ("وأكد المدير العام للأمن الوطني، في كلمة له، أن …"),
 * the speaker is the one person the article names as holding that post. A verb with no name
 * ("وأضاف أن …") continues the previous sentence's speaker. The quotation is a schema:Quotation node
 * with its text and offsets; reported speech attributed with "وفق"/"حسب" is kept the same way.
 */
public final class QuoteFacts implements FactExtractor {
    static final String CREATOR = Vocab.SCHEMA + "creator";
    private static final RuleFile RULES = RuleFile.load("quote");
    /** Folded characters allowed between the verb and the start of the quotation (speaker, "في كلمة ألقاها بالمناسبة"…). */
    static final int MAX_INTRO = RULES.number("max-intro");
    private static final Pattern SPEECH = RULES.pattern("speech");
    private static final Pattern THAT = RULES.pattern("that");
    /** "المتحدث ذاته", "المسؤول نفسه", "المصدر ذاته": the speaker last named, within a few sentences. */
    private static final Pattern ANAPHOR = RULES.pattern("anaphor");
    static final int MAX_ANAPHOR_DISTANCE = RULES.number("max-anaphor-distance");
    /** "وأضاف قائلا إن …": a participle that only repeats the saying. */
    private static final Pattern SAYING = RULES.pattern("saying");
    /** Longest quotation between marks, in characters; a mark not closed within it ends the quotation with its sentence. */
    static final int MAX_MARKED_QUOTE = RULES.number("max-marked-quote");
    private static final Pattern ATTRIBUTION = RULES.pattern("attribution");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    private static boolean speakerType(LinkedMention l) {
        return (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG) && DocumentView.linked(l);
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        Optional<LinkedMention> lastSpeaker = Optional.empty();
        int lastSpeakerSentence = -10;
        int quotedUntil = 0; // a sentence inside a quotation already taken is part of it, not a new one
        for (Sentence s : v.sentences()) {
            if (s.begin() < quotedUntil) lastSpeakerSentence = s.index(); // inside the last quotation: the speaker goes on
            if (s.end() <= quotedUntil) continue;
            NormalisedText nt = v.normalised(s);
            Matcher verb = SPEECH.matcher(nt.text());
            boolean found = verb.find();
            while (found && s.begin() + nt.begin(verb.start()) < quotedUntil) found = verb.find(); // not inside the last quotation
            if (found) {
                int verbBegin = s.begin() + nt.begin(verb.start());
                int verbEnd = s.begin() + nt.begin(verb.end(1) - 1) + 1;
                Matcher that = THAT.matcher(nt.text());
                if (that.find(verb.end()) && that.start() - verb.end() < MAX_INTRO) {
                    int quoteBegin = s.begin() + nt.end(that.end());
                    List<LinkedMention> named = v.in(s).stream()
                            .filter(l -> l.mention().begin() >= verbEnd && l.mention().end() <= quoteBegin).toList();
                    String intro = SAYING.matcher(v.between(verbEnd, s.begin() + nt.begin(that.start()))).replaceAll("").strip();
                    Optional<Attribution> speaker = speakerOf(named, intro, holders, lastSpeaker, s.index() - lastSpeakerSentence);
                    if (speaker.isPresent()) {
                        Attribution at = speaker.get();
                        int[] span = quotationSpan(v.text(), quoteBegin, trimEnd(v, s.end()));
                        quote(v, out, s, at.speaker(), verbBegin, span[0], span[1], at.rule());
                        quotedUntil = Math.max(quotedUntil, span[1]);
                        lastSpeaker = Optional.of(at.speaker());
                        lastSpeakerSentence = s.index();
                        continue;
                    }
                }
            }
            Matcher attr = ATTRIBUTION.matcher(nt.text());
            if (attr.find()) {
                int cueEnd = s.begin() + nt.end(attr.end());
                Optional<LinkedMention> source = v.in(s).stream()
                        .filter(l -> speakerType(l) && l.mention().begin() >= cueEnd && l.mention().begin() - cueEnd < 4)
                        .findFirst();
                source.ifPresent(src -> quote(v, out, s, src, src.mention().begin(), s.begin(), trimEnd(v, s.end()), "facts.attribution"));
            }
        }
    }

    /** Who a quotation is attributed to, and by which rule (its confidence is in the rule file). */
    private record Attribution(LinkedMention speaker, String rule) {}

    /**
     * The speaker of a quotation, given what is named between the verb and the quotation, in order
     * of trust: a person or organisation named there (not the one inside a post); the one holder the
     * article names for a post named there; the previous speaker, when nothing stands between verb
     * and quotation in the next sentence, or "المتحدث ذاته" within {@value #MAX_ANAPHOR_DISTANCE}.
     */
    private static Optional<Attribution> speakerOf(List<LinkedMention> named, String intro, PostHolders holders,
            Optional<LinkedMention> lastSpeaker, int sentencesSinceLast) {
        List<LinkedMention> posts = named.stream().filter(l -> l.mention().type() == MentionType.POST).toList();
        Optional<LinkedMention> byName = named.stream().filter(QuoteFacts::speakerType).filter(l -> !PostHolders.insideAPost(l, posts)).findFirst();
        if (byName.isPresent()) return Optional.of(new Attribution(byName.get(), "facts.quote"));
        Optional<LinkedMention> holder = posts.stream().filter(DocumentView::linked).findFirst().flatMap(holders::holderOf);
        if (holder.isPresent()) return Optional.of(new Attribution(holder.get(), "facts.quote-post-holder"));
        if (lastSpeaker.isEmpty()) return Optional.empty();
        if (sentencesSinceLast <= 1 && intro.isEmpty()) return Optional.of(new Attribution(lastSpeaker.get(), "facts.quote-continued"));
        if (sentencesSinceLast <= MAX_ANAPHOR_DISTANCE && ANAPHOR.matcher(intro).find()) {
            return Optional.of(new Attribution(lastSpeaker.get(), "facts.quote-anaphor"));
        }
        return Optional.empty();
    }

    /**
     * The quotation starting at {@code begin}: when it opens with «, “ or " (or {@code begin} follows
     * one), it runs to the matching closing mark, across sentences ("قال: «… . …»، مضيفا …");
     * otherwise to {@code sentenceEnd}. Returns {begin, end}.
     */
    static int[] quotationSpan(String text, int begin, int sentenceEnd) {
        int open = begin;
        while (open < text.length() && Character.isWhitespace(text.charAt(open))) open++;
        char mark = open < text.length() ? text.charAt(open) : 0;
        int inside;
        if (mark == '«' || mark == '“' || mark == '"') {
            inside = open + 1;
        } else if (begin > 0 && "«“\"".indexOf(text.charAt(begin - 1)) >= 0) {
            mark = text.charAt(begin - 1);
            inside = begin;
        } else {
            return new int[] {begin, sentenceEnd};
        }
        char close = mark == '«' ? '»' : mark == '“' ? '”' : '"';
        int closing = text.indexOf(close, inside);
        if (closing < 0 || closing - inside > MAX_MARKED_QUOTE) return new int[] {inside, sentenceEnd};
        int end = closing;
        while (end > inside && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) end--;
        return new int[] {inside, end};
    }

    private static int trimEnd(DocumentView v, int end) {
        while (end > 0 && ".»\" ".indexOf(v.text().charAt(end - 1)) >= 0) end--;
        return end;
    }

    /** A quotation [begin, end) by {@code speaker}; the fact's evidence runs from {@code evidenceBegin} to its end. */
    private static void quote(DocumentView v, FactSink out, Sentence s, LinkedMention speaker, int evidenceBegin, int begin, int end, String rule) {
        while (begin < end && Character.isWhitespace(v.text().charAt(begin))) begin++;
        if (end - begin < 10) return;
        String node = v.docIri() + "#quote=" + begin + "," + end;
        out.describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Quotation")));
        out.describe(new Description(node, Vocab.SCHEMA + "text", Fact.Value.arabic(v.text().substring(begin, end))));
        out.describe(new Description(node, Vocab.NIF + "beginIndex", Fact.Value.typed(String.valueOf(begin), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.NIF + "endIndex", Fact.Value.typed(String.valueOf(end), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.SCHEMA + "isPartOf", Fact.Value.iri(v.docIri())));
        out.fact(RULES.fact(rule, node, CREATOR, Fact.Value.iri(DocumentView.iri(speaker)), s.index(), Math.min(evidenceBegin, begin), end));
    }

}
