package org.rawabit.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;

/**
 * Awards and decorations: "وشح الملك محمد السادس عبد اللطيف حموشي بوسام العرش", "تسلم X جائزة …",
 * "توشيح X بوسام …". An rw:Award node with its name (the phrase from "وسام"/"جائزة"), the recipient
 * (rw:recipient) and, when the verb is one of giving and two parties are named, the giver
 * (rw:awardedBy). A post stands for its one holder in the article.
 */
public final class AwardFacts implements FactExtractor {
    static final String RECIPIENT = Vocab.RW + "recipient";
    private static final RuleFile RULES = RuleFile.load("award");

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        for (Cue cue : v.cues(RULES.pattern("cue"))) {
            Optional<MatchResult> prize = cue.followedBy(RULES.pattern("prize"), RULES.number("max-cue-distance"));
            if (prize.isEmpty()) continue;
            Sentence s = cue.sentence();
            int prizeBegin = cue.at(prize.get().start());
            List<String> parties = new ArrayList<>();
            for (LinkedMention l : v.named(s, MentionType.PER, MentionType.ORG, MentionType.LOC, MentionType.POST)) {
                if (l.mention().begin() < cue.end() || l.mention().begin() >= prizeBegin) continue;
                holders.partyIri(v, l).filter(iri -> !parties.contains(iri)).ifPresent(parties::add);
            }
            // a verb of giving: its subject gives and the next party named receives; with the others the first party named receives
            boolean giving = RULES.words("giving").contains(cue.match().group(1));
            if (parties.isEmpty() || giving && parties.size() < 2) continue;
            String recipient = giving ? parties.get(1) : parties.get(0);
            // "32 ميدالية": a count of medals is named by the count and the noun; a decoration by its whole name ("وسام العرش من درجة …")
            Optional<LinkedMention> count = v.in(s, MentionType.QUANTITY).stream()
                    .filter(q -> q.mention().begin() < prizeBegin
                            && (q.mention().end() > prizeBegin || v.between(q.mention().end(), prizeBegin).isBlank())).findFirst();
            String name = count.isPresent()
                    ? v.text().substring(count.get().mention().begin(), Math.max(count.get().mention().end(), cue.endAt(prize.get().end())))
                    : v.phrase(prizeBegin, s.end(), RULES.number("label-words")).replaceFirst("^\u0628", ""); // without its leading preposition
            EventNode award = EventNode.mint(RULES, out, s, "Award", name, v.docIri(), s.index(), recipient);
            int end = Math.min(s.end(), cue.endAt(prize.get().end()));
            award.has("facts.award", RECIPIENT, recipient, cue.begin(), end);
            if (giving) award.has("facts.award", Vocab.RW + "awardedBy", parties.get(0), cue.begin(), end);
        }
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
