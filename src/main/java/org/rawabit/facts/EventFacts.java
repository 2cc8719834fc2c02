package org.rawabit.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;

/**
 * Where and when a numbered event took place, and how many took part: within a sentence, each
 * date range or full date, each city and each participant count goes to the event nearest to it
 * ("تحتضن مدينة مراكش، من 24 إلى 27 نونبر الجاري، أشغال الدورة الـ93 …، بمشاركة وفود 179 دولة").
 * A sentence that refers back to the event just named ("وتقام هذه الفعالية بين …") speaks of that
 * event. A date known only to the month is the start only when it lies near the event and the
 * sentence gives no day (a lower confidence).
 */
public final class EventFacts implements FactExtractor {
    private static final RuleFile RULES = RuleFile.load("event");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            List<DocumentView.EventReference> events = v.eventsOf(s);
            if (events.isEmpty()) continue;
            Map<DocumentView.EventReference, LinkedMention> nearestCity = new HashMap<>();
            Map<DocumentView.EventReference, LinkedMention> monthOnly = new HashMap<>();
            Set<DocumentView.EventReference> dated = new HashSet<>();
            Mention lastCount = null;
            for (LinkedMention l : v.in(s)) {
                Mention m = l.mention();
                DocumentView.EventReference ev = nearest(events, m);
                if (ev == null) continue;
                String evIri = DocumentView.iri(ev.event());
                int[] span = span(ev, m);
                switch (m.type()) {
                    case DATE -> {
                        MentionValue.DateValue d = Slots.dateOf(l);
                        if (d.first().day() == 0) {
                            boolean nearMonth = d.first().month() != 0 && d.first().equals(d.last()) && distance(ev, m) <= RULES.number("month-date-window");
                            if (nearMonth) monthOnly.putIfAbsent(ev, l);
                            break;
                        }
                        dated.add(ev);
                        out.fact(RULES.fact("facts.event-date", evIri, Slots.START, Slots.date(d.first()), s.index(), span[0], span[1]));
                        if (!d.first().equals(d.last())) {
                            out.fact(RULES.fact("facts.event-date", evIri, Slots.END, Slots.date(d.last()), s.index(), span[0], span[1]));
                        }
                    }
                    case LOC -> {
                        if (v.inDateline(l) || !DocumentView.linked(l) || ev.event().mention().contains(m)) break;
                        String kind = v.kbType(l).orElse("");
                        if (!kind.equals("City") && !kind.equals("Country")) break;
                        // a country, or any place of an event referred back to, only when said to be where it is ("بالمغرب", "في مدينة …"):
                        // not "مثّل المغرب في أشغال …", "علاقات الرباط"
                        if ((!named(ev) || kind.equals("Country")) && !RULES.pattern("place-link").matcher(ArabicNormaliser.normalise(v.text().substring(Math.max(s.begin(), m.begin() - 12),
                                m.begin() + 1))).find()) break;
                        LinkedMention best = nearestCity.get(ev);
                        boolean bestIsCity = best != null && "City".equals(v.kbType(best).orElse(""));
                        // a city beats a country; between equals, the nearer one wins
                        boolean better = best == null || kind.equals("City") && !bestIsCity
                                || kind.equals("City") == bestIsCity && distance(ev, m) < distance(ev, best.mention());
                        if (better) nearestCity.put(ev, l);
                    }
                    case QUANTITY -> {
                        MentionValue.Quantity q = Slots.quantity(l);
                        if (q.percent()) break;
                        String before = v.text().substring(Math.max(s.begin(), m.begin() - RULES.number("participation-window")), m.begin());
                        boolean announced = RULES.pattern("participation").matcher(ArabicNormaliser.normalise(before)).find()
                                || lastCount != null && RULES.pattern("coordinated-count").matcher(v.between(lastCount.end(), m.begin())).find();
                        String property = Slots.countProperty(q.unit());
                        if (!announced || property == null) break;
                        lastCount = m;
                        out.fact(RULES.fact("facts.event-count", evIri, property, Slots.integer(q.amount()), s.index(), span[0], span[1]));
                    }
                    default -> { }
                }
            }
            nearestCity.forEach((ev, city) -> out.fact(RULES.fact("facts.event-place", DocumentView.iri(ev.event()), Slots.LOCATION,
                    Fact.Value.iri(DocumentView.iri(city)), s.index(), span(ev, city.mention())[0], span(ev, city.mention())[1])));
            attendees(v, s, events, out);
            delegationLeaders(v, s, events, out);
            monthOnly.forEach((ev, date) -> {
                if (dated.contains(ev)) return;
                out.fact(RULES.fact("facts.event-month", DocumentView.iri(ev.event()), Slots.START, Slots.date(Slots.dateOf(date).first()),
                        s.index(), span(ev, date.mention())[0], span(ev, date.mention())[1]));
            });
        }
    }

    /**
     * Who took part in an event: a person (or a post's one holder in the article) whom a word of
     * taking part follows closely ("X، في كلمة خلال افتتاح أشغال الدورة …", "X، خلال تمثيله المملكة في
     * فعاليات الاجتماع …", "شارك X في …"), with the event after that word in the same sentence.
     */
    private static void attendees(DocumentView v, Sentence s, List<DocumentView.EventReference> events, FactSink out) {
        java.util.regex.Matcher cue = RULES.pattern("attendance").matcher(v.folded(s));
        List<LinkedMention> people = v.in(s).stream().filter(l -> DocumentView.linked(l)
                && (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.POST)).toList();
        while (cue.find()) {
            int cueBegin = s.begin() + v.normalised(s).begin(cue.start()), cueEnd = s.begin() + v.normalised(s).end(cue.end());
            // the subject: the last person named before the word, close to it, else the first right after a verb of taking part
            Optional<LinkedMention> who = people.stream()
                    .filter(p -> p.mention().end() <= cueBegin && cueBegin - p.mention().end() <= RULES.number("attendee-gap"))
                    .reduce((a, b) -> b);
            if (who.isEmpty()) {
                who = people.stream().filter(p -> p.mention().begin() >= cueEnd && p.mention().begin() - cueEnd <= 3).findFirst();
            }
            Optional<String> person = who.flatMap(p -> p.mention().type() == MentionType.PER ? Optional.of(DocumentView.iri(p))
                    : v.postHolders().holderOf(p).map(DocumentView::iri));
            if (person.isEmpty()) continue;
            int from = Math.min(cueBegin, who.get().mention().begin());
            events.stream().filter(e -> e.begin() >= cueEnd && e.begin() - cueEnd <= RULES.number("attended-event-gap")).findFirst()
                    .ifPresent(e -> out.fact(RULES.fact("facts.event-attendee", DocumentView.iri(e.event()), Slots.ATTENDEE,
                            Fact.Value.iri(person.get()), s.index(), from, e.end())));
        }
    }

    /**
     * Who leads a delegation at an event attends it: "مثّل المغرب في أشغال الجمعية العامة وفد بقيادة X",
     * "شارك وفد أمني برئاسة X في الدورة …" (a person, or a post's one holder, right after the words; the
     * event named within {@code attended-event-gap} of the name, before or after it).
     */
    private static void delegationLeaders(DocumentView v, Sentence s, List<DocumentView.EventReference> events, FactSink out) {
        for (LinkedMention l : v.in(s)) {
            if (!DocumentView.linked(l) || l.mention().type() != MentionType.PER && l.mention().type() != MentionType.POST) continue;
            int from = Math.max(s.begin(), l.mention().begin() - RULES.number("attendee-gap"));
            java.util.regex.Matcher cue = RULES.pattern("delegation-leader").matcher(ArabicNormaliser.normalise(v.text().substring(from, l.mention().begin())));
            if (!cue.find()) continue;
            Optional<String> leader = l.mention().type() == MentionType.PER ? Optional.of(DocumentView.iri(l))
                    : v.postHolders().holderOf(l).map(DocumentView::iri);
            if (leader.isEmpty()) continue;
            events.stream().filter(e -> distance(e, l.mention()) <= RULES.number("attended-event-gap")).min(java.util.Comparator.comparingInt(e -> distance(e, l.mention())))
                    .ifPresent(e -> out.fact(RULES.fact("facts.event-delegation-leader", DocumentView.iri(e.event()), Slots.ATTENDEE,
                            Fact.Value.iri(leader.get()), s.index(), Math.min(e.begin(), l.mention().begin()), Math.max(e.end(), l.mention().end()))));
        }
    }

    /** Whether the sentence names the event itself (rather than referring back to it). */
    private static boolean named(DocumentView.EventReference ev) {
        return ev.event().mention().begin() == ev.begin();
    }

    /** The event nearest to a mention; none for the event mention itself. */
    private static DocumentView.EventReference nearest(List<DocumentView.EventReference> events, Mention m) {
        DocumentView.EventReference best = null;
        for (DocumentView.EventReference e : events) {
            if (e.event().mention() == m) return null;
            if (best == null || distance(e, m) < distance(best, m)) best = e;
        }
        return best;
    }

    /** Characters between the words naming the event in this sentence and a mention. */
    private static int distance(DocumentView.EventReference e, Mention m) {
        if (e.end() <= m.begin()) return m.begin() - e.end();
        if (m.end() <= e.begin()) return e.begin() - m.end();
        return 0;
    }

    private static int[] span(DocumentView.EventReference ev, Mention m) {
        return new int[] {Math.min(ev.begin(), m.begin()), Math.max(ev.end(), m.end())};
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
