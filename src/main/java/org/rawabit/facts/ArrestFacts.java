package org.rawabit.facts;

import java.util.List;
import java.util.Optional;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;

/**
 * Arrests: "تمكنت المديرية العامة للأمن الوطني من توقيف 3 أشخاص بمدينة طنجة يوم 5 مارس 2025",
 * "أوقفت الشرطة الإسبانية المدعو كريم بن سالم". An rw:Arrest node with the people named after the
 * verb (rw:arrested), how many were arrested (rw:arrestedCount), the organisation named before it
 * (rw:arrestedBy), the city and the date. Nothing is asserted when neither a person nor a count of
 * people is named.
 */
public final class ArrestFacts implements FactExtractor {
    static final String ARRESTED = Vocab.RW + "arrested";
    private static final RuleFile RULES = RuleFile.load("arrest");

    @Override
    public void extract(DocumentView v, FactSink out) {
        for (Cue cue : v.cues(RULES.pattern("cue"))) {
            Sentence s = cue.sentence();
            List<LinkedMention> people = v.named(s, MentionType.PER).stream().filter(l -> l.mention().begin() >= cue.end()).toList();
            // a count of people right after the verb: "3 أشخاص", "12 مشتبها فيه", "5 متهمين"
            Optional<LinkedMention> count = v.in(s, MentionType.QUANTITY).stream().filter(l -> l.mention().begin() >= cue.end()
                    && l.mention().begin() - cue.end() < RULES.number("count-window")
                    && RULES.pattern("people").matcher(ArabicNormaliser.normalise(Slots.quantity(l).unit())).find()).findFirst();
            if (people.isEmpty() && count.isEmpty()) continue;
            String who = count.map(c -> c.mention().surface()).orElseGet(() -> String.join("، ", people.stream().map(p -> p.mention().surface()).toList()));
            EventNode arrest = EventNode.mint(RULES, out, s, "Arrest", RULES.label("arrest", who), v.docIri(), s.index(), cue.begin());
            for (LinkedMention p : people) arrest.has("facts.arrest", ARRESTED, DocumentView.iri(p), cue.begin(), p.mention().end());
            count.ifPresent(c -> arrest.has("facts.arrest-count", Vocab.RW + "arrestedCount", Slots.integer(Slots.quantity(c).amount()),
                    cue.begin(), c.mention().end()));
            v.named(s, MentionType.ORG).stream().filter(l -> l.mention().end() <= cue.begin() && !v.inDateline(l)).reduce((a, b) -> b)
                    .ifPresent(o -> arrest.has("facts.arrest-agent", Vocab.RW + "arrestedBy", DocumentView.iri(o), o.mention().begin(), cue.end()));
            v.in(s, MentionType.LOC).stream().filter(l -> DocumentView.linked(l) && !v.inDateline(l) && "City".equals(v.kbType(l).orElse("")))
                    .findFirst().ifPresent(c -> arrest.has("facts.arrest-place", Slots.LOCATION, DocumentView.iri(c),
                            Math.min(cue.begin(), c.mention().begin()), Math.max(cue.end(), c.mention().end())));
            arrest.startOnFirstFullDate(v, cue.begin(), "facts.arrest-date");
        }
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
