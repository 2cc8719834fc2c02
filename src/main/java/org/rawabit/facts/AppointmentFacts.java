package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.LinkedMention;

/**
 * Appointments ({@code ontology/rules/appointment.rules}): "عين الملك محمد السادس X مديرا عاما للأمن
 * الوطني". An rw:Appointment node with the appointee, who appointed, the role (its label) and date; when
 * the role names a known post, {@code appointee rw:appointedTo post}.
 */
public final class AppointmentFacts implements FactExtractor {
    static final String APPOINTED_TO = Vocab.RW + "appointedTo";
    static final String APPOINTEE = Vocab.RW + "appointee";
    static final String APPOINTED_BY = Vocab.RW + "appointedBy";
    private static final RuleFile RULES = RuleFile.load("appointment");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Cue cue : v.cues(RULES.pattern("appoint"))) {
            Optional<MatchResult> role = cue.followedBy(RULES.pattern("role"), RULES.number("max-role-distance"));
            if (role.isEmpty()) continue;
            Sentence s = cue.sentence();
            int roleBegin = cue.at(role.get().start());
            List<LinkedMention> named = v.named(s, MentionType.PER, MentionType.ORG);
            // the appointee: the person named right before the role word (titles or a comma may stand between)
            Optional<LinkedMention> appointee = named.stream().filter(l -> l.mention().type() == MentionType.PER
                    && l.mention().begin() >= cue.end() && l.mention().end() <= roleBegin
                    && PostHolders.onlyTitles(v.between(l.mention().end(), roleBegin))).reduce((a, b) -> b);
            if (appointee.isEmpty()) continue;
            LinkedMention who = appointee.get();
            // who appointed: named between the verb and the appointee ("عين الملك X …"), else right before the verb
            Optional<LinkedMention> by = named.stream().filter(l -> l.mention().begin() >= cue.end() && l.mention().end() <= who.mention().begin())
                    .findFirst().or(() -> named.stream().filter(l -> l.mention().end() <= cue.begin() && !v.inDateline(l)).reduce((a, b) -> b));
            Optional<LinkedMention> post = v.named(s, MentionType.POST).stream()
                    .filter(p -> Math.abs(p.mention().begin() - roleBegin) <= RULES.number("post-window")).findFirst();
            String whoIri = DocumentView.iri(who);
            String roleText = v.phrase(roleBegin, s.end(), RULES.number("label-words"));
            int end = Math.max(post.map(p -> p.mention().end()).orElse(roleBegin), cue.endAt(role.get().end()));
            EventNode appointment = EventNode.mint(RULES, out, s, "Appointment", RULES.label("appointment", v.label(who), roleText),
                    v.docIri(), s.index(), whoIri);
            appointment.has("facts.appointment", APPOINTEE, whoIri, cue.begin(), end);
            by.filter(b -> !DocumentView.iri(b).equals(whoIri)).ifPresent(b -> appointment.has("facts.appointment", APPOINTED_BY,
                    DocumentView.iri(b), Math.min(cue.begin(), b.mention().begin()), end));
            post.ifPresent(p -> appointment.fact("facts.appointment", whoIri, APPOINTED_TO, Fact.Value.iri(DocumentView.iri(p)), cue.begin(), end));
            appointment.startOnFirstFullDate(v, cue.begin(), "facts.appointment-date");
        }
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
