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
 * Arrests: "تمكنت المديرية العامة للأمن الوطني من توقيف 3 أشخاص بمدينة طنجة يوم 5 مارس 2025",
 * "أوقفت الشرطة الإسبانية المدعو كريم بن سالم". An rw:Arrest node with the people named after the
 * verb (rw:arrested), how many were arrested (rw:arrestedCount), the organisation named before it
 * (rw:arrestedBy), the city and the date. Nothing is asserted when neither a person nor a count of
 * people is named.
 */
public final class ArrestFacts implements FactExtractor {
    static final String ARRESTED = Vocab.RW + "arrested";
    private static final RuleFile RULES = RuleFile.load("arrest");
    private static final Pattern CUE = RULES.pattern("cue");
    /** Units of a count of people: "3 أشخاص", "12 مشتبها فيه", "5 متهمين". */
    private static final Pattern PEOPLE = RULES.pattern("people");
    private static final int COUNT_WINDOW = RULES.number("count-window");

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
            int cueBegin = s.begin() + nt.begin(cue.start()), cueEnd = s.begin() + nt.end(cue.end());
            List<LinkedMention> in = v.in(s);
            List<LinkedMention> posts = v.in(s, MentionType.POST);
            List<LinkedMention> people = in.stream().filter(l -> l.mention().type() == MentionType.PER && DocumentView.linked(l)
                    && l.mention().begin() >= cueEnd && !PostHolders.insideAPost(l, posts)).toList();
            Optional<LinkedMention> count = in.stream().filter(l -> l.mention().type() == MentionType.QUANTITY && l.mention().begin() >= cueEnd
                    && l.mention().begin() - cueEnd < COUNT_WINDOW && PEOPLE.matcher(ArabicNormaliser.normalise(Slots.quantity(l).unit())).find())
                    .findFirst();
            if (people.isEmpty() && count.isEmpty()) continue;
            String node = Ids.event("arrest", v.docIri(), s.index(), cueBegin);
            out.describeEvent(node, "Arrest", "arrest", v.sentenceText(s));
            for (LinkedMention p : people) {
                out.fact(RULES.fact("facts.arrest", node, ARRESTED, Fact.Value.iri(DocumentView.iri(p)), s.index(), cueBegin, p.mention().end()));
            }
            count.ifPresent(c -> out.fact(RULES.fact("facts.arrest-count", node, Vocab.RW + "arrestedCount", Slots.integer(Slots.quantity(c).amount()),
                    s.index(), cueBegin, c.mention().end())));
            in.stream().filter(l -> l.mention().type() == MentionType.ORG && DocumentView.linked(l) && l.mention().end() <= cueBegin
                    && !PostHolders.insideAPost(l, posts) && !v.inDateline(l)).reduce((a, b) -> b)
                    .ifPresent(o -> out.fact(RULES.fact("facts.arrest-agent", node, Vocab.RW + "arrestedBy", Fact.Value.iri(DocumentView.iri(o)),
                            s.index(), o.mention().begin(), cueEnd)));
            in.stream().filter(l -> l.mention().type() == MentionType.LOC && DocumentView.linked(l) && !v.inDateline(l)
                    && "City".equals(v.kbType(l).orElse(""))).findFirst()
                    .ifPresent(c -> out.fact(RULES.fact("facts.arrest-place", node, Slots.LOCATION, Fact.Value.iri(DocumentView.iri(c)),
                            s.index(), Math.min(cueBegin, c.mention().begin()), Math.max(cueEnd, c.mention().end()))));
            Slots.startOnFirstFullDate(v, s, node, cueBegin, RULES, "facts.arrest-date", out);
        }
    }
}
