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
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{IsArabic}])(?:و|ف)?(وشح|وشحت|منح|منحت|توشيح|تسلم|تسلمت|فاز|فازت|حصل|حصلت|توج|توجت|تتويج)(?![\\p{IsArabic}])");
    private static final Pattern PRIZE = Pattern.compile("(?<![\\p{IsArabic}])(?:ب|ال|بال)?(?:وسام|جايزه|جوايز|ميداليه|درع)(?![\\p{IsArabic}])");
    /** Verbs whose subject gives (the next party named receives); with the others the first party named receives. */
    private static final Set<String> GIVING = Set.of("وشح", "وشحت", "منح", "منحت");
    static final int MAX_CUE_DISTANCE = 120;

    @Override
    public void extract(DocumentView v, FactSink out) {
        Map<String, PostFacts.Holding> holders = v.soleHolders();
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
                if (!DocumentView.linked(l) || l.mention().begin() < cueEnd || l.mention().begin() >= prizeBegin || PostFacts.insideAPost(l, posts)) continue;
                PostFacts.partyIri(v, l, holders).filter(iri -> !parties.contains(iri)).ifPresent(parties::add);
            }
            boolean giving = GIVING.contains(cue.group(1));
            if (parties.isEmpty() || giving && parties.size() < 2) continue;
            String recipient = giving ? parties.get(1) : parties.get(0);
            String name = v.phrase(s.begin() + nt.begin(prize.start()), s.end(), 8).replaceFirst("^ب", "");
            String node = Ids.event("award", v.docIri(), s.index(), recipient);
            int end = Math.min(s.end(), s.begin() + nt.end(prize.end()));
            out.describeEvent(node, "Award", "award", name);
            out.fact(new Fact(node, RECIPIENT, Fact.Value.iri(recipient), s.index(), cueBegin, end, "facts.award", 0.7));
            if (giving) out.fact(new Fact(node, Vocab.RW + "awardedBy", Fact.Value.iri(parties.get(0)), s.index(), cueBegin, end, "facts.award", 0.7));
        }
    }
}
