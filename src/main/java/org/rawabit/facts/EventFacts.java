package org.rawabit.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.core.Fact;

/**
 * Where and when a numbered event took place, and how many took part: within a sentence, each
 * date range or full date, each city and each participant count goes to the event mention nearest
 * to it ("تحتضن مدينة مراكش، من 24 إلى 27 نونبر الجاري، أشغال الدورة الـ93 …، بمشاركة وفود 179
 * دولة"). Dates known only to the month are not used: precision over recall.
 */
public final class EventFacts implements FactExtractor {
    static final String START = Vocab.SCHEMA + "startDate";
    static final String END = Vocab.SCHEMA + "endDate";
    static final String LOCATION = Vocab.SCHEMA + "location";
    static final String COUNTRIES = Vocab.RW + "participatingCountryCount";
    /** Counted nouns (folded, singular stems) and the count property each one feeds. */
    private static final Map<String, String> COUNT_PROPERTIES = Map.of(
            "دول", COUNTRIES, "بلد", COUNTRIES,
            "مندوب", Vocab.RW + "delegateCount", "وفد", Vocab.RW + "delegationCount",
            "وزير", Vocab.RW + "ministerCount", "وزراء", Vocab.RW + "ministerCount",
            "مدير", Vocab.RW + "policeChiefCount", "مديري", Vocab.RW + "policeChiefCount");
    /**
     * Words that announce participants before a count, at most two words before it ("بمشاركة 179
     * دولة", "بمشاركة وزراء داخلية 22 دولة", "يمثلون 45 دولة").
     */
    private static final java.util.regex.Pattern PARTICIPATION = java.util.regex.Pattern.compile(
            "(مشارك|حضور|وفود|يشارك|تشارك|شارك|بمشارك|ممثلي|يمثل|تمثل|نحو|قرابه|حوالي)\\S*(?:\\s+[^\\s\\d،,.]+){0,2}\\s*$");

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
                switch (m.type()) {
                    case DATE -> {
                        MentionValue.DateValue d = (MentionValue.DateValue) m.value().orElseThrow();
                        if (d.first().day() == 0) break;
                        out.fact(new Fact(evIri, START, date(d.first()), s.index(), span(ev, m)[0], span(ev, m)[1], "facts.event-date", 0.8));
                        if (!d.first().equals(d.last())) {
                            out.fact(new Fact(evIri, END, date(d.last()), s.index(), span(ev, m)[0], span(ev, m)[1], "facts.event-date", 0.8));
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
                        MentionValue.Quantity q = (MentionValue.Quantity) m.value().orElseThrow();
                        String before = v.text().substring(Math.max(s.begin(), m.begin() - 40), m.begin());
                        if (q.percent() || !PARTICIPATION.matcher(org.rawabit.text.ArabicNormaliser.normalise(before)).find()) break;
                        String property = countProperty(q.unit());
                        if (property == null) break;
                        Fact.Value n = Fact.Value.typed(String.valueOf(q.amount()), Vocab.XSD + "integer");
                        out.fact(new Fact(evIri, property, n, s.index(), span(ev, m)[0], span(ev, m)[1], "facts.event-count", 0.8));
                    }
                    default -> { }
                }
            }
            nearestCity.forEach((ev, city) -> out.fact(new Fact(DocumentView.iri(ev), LOCATION, Fact.Value.iri(DocumentView.iri(city)),
                    s.index(), span(ev, city.mention())[0], span(ev, city.mention())[1], "facts.event-place", 0.8)));
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

    /**
     * States the sentence's first date known to the day as the start of {@code node}, with evidence
     * from {@code begin} (or the date, if earlier) to the end of the sentence.
     */
    static void startOnFirstFullDate(DocumentView v, Sentence s, String node, int begin, String rule, FactSink out) {
        v.in(s, MentionType.DATE).stream().map(d -> Map.entry(d, ((MentionValue.DateValue) d.mention().value().orElseThrow()).first()))
                .filter(d -> d.getValue().day() != 0).findFirst()
                .ifPresent(d -> out.fact(new Fact(node, START, date(d.getValue()), s.index(), Math.min(begin, d.getKey().mention().begin()),
                        s.end(), rule, 0.7)));
    }

    static Fact.Value date(org.rawabit.text.PartialDate d) {
        return Fact.Value.typed(d.lexical(), Vocab.XSD + d.xsdType());
    }

    /** The count property for a counted noun, trying it without its case ending (ا) or plural suffix. */
    static String countProperty(String unit) {
        String u = org.rawabit.text.ArabicNormaliser.normalise(unit);
        for (String stem : new String[] {u, u.replaceAll("(ا|ين|ون|ه|ات)$", "")}) {
            if (COUNT_PROPERTIES.containsKey(stem)) return COUNT_PROPERTIES.get(stem);
        }
        return null;
    }
}
