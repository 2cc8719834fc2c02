package org.rawabit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.Affixes;

/**
 * Meetings and visits: "التقى A بـB", "استقبل A B", "أجرى A مباحثات مع B", "مباحثات A مع B", "زار A
 * مدينة X", "حل A بفرنسا", "قام A بزيارة إلى X". A meeting is an event node (rw:Meeting) with its
 * attendees, place and date, and the direct triples {@code A rw:met B} and {@code A rw:visited X}. A
 * participant named only by a post ("استقبل المدير العام لـ…") is the one person the article names as
 * holding it; a verb with no subject ("كما زار تركيا", "واستقبل في نونبر X") is the article's main person's.
 */
public final class MeetingFacts implements FactExtractor {
    static final String MET = Vocab.RW + "met";
    static final String VISITED = Vocab.RW + "visited";
    private static final RuleFile RULES = RuleFile.load("meeting");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            Optional<Cue> gather = v.cue(s, RULES.pattern("gather"));
            Optional<Cue> verb = meetingVerb(v, s);
            if (gather.isPresent()) gathering(v, out, gather.get());
            else if (verb.isPresent()) meeting(v, out, verb.get());
            else v.cue(s, RULES.pattern("talks")).ifPresent(talks -> talks(v, out, talks));
            v.cue(s, RULES.pattern("visit")).ifPresent(visit -> visit(v, out, visit));
        }
    }

    /** The first meeting verb of a sentence: a verb of meeting, or "أجرى/عقد" followed by talks. */
    private static Optional<Cue> meetingVerb(DocumentView v, Sentence s) {
        Optional<Cue> meet = v.cue(s, RULES.pattern("meet"));
        String folded = v.folded(s);
        Matcher hold = RULES.pattern("hold").matcher(folded);
        while (hold.find() && (meet.isEmpty() || hold.start() < meet.get().match().start())) {
            if (RULES.pattern("talks-after-hold").matcher(folded).region(hold.end(), folded.length()).lookingAt()) {
                return Optional.of(new Cue(s, v.normalised(s), hold.toMatchResult()));
            }
        }
        return meet;
    }

    /** Someone taking part, named in the sentence by name or by a post the article says they hold. */
    private record Participant(String iri, String label, boolean person, int begin, int end) {
        static Participant of(DocumentView v, LinkedMention l, int begin, int end) {
            return new Participant(DocumentView.iri(l), v.label(l), l.mention().type() == MentionType.PER, begin, end);
        }
    }

    /**
     * Who is named within [from, to), in order: people and organisations, and posts, standing for the
     * one holder the article names (else for the organisation inside them). "المدير العام لـ…، يوسف
     * العلوي" counts once, and a post right after a person describes that person ("X المديرة العامة لـ…").
     */
    private static List<Participant> participants(DocumentView v, Sentence s, int from, int to, PostHolders holders) {
        List<Participant> out = new ArrayList<>();
        int describedUntil = -1; // end of the last person named and of the posts right after it, which describe them
        List<LinkedMention> posts = v.in(s, MentionType.POST);
        for (LinkedMention l : v.named(s, MentionType.PER, MentionType.ORG, MentionType.POST)) {
            if (l.mention().begin() < from || l.mention().end() > to) continue;
            // "الرئيس الفخري لمجلس وزراء الداخلية العرب": the council is part of someone's title, not a guest
            if (l.mention().type() == MentionType.ORG && PostHolders.insideAPost(l, posts)) continue;
            Participant p = null;
            MentionType t = l.mention().type();
            if (t == MentionType.ORG && describedUntil >= 0 && titleOf(v.between(describedUntil, l.mention().begin()))) {
                describedUntil = l.mention().end(); // "X وزير العدل الرئيس الفخري لمجلس …": X's title, not a guest
                continue;
            }
            if (t == MentionType.PER || t == MentionType.ORG) {
                p = Participant.of(v, l, l.mention().begin(), l.mention().end());
                describedUntil = t == MentionType.PER ? l.mention().end() : -1;
            } else if (t == MentionType.POST && describedUntil >= 0 && PostHolders.onlyTitles(v.between(describedUntil, l.mention().begin()))) {
                describedUntil = l.mention().end(); // "X، وزير الداخلية الرئيس الفخري لـ…": X again, not his office
            } else if (t == MentionType.POST) {
                // a post stands for its one holder in the article, else for its organisation ("الأمين العام للإنتربول" → INTERPOL)
                Optional<LinkedMention> holder = holders.holderOf(l);
                p = holder.isPresent() ? Participant.of(v, holder.get(), l.mention().begin(), l.mention().end())
                        : PostHolders.organisationOf(v, s, l)
                                // ("وزير الداخلية" with no one holder named: the minister, not the ministry read off his post, meets)
                                .filter(o -> !o.mention().finder().equals(org.rawabit.mention.RuleFinder.MINISTRY_OF_MINISTER))
                                .map(o -> Participant.of(v, o, l.mention().begin(), l.mention().end())).orElse(null);
                describedUntil = holder.isPresent() ? l.mention().end() : -1;
            }
            if (p == null) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).iri().equals(p.iri())) continue;
            out.add(p);
        }
        return out;
    }

    /** Whether {@code between} (folded) is a post's head and its qualifiers before a body in the genitive: "الرئيس الفخري ل". */
    private static boolean titleOf(String between) {
        String rest = between.replaceAll("^[،,]\\s*", "").strip();
        if (!rest.endsWith("ل")) return false;
        String[] words = rest.substring(0, rest.length() - 1).strip().split("\\s+");
        return words.length <= RULES.number("max-title-words") && RULES.words("title-heads").contains(words[0]);
    }

    /**
     * "التقى A بـB" (A right after the verb), "A … استقبل B" (A before it), or no subject at all
     * ("كما استقبل في نونبر B"): then the article's main person met everyone named after the verb.
     */
    private static void meeting(DocumentView v, FactSink out, Cue verb) {
        Sentence s = verb.sentence();
        int verbBegin = verb.begin(), verbEnd = verb.end();
        PostHolders holders = v.postHolders();
        List<Participant> after = participants(v, s, verbEnd, s.end(), holders);
        if (after.isEmpty()) return;
        after = beforeClauseEnd(verb, after);
        after = beforeNewVerbClause(v, s, after);
        Optional<Participant> before = v.in(s).stream().filter(l -> l.mention().end() <= verbBegin && DocumentView.linked(l)
                && l.mention().type() == MentionType.PER).reduce((x, y) -> y)
                .map(l -> Participant.of(v, l, l.mention().begin(), l.mention().end()));
        // a name right after the verb is its subject: a country or an organisation there hosts no one here ("واستقبل المغرب وفدا")
        Optional<LinkedMention> named = v.in(s).stream().filter(l -> l.mention().begin() >= verbEnd && l.mention().type() != MentionType.DATE)
                .findFirst().filter(l -> PostHolders.onlyTitles(v.between(verbEnd, l.mention().begin())));
        Participant first = after.get(0);
        Optional<Participant> host;
        List<Participant> guests;
        if (before.isPresent()) {
            host = before;
            guests = after;
        } else if (named.isPresent() && named.get().mention().type() != MentionType.PER && named.get().mention().type() != MentionType.POST) {
            return;
        } else if (first.person() && subjectLead(v.between(verbEnd, first.begin()))) {
            host = Optional.of(first);
            guests = after.subList(1, after.size());
        } else {
            // no subject ("كما استقبل في نونبر X", "التقى كبار المسؤولين، أبرزهم X"): the main person met the people named
            host = v.mainPerson().map(l -> Participant.of(v, l, verbBegin, verbEnd));
            guests = after.stream().filter(Participant::person).toList();
        }
        host.ifPresent(a -> met(v, out, s, "facts.meeting", a, guests, Math.min(a.begin(), verbBegin), verbEnd));
    }

    /**
     * "لقاء جمع A وB بـC": the people named before the first one taken by "ب" met the ones from there on;
     * without a "ب", the first met the others ("اجتماع جمع A وB").
     */
    private static void gathering(DocumentView v, FactSink out, Cue cue) {
        Sentence s = cue.sentence();
        List<Participant> all = beforeNewVerbClause(v, s, participants(v, s, cue.end(), s.end(), v.postHolders()));
        all = all.isEmpty() ? all : beforeClauseEnd(cue, all);
        int split = 1;
        for (int k = 1; k < all.size(); k++) {
            // "بمدير …"، "بنظيره الفرنسي السيد …": a word taken by "ب" between the last one named and this one
            String between = " " + v.text().substring(all.get(k - 1).end(), all.get(k).begin() + 1);
            if (between.matches("(?s).*[\\s،,]" + Affixes.BA + "\\p{IsArabic}.*")) {
                split = k;
                break;
            }
        }
        if (all.size() < 2) return;
        List<Participant> guests = all.subList(split, all.size());
        for (Participant host : all.subList(0, split)) met(v, out, s, "facts.meeting", host, guests, cue.begin(), cue.end());
    }

    /** The participants up to the first new clause after the first of them ("…، الذي نقل له تحيات …", "عندما …"). */
    private static List<Participant> beforeClauseEnd(Cue verb, List<Participant> after) {
        Matcher end = RULES.pattern("clause-end").matcher(verb.text());
        int from = verb.match().end();
        while (end.find(from)) {
            int at = verb.at(end.start());
            from = end.end();
            if (at < after.get(0).end()) continue;
            return after.stream().filter(p -> p.end() <= at).toList();
        }
        return after;
    }

    /**
     * The participants up to a new clause that opens with a verb after a comma ("…، وعرضوا مطالب …",
     * "…، يرافقهما وفد …"): what is named after it is what they talked about or who came along, not who met.
     */
    private static List<Participant> beforeNewVerbClause(DocumentView v, Sentence s, List<Participant> after) {
        List<org.rawabit.analysis.Token> tokens = v.doc().doc().tokensOf(s);
        boolean afterComma = false;
        for (org.rawabit.analysis.Token t : tokens) {
            if (t.begin() < after.get(0).end()) continue;
            String form = t.form();
            if (form.equals("،") || form.equals(",")) {
                afterComma = true;
            } else if (afterComma && (form.equals("و") || form.equals("ف"))) {
                continue; // "، و…": the conjunction before the verb
            } else if (afterComma && t.pos().startsWith("VB")) {
                int at = t.begin();
                return after.stream().filter(p -> p.end() <= at).toList();
            } else {
                afterComma = false;
            }
        }
        return after;
    }

    /** Whether the words between a verb and a person can lead to its subject ("النائب الأول لـ… الشيخ"), not to an object ("في نونبر"). */
    private static boolean subjectLead(String between) {
        return between.isEmpty() || (!RULES.pattern("object-lead").matcher(between).find()
                && between.split("\\s+").length <= RULES.number("max-subject-lead-words"));
    }

    /** "مباحثات A مع B", "لقاء A مع B": a talks noun, who held them, "مع", and whom with. */
    private static void talks(DocumentView v, FactSink out, Cue talks) {
        Optional<MatchResult> with = talks.followedBy(RULES.pattern("with"), RULES.number("talks-with-window"));
        if (with.isEmpty()) return;
        Sentence s = talks.sentence();
        int withBegin = talks.at(with.get().start());
        PostHolders holders = v.postHolders();
        List<Participant> hosts = participants(v, s, talks.end(), withBegin, holders);
        if (hosts.isEmpty() || !hosts.get(0).person()) return;
        met(v, out, s, "facts.meeting-talks", hosts.get(0), participants(v, s, withBegin, s.end(), holders), talks.begin(), withBegin);
    }

    /** A meeting of {@code a} with each of {@code guests} (one event node per pair), its place and date from the sentence. */
    private static void met(DocumentView v, FactSink out, Sentence s, String rule, Participant a, List<Participant> guests, int begin, int cueEnd) {
        for (Participant b : guests) {
            if (a.iri().equals(b.iri())) continue;
            int end = Math.max(b.end(), cueEnd);
            int from = Math.min(begin, b.begin());
            EventNode meeting = EventNode.mint(RULES, out, s, "Meeting", RULES.label("meeting", a.label(), b.label()), v.docIri(), s.index(),
                    a.iri(), b.iri());
            meeting.fact(rule, a.iri(), MET, Fact.Value.iri(b.iri()), from, end);
            meeting.has(rule, Slots.ATTENDEE, a.iri(), from, end);
            meeting.has(rule, Slots.ATTENDEE, b.iri(), from, end);
            v.in(s, MentionType.LOC).stream().filter(DocumentView::linked).findFirst().ifPresent(place -> meeting.has("facts.meeting-place",
                    Slots.LOCATION, DocumentView.iri(place), Math.min(from, place.mention().begin()), Math.max(end, place.mention().end())));
            v.in(s, MentionType.DATE).stream().findFirst().ifPresent(d -> meeting.has("facts.meeting-date", Slots.START,
                    Slots.date(Slots.dateOf(d).first()), Math.min(from, d.mention().begin()), Math.max(end, d.mention().end())));
        }
    }

    /**
     * "زار A X", "A … حل بـX", "قام A بزيارة إلى X": the visitor is the person right before the verb or
     * right after it, else (no subject) the article's main person; the place follows within a few words.
     */
    private static void visit(DocumentView v, FactSink out, Cue verb) {
        Sentence s = verb.sentence();
        int verbBegin = verb.begin(), verbEnd = verb.end();
        List<LinkedMention> inSentence = v.in(s);
        Optional<LinkedMention> before = inSentence.stream().filter(l -> l.mention().end() <= verbBegin).reduce((x, y) -> y)
                .filter(l -> l.mention().type() == MentionType.PER && DocumentView.linked(l));
        Optional<LinkedMention> rightAfter = inSentence.stream().filter(l -> l.mention().begin() >= verbEnd).findFirst()
                .filter(l -> DocumentView.linked(l) && (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.POST)
                        && PostHolders.onlyTitles(v.between(verbEnd, l.mention().begin())))
                .flatMap(l -> l.mention().type() == MentionType.PER ? Optional.of(l) : v.postHolders().holderOf(l).map(h -> l));
        Optional<LinkedMention> named = before.or(() -> rightAfter);
        Optional<LinkedMention> visitor = named.isPresent() ? named.map(l -> l.mention().type() == MentionType.POST
                ? v.postHolders().holderOf(l).orElseThrow() : l) : v.mainPerson();
        if (visitor.isEmpty()) return;
        // the place follows the verb, or the visitor named after it ("حل المدير العام …، X، يوم الأربعاء بفرنسا")
        int from = rightAfter.isPresent() && before.isEmpty() ? lastOfApposition(v, s, rightAfter.get()) : verbEnd;
        List<LinkedMention> posts = v.in(s, MentionType.POST);
        Optional<LinkedMention> place = v.in(s, MentionType.LOC).stream()
                .filter(l -> DocumentView.linked(l) && l.mention().begin() >= from && l.mention().begin() - from < RULES.number("visit-place-window")
                        && !PostHolders.insideAPost(l, posts)).findFirst();
        if (place.isEmpty()) return;
        // no visitor named: only "زار تركيا", "حل بفرنسا" (the place right after the verb), not "حل الأزمة في ليبيا"
        if (named.isEmpty() && !RULES.pattern("place-lead").matcher(v.between(verbEnd, place.get().mention().begin())).matches()) return;
        int begin = named.map(l -> Math.min(l.mention().begin(), verbBegin)).orElse(verbBegin);
        int end = Math.max(place.get().mention().end(), verbEnd);
        out.fact(RULES.fact("facts.visit", DocumentView.iri(visitor.get()), VISITED, Fact.Value.iri(DocumentView.iri(place.get())),
                s.index(), begin, end));
    }

    /** The end of a name and the post or name set beside it ("المدير العام …، يوسف العلوي"). */
    private static int lastOfApposition(DocumentView v, Sentence s, LinkedMention first) {
        int end = first.mention().end();
        for (LinkedMention l : v.in(s)) {
            if (l.mention().begin() < end) continue;
            boolean beside = (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.POST)
                    && PostHolders.onlyTitles(v.between(end, l.mention().begin()));
            if (!beside) break;
            end = l.mention().end();
        }
        return end;
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
