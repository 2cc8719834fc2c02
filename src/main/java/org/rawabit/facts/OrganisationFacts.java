package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.NormalisedText;
import org.rawabit.core.Fact;

/**
 * Headquarters ("يوجد مقرها المركزي بمدينة ليون"), founding year ("تأسست سنة 1923") and member
 * count ("تضم 196 دولة عضوا") of the organisation a sentence is about: the first organisation it
 * names before the cue, else the last one named in the two sentences before.
 */
public final class OrganisationFacts implements FactExtractor {
    static final String HEADQUARTERS = Vocab.RW + "headquarters";
    static final String FOUNDED = Vocab.SCHEMA + "foundingDate";
    static final String MEMBERS = Vocab.RW + "memberCount";

    private static final RuleFile RULES = RuleFile.load("organisation");
    private static final Pattern HQ = RULES.pattern("headquarters");
    private static final Pattern FOUNDED_CUE = RULES.pattern("founded");
    private static final Pattern MEMBERS_CUE = RULES.pattern("members");
    private static final int MEMBERS_WINDOW = RULES.number("members-window");

    @Override
    public void extract(DocumentView v, FactSink out) {
        List<Sentence> sentences = v.sentences();
        for (Sentence s : sentences) {
            NormalisedText nt = v.normalised(s);
            Matcher hq = HQ.matcher(nt.text());
            if (hq.find()) {
                int cue = s.begin() + nt.begin(hq.start());
                subject(v, s, cue).ifPresent(org -> v.in(s, MentionType.LOC).stream()
                        .filter(l -> l.mention().begin() > cue && l.mention().begin() - cue < 40 && DocumentView.linked(l))
                        .findFirst()
                        .ifPresent(city -> out.fact(RULES.fact("facts.org-headquarters", DocumentView.iri(org), HEADQUARTERS,
                                Fact.Value.iri(DocumentView.iri(city)), s.index(), cue, city.mention().end()))));
            }
            Matcher founded = FOUNDED_CUE.matcher(nt.text());
            if (founded.find()) {
                int cue = s.begin() + nt.begin(founded.start()), cueEnd = s.begin() + nt.end(founded.end());
                // "أنشئت المنظمة الدولية للشرطة الجنائية سنة 1923": the organisation right after the verb, else the one it speaks of
                Optional<LinkedMention> org = v.in(s, MentionType.ORG).stream().filter(o -> DocumentView.linked(o)
                        && o.mention().kbId().isPresent() && o.mention().begin() >= cueEnd && o.mention().begin() - cueEnd <= 2).findFirst()
                        .or(() -> subject(v, s, cue));
                int from = Math.max(cueEnd, org.filter(o -> o.mention().begin() >= cueEnd).map(o -> o.mention().end()).orElse(cueEnd));
                v.in(s, MentionType.DATE).stream().filter(d -> d.mention().begin() >= from && d.mention().begin() - from < 25)
                        .findFirst().ifPresent(d -> org.ifPresent(o -> {
                            out.fact(RULES.fact("facts.org-founded", DocumentView.iri(o), FOUNDED, Slots.date(Slots.dateOf(d).first()),
                                    s.index(), cue, d.mention().end()));
                        }));
            }
            for (LinkedMention q : v.in(s, MentionType.QUANTITY)) {
                Mention m = q.mention();
                String before = ArabicNormaliser.normalise(v.text().substring(Math.max(s.begin(), m.begin() - MEMBERS_WINDOW), m.begin()));
                MentionValue.Quantity qv = Slots.quantity(q);
                if (!MEMBERS_CUE.matcher(before).find() || !Slots.COUNTRIES.equals(Slots.countProperty(qv.unit()))) continue;
                subject(v, s, m.begin()).ifPresent(o -> out.fact(RULES.fact("facts.org-members", DocumentView.iri(o), MEMBERS,
                        Slots.integer(qv.amount()), s.index(), m.begin() - before.length(), m.end())));
            }
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
