package org.rawabit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.core.Ids;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;
import org.rawabit.core.Fact;

/**
 * Meetings and visits: "التقى A بـB", "استقبل A B", "أجرى A مباحثات مع B", "زار A مدينة X",
 * "حل A بفرنسا". A meeting is an event node (rw:Meeting) with its attendees, place and date, and
 * the direct triples {@code A rw:met B} and {@code A rw:visited X}. A participant named only by a post
 * ("استقبل المدير العام لـ…") is the one person the article names as holding it.
 */
public final class MeetingFacts implements FactExtractor {
    static final String MET = Vocab.RW + "met";
    static final String VISITED = Vocab.RW + "visited";
    static final String ATTENDEE = Vocab.SCHEMA + "attendee";
    private static final RuleFile RULES = RuleFile.load("meeting");
    private static final Pattern MEET = RULES.pattern("meet");
    private static final Pattern VISIT = RULES.pattern("visit");
    private static final int VISIT_PLACE_WINDOW = RULES.number("visit-place-window");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        for (Sentence s : v.sentences()) {
            NormalisedText nt = v.normalised(s);
            Matcher meet = MEET.matcher(nt.text());
            if (meet.find()) meeting(v, out, s, s.begin() + nt.end(meet.end()), s.begin() + nt.begin(meet.start()), holders);
            Matcher visit = VISIT.matcher(nt.text());
            if (visit.find()) visit(v, out, s, s.begin() + nt.end(visit.end()), s.begin() + nt.begin(visit.start()));
        }
    }

    /** Someone taking part, named in the sentence by name or by a post the article says they hold. */
    private record Participant(String iri, String label, boolean person, int begin, int end) {}

    /**
     * Who is named after the verb, in order: people and organisations, and posts, standing for the
     * one holder the article names (else for the organisation inside them); "المدير العام لـ…، يوسف
     * العلوي" counts once.
     */
    private static List<Participant> participants(DocumentView v, Sentence s, int after, PostHolders holders) {
        List<LinkedMention> posts = v.in(s, MentionType.POST);
        List<Participant> out = new ArrayList<>();
        for (LinkedMention l : v.in(s)) {
            if (l.mention().begin() < after || !DocumentView.linked(l) || PostHolders.insideAPost(l, posts)) continue;
            Participant p = null;
            MentionType t = l.mention().type();
            if (t == MentionType.PER || t == MentionType.ORG) {
                p = new Participant(DocumentView.iri(l), l.mention().surface(), t == MentionType.PER, l.mention().begin(), l.mention().end());
            } else if (t == MentionType.POST) {
                // a post stands for its one holder in the article, else for its organisation ("الأمين العام للإنتربول" → INTERPOL)
                Optional<LinkedMention> holder = holders.holderOf(l);
                p = holder.isPresent()
                        ? new Participant(DocumentView.iri(holder.get()), holder.get().mention().surface(), true, l.mention().begin(), l.mention().end())
                        : PostHolders.organisationOf(v, s, l).map(o -> new Participant(DocumentView.iri(o), o.mention().surface(), false,
                                l.mention().begin(), l.mention().end())).orElse(null);
            }
            if (p == null) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).iri().equals(p.iri())) continue;
            out.add(p);
        }
        return out;
    }

    private static void meeting(DocumentView v, FactSink out, Sentence s, int verbEnd, int verbBegin, PostHolders holders) {
        List<Participant> after = participants(v, s, verbEnd, holders);
        // subject before the verb (SVO) or right after it (VSO)
        Optional<Participant> before = v.in(s).stream().filter(l -> l.mention().end() <= verbBegin && DocumentView.linked(l)
                && l.mention().type() == MentionType.PER).reduce((x, y) -> y)
                .map(l -> new Participant(DocumentView.iri(l), l.mention().surface(), true, l.mention().begin(), l.mention().end()));
        Participant a, b;
        if (before.isPresent() && !after.isEmpty()) {
            a = before.get();
            b = after.get(0);
        } else if (after.size() >= 2 && after.get(0).person()) {
            a = after.get(0);
            b = after.stream().skip(1).filter(x -> !x.iri().equals(a.iri())).findFirst().orElse(null);
        } else {
            return;
        }
        if (b == null || a.iri().equals(b.iri())) return;
        int begin = Math.min(a.begin(), verbBegin), end = Math.max(b.end(), verbEnd);
        String meeting = Ids.event("meeting", v.docIri(), s.index(), a.iri(), b.iri());
        out.describeEvent(meeting, "Meeting", "meeting", RULES.label("meeting", a.label(), b.label()));
        out.fact(RULES.fact("facts.meeting", a.iri(), MET, Fact.Value.iri(b.iri()), s.index(), begin, end));
        out.fact(RULES.fact("facts.meeting", meeting, ATTENDEE, Fact.Value.iri(a.iri()), s.index(), begin, end));
        out.fact(RULES.fact("facts.meeting", meeting, ATTENDEE, Fact.Value.iri(b.iri()), s.index(), begin, end));
        v.in(s, MentionType.LOC).stream().filter(DocumentView::linked).findFirst().ifPresent(place -> out.fact(RULES.fact(
                "facts.meeting-place", meeting, Slots.LOCATION, Fact.Value.iri(DocumentView.iri(place)), s.index(), begin,
                Math.max(end, place.mention().end()))));
        v.in(s, MentionType.DATE).stream().findFirst().ifPresent(d -> out.fact(RULES.fact("facts.meeting-date", meeting, Slots.START,
                Slots.date(Slots.dateOf(d).first()), s.index(), Math.min(begin, d.mention().begin()), Math.max(end, d.mention().end()))));
    }

    private static void visit(DocumentView v, FactSink out, Sentence s, int verbEnd, int verbBegin) {
        Optional<LinkedMention> visitor = v.in(s).stream().filter(l -> DocumentView.linked(l) && l.mention().type() == MentionType.PER
                && (l.mention().end() <= verbBegin || l.mention().begin() >= verbEnd)).findFirst();
        if (visitor.isEmpty()) return;
        // the place follows the verb, or the visitor named after it ("حل المدير العام …، X، يوم الأربعاء بفرنسا")
        int from = Math.max(verbEnd, visitor.get().mention().begin() >= verbEnd ? visitor.get().mention().end() : verbEnd);
        List<LinkedMention> posts = v.in(s, MentionType.POST);
        Optional<LinkedMention> place = v.in(s, MentionType.LOC).stream()
                .filter(l -> DocumentView.linked(l) && l.mention().begin() >= from && l.mention().begin() - from < VISIT_PLACE_WINDOW
                        && !PostHolders.insideAPost(l, posts)).findFirst();
        if (place.isEmpty()) return;
        int begin = Math.min(visitor.get().mention().begin(), verbBegin);
        int end = Math.max(place.get().mention().end(), visitor.get().mention().end());
        out.fact(RULES.fact("facts.visit", DocumentView.iri(visitor.get()), VISITED, Fact.Value.iri(DocumentView.iri(place.get())),
                s.index(), begin, end));
    }
}
