package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.core.Fact;

/**
 * Headquarters ("يوجد مقرها المركزي بمدينة ليون"), founding year ("تأسست سنة 1923") and member
 * count ("تضم 196 دولة عضوا") of the organisation a sentence is about: the first organisation it
 * names before the cue, else the last one named in the two sentences before.
 */
public final class OrganisationFacts implements FactExtractor {
    private static final RuleFile RULES = RuleFile.load("organisation");
    static final String HEADQUARTERS = Vocab.RW + "headquarters";
    static final String FOUNDED = Vocab.SCHEMA + "foundingDate";
    static final String MEMBERS = Vocab.RW + "memberCount";

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            v.cue(s, RULES.pattern("headquarters")).ifPresent(cue -> headquarters(v, cue, out));
            v.cue(s, RULES.pattern("founded")).ifPresent(cue -> founded(v, cue, out));
            memberCounts(v, s, out);
        }
    }

    /** "يوجد مقرها المركزي بمدينة ليون": the place named right after the cue. */
    private static void headquarters(DocumentView v, Cue hq, FactSink out) {
        Sentence s = hq.sentence();
        int cue = hq.begin();
        subject(v, s, cue).ifPresent(org -> v.in(s, MentionType.LOC).stream()
                .filter(l -> l.mention().begin() > cue && l.mention().begin() - cue < 40 && DocumentView.linked(l))
                .findFirst()
                .ifPresent(city -> out.fact(RULES.fact("facts.org-headquarters", DocumentView.iri(org), HEADQUARTERS,
                        Fact.Value.iri(DocumentView.iri(city)), s.index(), cue, city.mention().end()))));
    }

    /** "تأسست سنة 1923": the date right after the verb (and the organisation it may name). */
    private static void founded(DocumentView v, Cue founded, FactSink out) {
        Sentence s = founded.sentence();
        int cue = founded.begin(), cueEnd = founded.end();
        // "أنشئت المنظمة الدولية للشرطة الجنائية سنة 1923": the organisation right after the verb, else the one it speaks of
        Optional<LinkedMention> org = v.in(s, MentionType.ORG).stream().filter(o -> DocumentView.linked(o)
                && o.mention().kbId().isPresent() && o.mention().begin() >= cueEnd && o.mention().begin() - cueEnd <= 2).findFirst()
                .or(() -> subject(v, s, cue));
        int from = Math.max(cueEnd, org.filter(o -> o.mention().begin() >= cueEnd).map(o -> o.mention().end()).orElse(cueEnd));
        v.in(s, MentionType.DATE).stream().filter(d -> d.mention().begin() >= from && d.mention().begin() - from < 25)
                .findFirst().ifPresent(d -> org.ifPresent(o -> out.fact(RULES.fact("facts.org-founded", DocumentView.iri(o), FOUNDED,
                        Slots.date(Slots.dateOf(d).first()), s.index(), cue, d.mention().end()))));
    }

    /** "تضم 196 دولة عضوا": a count of countries right after the cue. */
    private static void memberCounts(DocumentView v, Sentence s, FactSink out) {
        for (LinkedMention q : v.in(s, MentionType.QUANTITY)) {
            Mention m = q.mention();
            int from = Math.max(s.begin(), m.begin() - RULES.number("members-window"));
            String before = ArabicNormaliser.normalise(v.text().substring(from, m.begin()));
            MentionValue.Quantity qv = Slots.quantity(q);
            if (!RULES.pattern("members").matcher(before).find() || !Slots.COUNTRIES.equals(Slots.countProperty(qv.unit()))) continue;
            subject(v, s, m.begin()).ifPresent(o -> out.fact(RULES.fact("facts.org-members", DocumentView.iri(o), MEMBERS,
                    Slots.integer(qv.amount()), s.index(), m.begin() - before.length(), m.end())));
        }
    }

    /** The organisation a cue at {@code offset} speaks of. */
    private static Optional<LinkedMention> subject(DocumentView v, Sentence s, int offset) {
        Optional<LinkedMention> here = v.in(s, MentionType.ORG).stream()
                .filter(o -> DocumentView.linked(o) && o.mention().end() <= offset && o.mention().kbId().isPresent())
                .findFirst();
        if (here.isPresent()) return here;
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            List<LinkedMention> orgs = v.in(v.sentences().get(i), MentionType.ORG).stream()
                    .filter(o -> DocumentView.linked(o) && o.mention().kbId().isPresent()).toList();
            if (!orgs.isEmpty()) return Optional.of(orgs.get(orgs.size() - 1));
        }
        return Optional.empty();
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
