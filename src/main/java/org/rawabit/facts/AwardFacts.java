package org.rawabit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.core.Ids;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.NormalisedText;
import org.rawabit.core.Fact;

/**
 * Awards and decorations: "وشح الملك محمد السادس عبد اللطيف حموشي بوسام العرش", "تسلم X جائزة …",
 * "توشيح X بوسام …". An rw:Award node with its name (the phrase from "وسام"/"جائزة"), the recipient
 * (rw:recipient) and, when the verb is one of giving and two parties are named, the giver
 * (rw:awardedBy). A post stands for its one holder in the article.
 */
public final class AwardFacts implements FactExtractor {
    static final String RECIPIENT = Vocab.RW + "recipient";
    private static final RuleFile RULES = RuleFile.load("award");
    private static final Pattern CUE = RULES.pattern("cue");
    private static final Pattern PRIZE = RULES.pattern("prize");
    /** Verbs whose subject gives (the next party named receives); with the others the first party named receives. */
    private static final Set<String> GIVING = RULES.words("giving");
    static final int MAX_CUE_DISTANCE = RULES.number("max-cue-distance");
    private static final int LABEL_WORDS = RULES.number("label-words");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        for (Sentence s : v.sentences()) {
            NormalisedText nt = v.normalised(s);
            Matcher cue = CUE.matcher(nt.text());
            if (!cue.find()) continue;
            Matcher prize = PRIZE.matcher(nt.text());
            if (!prize.find(cue.end()) || prize.start() - cue.end() > MAX_CUE_DISTANCE) continue;
            int cueBegin = s.begin() + nt.begin(cue.start()), cueEnd = s.begin() + nt.end(cue.end());
            int prizeBegin = s.begin() + nt.begin(prize.start());
            List<String> parties = new ArrayList<>();
            List<LinkedMention> posts = v.in(s, MentionType.POST);
            for (LinkedMention l : v.in(s)) {
                if (!DocumentView.linked(l) || l.mention().begin() < cueEnd || l.mention().begin() >= prizeBegin || PostHolders.insideAPost(l, posts)) continue;
                holders.partyIri(v, l).filter(iri -> !parties.contains(iri)).ifPresent(parties::add);
            }
            boolean giving = GIVING.contains(cue.group(1));
            if (parties.isEmpty() || giving && parties.size() < 2) continue;
            String recipient = giving ? parties.get(1) : parties.get(0);
            String name = v.phrase(s.begin() + nt.begin(prize.start()), s.end(), LABEL_WORDS).replaceFirst("^\u0628", ""); // without its leading preposition
            String node = Ids.event("award", v.docIri(), s.index(), recipient);
            int end = Math.min(s.end(), s.begin() + nt.end(prize.end()));
            out.describeEvent(node, "Award", "award", name);
            out.fact(RULES.fact("facts.award", node, RECIPIENT, Fact.Value.iri(recipient), s.index(), cueBegin, end));
            if (giving) out.fact(RULES.fact("facts.award", node, Vocab.RW + "awardedBy", Fact.Value.iri(parties.get(0)), s.index(), cueBegin, end));
        }
    }
}
