package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.mention.MentionValue;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
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

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Cue verb : v.cues(CUE)) {
            Sentence s = verb.sentence();
            int cue = verb.begin();
            int after = verb.at(verb.match().end());
            List<LinkedMention> in = v.in(s);
            Optional<LinkedMention> elected = in.stream().filter(l -> l.mention().begin() >= after && l.mention().begin() - after < 3
                    && DocumentView.linked(l) && (l.mention().type() == MentionType.LOC || l.mention().type() == MentionType.PER
                    || l.mention().type() == MentionType.ORG)).findFirst();
            Optional<LinkedMention> post = in.stream().filter(l -> l.mention().type() == MentionType.POST && l.mention().begin() > after
                    && DocumentView.linked(l)).findFirst();
            Optional<LinkedMention> body = Optional.empty();
            // a seat on a body rather than a post: "لعضوية اللجنة التنفيذية", "عضوا في المجلس"
            Matcher seat = RULES.pattern("membership").matcher(verb.text());
            if (post.isEmpty() && seat.find(verb.match().end())) {
                int seatEnd = verb.endAt(seat.end());
                body = in.stream().filter(l -> l.mention().type() == MentionType.ORG && DocumentView.linked(l) && l.mention().begin() >= seatEnd
                        && isSeatLink(v.between(seatEnd, l.mention().begin()))).findFirst();
            }
            if (elected.isEmpty() || post.isEmpty() && body.isEmpty()) continue;
            LinkedMention target = post.orElseGet(body::get);
            String electedIri = DocumentView.iri(elected.get()), targetIri = DocumentView.iri(target);
            EventNode election = EventNode.mint(RULES, out, s, "Election", RULES.label(post.isPresent() ? "label-post" : "label-body",
                    v.label(elected.get()), v.label(target)), electedIri, targetIri);
            int end = target.mention().end();
            election.fact("facts.election", electedIri, post.isPresent() ? ELECTED_TO : ELECTED_MEMBER_OF, Fact.Value.iri(targetIri), cue, end);
            election.has("facts.election", Vocab.RW + "elected", electedIri, cue, end);
            election.has("facts.election", Vocab.RW + (post.isPresent() ? "post" : "body"), targetIri, cue, end);
            // constituency: "عن قارة إفريقيا"
            in.stream().filter(l -> l.mention().type() == MentionType.LOC && l.mention().begin() > target.mention().end()
                    && DocumentView.linked(l)
                    && RULES.pattern("constituency").matcher(v.between(target.mention().end(), l.mention().begin())).matches())
                    .findFirst().ifPresent(c -> election.has("facts.election-constituency", Vocab.RW + "constituency", DocumentView.iri(c),
                            cue, c.mention().end()));
            // votes: "96 صوتا" in the sentence, or support counted in it or the next ones ("حصل ممثل المغرب على دعم 96 دولة")
            List<Sentence> around = followUps(v, s);
            around.stream().flatMap(x -> v.in(x, MentionType.QUANTITY).stream().map(q -> java.util.Map.entry(x, q)))
                    .filter(e -> isVotes(v, e.getKey(), e.getValue(), e.getKey() == s)).findFirst()
                    .ifPresent(e -> out.fact(RULES.fact("facts.election-votes", election.iri(), Vocab.RW + "voteCount",
                            Slots.integer(Slots.quantity(e.getValue()).amount()), e.getKey().index(),
                            e.getKey() == s ? cue : e.getKey().begin(), e.getKey() == s ? Math.max(end, e.getValue().mention().end()) : e.getValue().mention().end())));
            // the session it happened at: an event the sentence speaks of ("خلال هذه التظاهرة، تم انتخاب …"), else one the next
            // sentences say it happened during ("وذلك خلال الدورة الثانية والتسعين")
            Optional<java.util.Map.Entry<Sentence, DocumentView.EventReference>> session = v.eventsOf(s).stream().findFirst().map(e -> java.util.Map.entry(s, e));
            if (session.isEmpty()) {
                session = around.stream().filter(x -> x != s).flatMap(x -> v.eventsOf(x).stream().map(e -> java.util.Map.entry(x, e)))
                        .filter(e -> RULES.pattern("session-link").matcher(ArabicNormaliser.normalise(v.text().substring(
                                Math.max(e.getKey().begin(), e.getValue().begin() - 16), e.getValue().begin()))).find()).findFirst();
            }
            session.ifPresent(e -> out.fact(RULES.fact("facts.election-session", election.iri(), Vocab.SCHEMA + "superEvent",
                    Fact.Value.iri(DocumentView.iri(e.getValue().event())), e.getKey().index(),
                    e.getKey() == s ? Math.min(cue, e.getValue().begin()) : e.getValue().begin(),
                    e.getKey() == s ? Math.max(end, e.getValue().end()) : e.getValue().end())));
        }
    }

    /** The election's sentence and the next few that say more of it, up to one that tells of another election. */
    private static List<Sentence> followUps(DocumentView v, Sentence s) {
        List<Sentence> out = new java.util.ArrayList<>(List.of(s));
        for (int i = s.index() + 1; i < v.sentences().size() && i <= s.index() + RULES.number("follow-up-sentences"); i++) {
            Sentence next = v.sentences().get(i);
            Matcher another = CUE.matcher(v.folded(next));
            if (another.find() && !another.group().startsWith("ال") && !v.folded(next).startsWith("ال", Math.max(0, another.start() - 2))) break;
            out.add(next);
        }
        return out;
    }

    /** A count of votes ("96 صوتا"), or of supporters after a word of support ("دعم 96 دولة", "أصوات مندوبي 96 دولة"). */
    private static boolean isVotes(DocumentView v, Sentence s, LinkedMention q, boolean sameSentence) {
        MentionValue.Quantity amount = Slots.quantity(q);
        if (amount.percent()) return false;
        if (sameSentence && RULES.pattern("votes").matcher(ArabicNormaliser.normalise(amount.unit())).find()) return true;
        String before = v.text().substring(Math.max(s.begin(), q.mention().begin() - RULES.number("support-window")), q.mention().begin());
        return RULES.pattern("support").matcher(ArabicNormaliser.normalise(before)).find();
    }


    /** What may stand between "لعضوية"/"عضوا" and the body: nothing, "في" or "ب". */
    private static boolean isSeatLink(String between) {
        return RULES.pattern("seat-link").matcher(between).matches();
    }


    @Override
    public RuleFile rules() {
        return RULES;
    }
}
