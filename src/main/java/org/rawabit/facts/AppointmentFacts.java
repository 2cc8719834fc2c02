package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.core.Ids;
import org.rawabit.core.Vocab;
import org.rawabit.mention.MentionType;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;

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
    private static final Pattern CUE = RULES.pattern("appoint");
    private static final Pattern ROLE = RULES.pattern("role");
    private static final int MAX_ROLE_DISTANCE = RULES.number("max-role-distance");
    private static final int POST_WINDOW = RULES.number("post-window");
    private static final int LABEL_WORDS = RULES.number("label-words");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Sentence s : v.sentences()) {
            NormalisedText nt = v.normalised(s);
            Matcher cue = CUE.matcher(nt.text());
            if (!cue.find()) continue;
            Matcher role = ROLE.matcher(nt.text());
            if (!role.find(cue.end()) || role.start() - cue.end() > MAX_ROLE_DISTANCE) continue;
            int cueBegin = s.begin() + nt.begin(cue.start()), cueEnd = s.begin() + nt.end(cue.end());
            int roleBegin = s.begin() + nt.begin(role.start());
            List<LinkedMention> posts = v.in(s, MentionType.POST);
            List<LinkedMention> named = v.in(s).stream().filter(l -> DocumentView.linked(l) && !PostHolders.insideAPost(l, posts)
                    && (l.mention().type() == MentionType.PER || l.mention().type() == MentionType.ORG)).toList();
            // the appointee: the person named right before the role word (titles or a comma may stand between)
            Optional<LinkedMention> appointee = named.stream().filter(l -> l.mention().type() == MentionType.PER
                    && l.mention().begin() >= cueEnd && l.mention().end() <= roleBegin
                    && PostHolders.onlyTitles(v.between(l.mention().end(), roleBegin))).reduce((a, b) -> b);
            if (appointee.isEmpty()) continue;
            LinkedMention who = appointee.get();
            // who appointed: named between the verb and the appointee ("عين الملك X …"), else right before the verb
            Optional<LinkedMention> by = named.stream().filter(l -> l.mention().begin() >= cueEnd && l.mention().end() <= who.mention().begin())
                    .findFirst().or(() -> named.stream().filter(l -> l.mention().end() <= cueBegin && !v.inDateline(l)).reduce((a, b) -> b));
            Optional<LinkedMention> post = posts.stream().filter(p -> DocumentView.linked(p) && p.mention().begin() >= roleBegin - POST_WINDOW
                    && p.mention().begin() <= roleBegin + POST_WINDOW).findFirst();
            String whoIri = DocumentView.iri(who);
            String node = Ids.event("appointment", v.docIri(), s.index(), whoIri);
            String roleText = v.phrase(roleBegin, s.end(), LABEL_WORDS);
            int end = Math.max(post.map(p -> p.mention().end()).orElse(roleBegin), s.begin() + nt.end(role.end()));
            out.describeEvent(node, "Appointment", "appointment", RULES.label("appointment", who.mention().surface(), roleText));
            out.fact(RULES.fact("facts.appointment", node, APPOINTEE, Fact.Value.iri(whoIri), s.index(), cueBegin, end));
            by.filter(b -> !DocumentView.iri(b).equals(whoIri)).ifPresent(b -> out.fact(RULES.fact("facts.appointment", node, APPOINTED_BY,
                    Fact.Value.iri(DocumentView.iri(b)), s.index(), Math.min(cueBegin, b.mention().begin()), end)));
            post.ifPresent(p -> out.fact(RULES.fact("facts.appointment", whoIri, APPOINTED_TO, Fact.Value.iri(DocumentView.iri(p)),
                    s.index(), cueBegin, end)));
            Slots.startOnFirstFullDate(v, s, node, cueBegin, RULES, "facts.appointment-date", out);
        }
    }
}
