package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.rawabit.analysis.Sentence;
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
    static final int MAX_ANAPHOR_DISTANCE = RULES.number("max-anaphor-distance");
    /** Longest quotation between marks, in characters; a mark not closed within it ends the quotation with its sentence. */
    static final int MAX_MARKED_QUOTE = RULES.number("max-marked-quote");
    /** Shortest quotation kept, in characters. */
    static final int MIN_QUOTE = 10;

    private static boolean speakerType(LinkedMention l) {
        return (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG) && DocumentView.linked(l);
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        new Reader(v, out).read();
    }

    /** A quotation found: who said it (and by which rule), where the evidence starts, the quotation's span. */
    private record Found(Attribution by, int evidenceBegin, int begin, int end) {}

    /** Who a quotation is attributed to, and by which rule (its confidence is in the rule file). */
    private record Attribution(LinkedMention speaker, String rule) {}

    /** One pass over a document: the last speaker goes on from sentence to sentence. */
    private static final class Reader {
        private final DocumentView v;
        private final FactSink out;
        private final PostHolders holders;
        private Optional<LinkedMention> lastSpeaker = Optional.empty();
        private int lastSpeakerSentence = -10;
        private int quotedUntil = 0; // a sentence inside a quotation already taken is part of it, not a new one

        Reader(DocumentView v, FactSink out) {
            this.v = v;
            this.out = out;
            this.holders = v.postHolders();
        }

        void read() {
            for (Sentence s : v.sentences()) {
                if (s.begin() < quotedUntil) lastSpeakerSentence = s.index(); // inside the last quotation: the speaker goes on
                if (s.end() <= quotedUntil) continue;
                NormalisedText nt = v.normalised(s);
                int since = s.index() - lastSpeakerSentence;
                Optional<Found> found = bySpeechVerb(s, nt, since);
                if (found.isEmpty()) found = byAside(s, nt);
                if (found.isEmpty()) found = byParticiple(s, nt, since);
                if (found.isEmpty()) found = byQuotedParagraph(s, since);
                if (found.isPresent()) {
                    Found f = found.get();
                    quote(v, out, s, f.by().speaker(), f.evidenceBegin(), f.begin(), f.end(), f.by().rule());
                    quotedUntil = Math.max(quotedUntil, f.end());
                    lastSpeaker = Optional.of(f.by().speaker());
                    lastSpeakerSentence = s.index();
                    continue;
                }
                attribution(s, nt);
            }
        }

        /** "وقال X إن …", "وأضاف أن …": a speech verb, then (within a short introduction) the quotation. */
        private Optional<Found> bySpeechVerb(Sentence s, NormalisedText nt, int since) {
            Matcher verb = RULES.pattern("speech").matcher(nt.text());
            boolean found = verb.find();
            while (found && s.begin() + nt.begin(verb.start()) < quotedUntil) found = verb.find(); // not inside the last quotation
            if (!found) return Optional.empty();
            int verbBegin = s.begin() + nt.begin(verb.start());
            int verbEnd = s.begin() + nt.begin(verb.end(1) - 1) + 1;
            Matcher that = quotationStart(s, nt, verb.end());
            if (that == null) return Optional.empty();
            int quoteBegin = s.begin() + nt.end(that.end());
            // without a participle that only repeats the saying ("وأضاف قائلا إن …")
            String intro = RULES.pattern("saying").matcher(v.between(verbEnd, s.begin() + nt.begin(that.start()))).replaceAll("").strip();
            return speakerOf(mentionsIn(s, verbEnd, quoteBegin), intro, since, "facts.quote")
                    .map(at -> found(s, at, verbBegin, quoteBegin));
        }

        /** "ومن هذا المنظور، يقول حموشي، انخرطت …": the words around an aside naming the speaker. */
        private Optional<Found> byAside(Sentence s, NormalisedText nt) {
            Matcher aside = RULES.pattern("aside").matcher(nt.text());
            if (!aside.find()) return Optional.empty();
            int asideBegin = s.begin() + nt.begin(aside.start());
            int asideEnd = s.begin() + nt.end(aside.end());
            Optional<Attribution> by = named(mentionsIn(s, s.begin() + nt.begin(aside.start(1)), asideEnd), "facts.quote-aside");
            if (by.isEmpty()) return Optional.empty();
            int end = trimEnd(v, s.end());
            // the quotation is what follows the aside, or what precedes it when the aside ends the sentence
            return end - asideEnd >= MIN_QUOTE ? Optional.of(new Found(by.get(), asideBegin, asideEnd, end))
                    : Optional.of(new Found(by.get(), Math.max(s.begin(), quotedUntil), Math.max(s.begin(), quotedUntil), asideBegin));
        }

        /** "وأشاد X بـ…، مشددا على أن …": the participle's speaker is the subject named before it. */
        private Optional<Found> byParticiple(Sentence s, NormalisedText nt, int since) {
            Matcher participle = RULES.pattern("participle").matcher(nt.text());
            boolean found = participle.find();
            while (found && s.begin() + nt.begin(participle.start()) < quotedUntil) found = participle.find();
            if (!found) return Optional.empty();
            Matcher that = quotationStart(s, nt, participle.end());
            if (that == null) return Optional.empty();
            int participleBegin = s.begin() + nt.begin(participle.start());
            int quoteBegin = s.begin() + nt.end(that.end());
            List<LinkedMention> before = mentionsIn(s, Math.max(s.begin(), quotedUntil), participleBegin);
            Optional<Attribution> named = named(before, "facts.quote-participle");
            // no subject named before the participle: the last speaker's sentence goes on ("ولفت إلى أن «…»، مؤكدا أن …")
            boolean noneNamed = before.stream().noneMatch(l -> speakerType(l) || l.mention().type() == MentionType.POST);
            Optional<Attribution> by = named.isPresent() || !noneNamed || since > 1 ? named
                    : lastSpeaker.map(l -> new Attribution(l, "facts.quote-participle"));
            int evidence = named.isPresent() && !before.isEmpty() ? before.get(0).mention().begin() : participleBegin;
            return by.map(at -> found(s, at, evidence, quoteBegin));
        }

        /** A paragraph that opens with a quotation mark, right after the last speaker's quotation, goes on with it. */
        private Optional<Found> byQuotedParagraph(Sentence s, int since) {
            int first = s.begin();
            while (first < s.end() && Character.isWhitespace(v.text().charAt(first))) first++;
            if (lastSpeaker.isEmpty() || since > 1 || first == s.end() || !opensParagraph(v.text(), first)) return Optional.empty();
            if ("«“\"".indexOf(v.text().charAt(first)) < 0) return Optional.empty();
            return Optional.of(found(s, new Attribution(lastSpeaker.get(), "facts.quote-continued"), first, first));
        }

        /**
         * Where the quotation starts after a cue ending at {@code from} (folded), within {@value #MAX_INTRO}
         * characters: the first "أن" or mark that opens more than a name ("لـ\"الصباح\"، أن …" starts at "أن").
         */
        private Matcher quotationStart(Sentence s, NormalisedText nt, int from) {
            Matcher that = RULES.pattern("that").matcher(nt.text());
            int at = from;
            while (that.find(at) && that.start() - from < MAX_INTRO) {
                int[] span = quotationSpan(v.text(), s.begin() + nt.end(that.end()), trimEnd(v, s.end()));
                if (span[1] - span[0] >= MIN_QUOTE) return that;
                at = that.end();
            }
            return null;
        }

        private Found found(Sentence s, Attribution by, int evidenceBegin, int quoteBegin) {
            int[] span = quotationSpan(v.text(), quoteBegin, trimEnd(v, s.end()));
            return new Found(by, evidenceBegin, span[0], span[1]);
        }

        /** "وفق …", "حسب …": reported speech, the whole sentence credited to the source named right after the cue. */
        private void attribution(Sentence s, NormalisedText nt) {
            Matcher attr = RULES.pattern("attribution").matcher(nt.text());
            if (!attr.find()) return;
            int cueEnd = s.begin() + nt.end(attr.end());
            v.in(s).stream().filter(l -> speakerType(l) && l.mention().begin() >= cueEnd && l.mention().begin() - cueEnd < 4).findFirst()
                    .ifPresent(src -> quote(v, out, s, src, src.mention().begin(), s.begin(), trimEnd(v, s.end()), "facts.attribution"));
        }

        /** Mentions within [from, to) of a sentence that can speak or stand for a speaker, addressees ("لـX") left out. */
        private List<LinkedMention> mentionsIn(Sentence s, int from, int to) {
            return v.in(s).stream().filter(l -> l.mention().begin() >= from && l.mention().end() <= to && !addressee(v.text(), l)).toList();
        }

        /**
         * The speaker of a quotation, given what is named between the verb and the quotation, in order
         * of trust: a person or organisation named there; the one holder the article names for a post
         * named there; the previous speaker, when no subject stands between verb and quotation in the
         * next sentence, or "المتحدث ذاته" within {@value #MAX_ANAPHOR_DISTANCE}.
         */
        private Optional<Attribution> speakerOf(List<LinkedMention> named, String intro, int since, String byNameRule) {
            Optional<Attribution> byName = named(named, byNameRule);
            if (byName.isPresent() || lastSpeaker.isEmpty()) return byName;
            boolean noneNamed = named.stream().noneMatch(l -> speakerType(l) || l.mention().type() == MentionType.POST);
            if (since <= 1 && noneNamed && (intro.isEmpty() || RULES.pattern("no-subject").matcher(intro).find())) {
                return Optional.of(new Attribution(lastSpeaker.get(), "facts.quote-continued"));
            }
            // "المتحدث ذاته", "المسؤول نفسه", "المصدر ذاته": the speaker last named, within a few sentences
            if (since <= MAX_ANAPHOR_DISTANCE && RULES.pattern("anaphor").matcher(intro).find()) {
                return Optional.of(new Attribution(lastSpeaker.get(), "facts.quote-anaphor"));
            }
            return Optional.empty();
        }

        /**
         * Who is named among {@code named}: a person (not one inside a post) before an organisation, so
         * that "الممثل الدائم للمغرب لدى مكتب الأمم المتحدة، X" is X's word; else a post's one holder.
         */
        private Optional<Attribution> named(List<LinkedMention> named, String byNameRule) {
            List<LinkedMention> posts = named.stream().filter(l -> l.mention().type() == MentionType.POST).toList();
            List<LinkedMention> speakers = named.stream().filter(QuoteFacts::speakerType).filter(l -> !PostHolders.insideAPost(l, posts)).toList();
            Optional<LinkedMention> byName = speakers.stream().filter(l -> l.mention().type() == MentionType.PER).findFirst()
                    .or(() -> speakers.stream().findFirst());
            if (byName.isPresent()) return Optional.of(new Attribution(byName.get(), byNameRule));
            return posts.stream().filter(DocumentView::linked).findFirst().flatMap(holders::holderOf)
                    .map(h -> new Attribution(h, "facts.quote-post-holder"));
        }
    }

    /** Whether a mention is spoken to, not speaking: "لـ«العرب»", "للصحيفة" (the preposition glued before it). */
    static boolean addressee(String text, LinkedMention l) {
        int begin = l.mention().begin();
        return RULES.pattern("addressee").matcher(text.substring(Math.max(0, begin - 4), begin)).find();
    }

    /** Whether {@code begin} starts a paragraph: only spaces since the last line break. */
    private static boolean opensParagraph(String text, int begin) {
        int i = begin;
        while (i > 0 && text.charAt(i - 1) != '\n' && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i == 0 || text.charAt(i - 1) == '\n';
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
        int paragraphEnd = text.indexOf('\n', inside);
        // a mark not closed within its paragraph (or within MAX_MARKED_QUOTE) ends the quotation with its sentence
        if (closing < 0 || closing - inside > MAX_MARKED_QUOTE || (paragraphEnd >= 0 && closing > paragraphEnd)) {
            return new int[] {inside, sentenceEnd};
        }
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
        if (end - begin < MIN_QUOTE) return;
        String node = v.docIri() + "#quote=" + begin + "," + end;
        out.describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Quotation")));
        out.describe(new Description(node, Vocab.SCHEMA + "text", Fact.Value.arabic(v.text().substring(begin, end))));
        out.describe(new Description(node, Vocab.NIF + "beginIndex", Fact.Value.typed(String.valueOf(begin), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.NIF + "endIndex", Fact.Value.typed(String.valueOf(end), Vocab.XSD + "nonNegativeInteger")));
        out.describe(new Description(node, Vocab.SCHEMA + "isPartOf", Fact.Value.iri(v.docIri())));
        out.fact(RULES.fact(rule, node, CREATOR, Fact.Value.iri(DocumentView.iri(speaker)), s.index(), Math.min(evidenceBegin, begin), end));
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
