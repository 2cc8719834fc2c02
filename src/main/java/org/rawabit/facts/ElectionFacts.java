package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.core.Ids;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.NormalisedText;
import org.rawabit.core.Fact;

/**
 * Elections and appointments: "تم انتخاب المملكة المغربية لمنصب نائب رئيس اللجنة التنفيذية
 * للإنتربول عن قارة إفريقيا … 96 صوتا", "عينه الملك … مديرا عاما". An election is an event node
 * (rw:Election) with who was elected, to which post, for which constituency, by how many votes,
 * and the session it took place at; the direct triple is {@code elected rw:electedTo post}. A seat on
 * a body ("لعضوية اللجنة التنفيذية …") gives {@code elected rw:electedMemberOf body} and rw:body.
 */
public final class ElectionFacts implements FactExtractor {
    static final String ELECTED_TO = Vocab.RW + "electedTo";
    static final String ELECTED_MEMBER_OF = Vocab.RW + "electedMemberOf";
    private static final RuleFile RULES = RuleFile.load("election");
    private static final Pattern CUE = RULES.pattern("cue");
    private static final Pattern VOTES = RULES.pattern("votes");
    /** "لعضوية اللجنة التنفيذية", "عضوا في المجلس": a seat on a body rather than a post. */
    private static final Pattern MEMBERSHIP = RULES.pattern("membership");
    private static final Pattern CONSTITUENCY = RULES.pattern("constituency");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            NormalisedText nt = v.normalised(s);
            Matcher m = CUE.matcher(nt.text());
            if (!m.find()) continue;
            int cue = s.begin() + nt.begin(m.start());
            int after = s.begin() + nt.begin(m.end());
            List<LinkedMention> in = v.in(s);
            Optional<LinkedMention> elected = in.stream().filter(l -> l.mention().begin() >= after && l.mention().begin() - after < 3
                    && DocumentView.linked(l) && (l.mention().type() == MentionType.LOC || l.mention().type() == MentionType.PER
                    || l.mention().type() == MentionType.ORG)).findFirst();
            Optional<LinkedMention> post = in.stream().filter(l -> l.mention().type() == MentionType.POST && l.mention().begin() > after
                    && DocumentView.linked(l)).findFirst();
            Optional<LinkedMention> body = Optional.empty();
            Matcher seat = MEMBERSHIP.matcher(nt.text());
            if (post.isEmpty() && seat.find(m.end())) {
                int seatEnd = s.begin() + nt.end(seat.end());
                body = in.stream().filter(l -> l.mention().type() == MentionType.ORG && DocumentView.linked(l) && l.mention().begin() >= seatEnd
                        && isSeatLink(v.between(seatEnd, l.mention().begin()))).findFirst();
            }
            if (elected.isEmpty() || post.isEmpty() && body.isEmpty()) continue;
            LinkedMention target = post.orElseGet(body::get);
            String electedIri = DocumentView.iri(elected.get()), targetIri = DocumentView.iri(target);
            String election = Ids.event("election", electedIri, targetIri);
            int end = target.mention().end();
            out.describeEvent(election, "Election", "election", RULES.label(post.isPresent() ? "label-post" : "label-body",
                    elected.get().mention().surface(), target.mention().surface()));
            out.fact(RULES.fact("facts.election", electedIri, post.isPresent() ? ELECTED_TO : ELECTED_MEMBER_OF, Fact.Value.iri(targetIri),
                    s.index(), cue, end));
            out.fact(RULES.fact("facts.election", election, Vocab.RW + "elected", Fact.Value.iri(electedIri), s.index(), cue, end));
            out.fact(RULES.fact("facts.election", election, Vocab.RW + (post.isPresent() ? "post" : "body"), Fact.Value.iri(targetIri),
                    s.index(), cue, end));
            // constituency: "عن قارة إفريقيا"
            in.stream().filter(l -> l.mention().type() == MentionType.LOC && l.mention().begin() > target.mention().end()
                    && DocumentView.linked(l) && CONSTITUENCY.matcher(v.between(target.mention().end(), l.mention().begin())).matches())
                    .findFirst().ifPresent(c -> out.fact(RULES.fact("facts.election-constituency", election, Vocab.RW + "constituency",
                            Fact.Value.iri(DocumentView.iri(c)), s.index(), cue, c.mention().end())));
            // votes: "96 صوتا"
            in.stream().filter(l -> l.mention().type() == MentionType.QUANTITY
                    && VOTES.matcher(ArabicNormaliser.normalise(Slots.quantity(l).unit())).find())
                    .findFirst().ifPresent(q -> out.fact(RULES.fact("facts.election-votes", election, Vocab.RW + "voteCount",
                            Slots.integer(Slots.quantity(q).amount()), s.index(), cue, Math.max(end, q.mention().end()))));
            // the session it happened at: an event named in the same sentence
            in.stream().filter(l -> l.mention().type() == MentionType.EVENT && DocumentView.linked(l)).findFirst()
                    .ifPresent(e -> out.fact(RULES.fact("facts.election-session", election, Vocab.SCHEMA + "superEvent",
                            Fact.Value.iri(DocumentView.iri(e)), s.index(), Math.min(cue, e.mention().begin()), Math.max(end, e.mention().end()))));
        }
    }

    /** What may stand between "لعضوية"/"عضوا" and the body: nothing, "في" or "ب". */
    private static boolean isSeatLink(String between) {
        return SEAT_LINK.matcher(between).matches();
    }

    private static final Pattern SEAT_LINK = RULES.pattern("seat-link");
}
