package org.rawabit.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;

/**
 * Where and when a numbered event took place, and how many took part: within a sentence, each
 * date range or full date, each city and each participant count goes to the event mention nearest
 * to it ("تحتضن مدينة مراكش، من 24 إلى 27 نونبر الجاري، أشغال الدورة الـ93 …، بمشاركة وفود 179
 * دولة"). Dates known only to the month are not used: precision over recall.
 */
public final class EventFacts implements FactExtractor {
    private static final RuleFile RULES = RuleFile.load("event");
    private static final Pattern PARTICIPATION = RULES.pattern("participation");
    private static final int WINDOW = RULES.number("participation-window");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            List<LinkedMention> events = v.in(s, MentionType.EVENT).stream().filter(DocumentView::linked).toList();
            if (events.isEmpty()) continue;
            Map<LinkedMention, LinkedMention> nearestCity = new HashMap<>();
            for (LinkedMention l : v.in(s)) {
                Mention m = l.mention();
                LinkedMention ev = nearest(events, m);
                if (ev == null) continue;
                String evIri = DocumentView.iri(ev);
                int[] span = span(ev, m);
                switch (m.type()) {
                    case DATE -> {
                        MentionValue.DateValue d = Slots.dateOf(l);
                        if (d.first().day() == 0) break;
                        out.fact(RULES.fact("facts.event-date", evIri, Slots.START, Slots.date(d.first()), s.index(), span[0], span[1]));
                        if (!d.first().equals(d.last())) {
                            out.fact(RULES.fact("facts.event-date", evIri, Slots.END, Slots.date(d.last()), s.index(), span[0], span[1]));
                        }
                    }
                    case LOC -> {
                        if (v.inDateline(l) || !DocumentView.linked(l) || ev.mention().contains(m)) break;
                        String kind = v.kbType(l).orElse("");
                        if (!kind.equals("City") && !kind.equals("Country")) break;
                        LinkedMention best = nearestCity.get(ev);
                        boolean bestIsCity = best != null && "City".equals(v.kbType(best).orElse(""));
                        // a city beats a country; between equals, the nearer one wins
                        boolean better = best == null || kind.equals("City") && !bestIsCity
                                || kind.equals("City") == bestIsCity
                                        && DocumentView.distance(ev.mention(), m) < DocumentView.distance(ev.mention(), best.mention());
                        if (better) nearestCity.put(ev, l);
                    }
                    case QUANTITY -> {
                        MentionValue.Quantity q = Slots.quantity(l);
                        String before = v.text().substring(Math.max(s.begin(), m.begin() - WINDOW), m.begin());
                        if (q.percent() || !PARTICIPATION.matcher(ArabicNormaliser.normalise(before)).find()) break;
                        String property = Slots.countProperty(q.unit());
                        if (property == null) break;
                        out.fact(RULES.fact("facts.event-count", evIri, property, Slots.integer(q.amount()), s.index(), span[0], span[1]));
                    }
                    default -> { }
                }
            }
            nearestCity.forEach((ev, city) -> out.fact(RULES.fact("facts.event-place", DocumentView.iri(ev), Slots.LOCATION,
                    Fact.Value.iri(DocumentView.iri(city)), s.index(), span(ev, city.mention())[0], span(ev, city.mention())[1])));
        }
    }

    private static LinkedMention nearest(List<LinkedMention> events, Mention m) {
        LinkedMention best = null;
        for (LinkedMention e : events) {
            if (e.mention() == m) return null;
            if (best == null || DocumentView.distance(e.mention(), m) < DocumentView.distance(best.mention(), m)) best = e;
        }
        return best;
    }

    private static int[] span(LinkedMention ev, Mention m) {
        return new int[] {Math.min(ev.mention().begin(), m.begin()), Math.max(ev.mention().end(), m.end())};
    }
}
