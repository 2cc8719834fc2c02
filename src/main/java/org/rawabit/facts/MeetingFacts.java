package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.rdf.Vocab;
import org.rawabit.read.Hashing;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;

/**
 * Meetings and visits: "التقى A بـB", "استقبل A B", "أجرى A مباحثات مع B", "زار A مدينة X",
 * "حل A بفرنسا". A meeting is an event node (rw:Meeting) with its attendees, place and date, and
 * the direct triples {@code A rw:met B} and {@code A rw:visited X}.
 */
public final class MeetingFacts implements FactExtractor {
    static final String MET = Vocab.RW + "met";
    static final String VISITED = Vocab.RW + "visited";
    private static final Pattern MEET = Pattern.compile(
            "(?<![\\p{IsArabic}])(?:و|ف)?(التقي|التقت|استقبل|استقبلت|اجتمع|اجتمعت|اجري|اجرت|عقد|عقدت|تباحث|تباحثت)(?![\\p{IsArabic}])");
    private static final Pattern VISIT = Pattern.compile(
            "(?<![\\p{IsArabic}])(?:و|ف)?(زار|زارت|حل|حلت|وصل|وصلت)(?![\\p{IsArabic}])");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            NormalisedText nt = NormalisedText.of(v.text().substring(s.begin(), s.end()));
            Matcher meet = MEET.matcher(nt.text());
            if (meet.find()) meeting(v, out, s, s.begin() + nt.end(meet.end()), s.begin() + nt.begin(meet.start()));
            Matcher visit = VISIT.matcher(nt.text());
            if (visit.find()) visit(v, out, s, s.begin() + nt.end(visit.end()), s.begin() + nt.begin(visit.start()));
        }
    }

    private static List<LinkedMention> actors(DocumentView v, Sentence s, int after) {
        return v.in(s).stream().filter(l -> l.mention().begin() >= after && DocumentView.linked(l)
                && (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG)).toList();
    }

    private static void meeting(DocumentView v, FactSink out, Sentence s, int verbEnd, int verbBegin) {
        List<LinkedMention> actors = actors(v, s, verbEnd);
        // subject before the verb (SVO) or right after it (VSO)
        Optional<LinkedMention> before = v.in(s).stream().filter(l -> l.mention().end() <= verbBegin && DocumentView.linked(l)
                && l.mention().type() == MentionType.PER).reduce((a, b) -> b);
        LinkedMention a, b;
        if (before.isPresent() && !actors.isEmpty()) {
            a = before.get();
            b = actors.get(0);
        } else if (actors.size() >= 2 && actors.get(0).mention().type() == MentionType.PER) {
            a = actors.get(0);
            b = actors.stream().skip(1).filter(x -> !x.entityId().equals(actors.get(0).entityId())
                    && !actors.get(0).mention().contains(x.mention())).findFirst().orElse(null);
        } else {
            return;
        }
        if (b == null || a.entityId().equals(b.entityId())) return;
        String aIri = DocumentView.iri(a), bIri = DocumentView.iri(b);
        int begin = Math.min(a.mention().begin(), verbBegin), end = Math.max(b.mention().end(), verbEnd);
        String meeting = Vocab.ID + "evt-meeting-" + Hashing.sha256Hex(v.docIri() + "|" + s.index() + "|" + aIri + "|" + bIri).substring(0, 12);
        out.describe(new Description(meeting, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Event")));
        out.describe(new Description(meeting, Vocab.RDF + "type", Fact.Value.iri(Vocab.RW + "Meeting")));
        out.describe(new Description(meeting, Vocab.RW + "eventKind", Fact.Value.plain("meeting")));
        out.describe(new Description(meeting, Vocab.RDFS + "label", Fact.Value.arabic("لقاء " + a.mention().surface() + " و" + b.mention().surface())));
        out.fact(new Fact(aIri, MET, Fact.Value.iri(bIri), s.index(), begin, end, "facts.meeting", 0.75));
        out.fact(new Fact(meeting, Vocab.SCHEMA + "attendee", Fact.Value.iri(aIri), s.index(), begin, end, "facts.meeting", 0.75));
        out.fact(new Fact(meeting, Vocab.SCHEMA + "attendee", Fact.Value.iri(bIri), s.index(), begin, end, "facts.meeting", 0.75));
        v.in(s, MentionType.LOC).stream().filter(DocumentView::linked).findFirst().ifPresent(place -> out.fact(new Fact(meeting,
                EventFacts.LOCATION, Fact.Value.iri(DocumentView.iri(place)), s.index(), begin, Math.max(end, place.mention().end()),
                "facts.meeting-place", 0.7)));
        v.in(s, MentionType.DATE).stream().findFirst().ifPresent(d -> out.fact(new Fact(meeting, EventFacts.START,
                EventFacts.date(((MentionValue.DateValue) d.mention().value().orElseThrow()).first()), s.index(),
                Math.min(begin, d.mention().begin()), Math.max(end, d.mention().end()), "facts.meeting-date", 0.7)));
    }

    private static void visit(DocumentView v, FactSink out, Sentence s, int verbEnd, int verbBegin) {
        Optional<LinkedMention> visitor = v.in(s).stream().filter(l -> DocumentView.linked(l) && l.mention().type() == MentionType.PER
                && (l.mention().end() <= verbBegin || l.mention().begin() >= verbEnd)).findFirst();
        Optional<LinkedMention> place = v.in(s, MentionType.LOC).stream()
                .filter(l -> DocumentView.linked(l) && l.mention().begin() >= verbEnd && l.mention().begin() - verbEnd < 40).findFirst();
        if (visitor.isEmpty() || place.isEmpty()) return;
        int begin = Math.min(visitor.get().mention().begin(), verbBegin);
        int end = Math.max(place.get().mention().end(), visitor.get().mention().end());
        out.fact(new Fact(DocumentView.iri(visitor.get()), VISITED, Fact.Value.iri(DocumentView.iri(place.get())), s.index(), begin, end,
                "facts.visit", 0.75));
    }
}
