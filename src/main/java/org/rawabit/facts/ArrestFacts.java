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
    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{IsArabic}])(?:و|ف|من)?(?:توقيف|اعتقال|القبض علي|ايقاف|اوقفت|اوقف|اعتقلت|اعتقل)(?![\\p{IsArabic}])");
    /** Units of a count of people: "3 أشخاص", "12 مشتبها فيه", "5 متهمين". */
    private static final Pattern PEOPLE = Pattern.compile("^(?:شخص|اشخاص|اشخاصا|مشتبه|مشتبها|متهم|متهمين|متهما|فرد|افراد|عنصر|عناصر)");

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
                    && l.mention().begin() >= cueEnd && !PostFacts.insideAPost(l, posts)).toList();
            Optional<LinkedMention> count = in.stream().filter(l -> l.mention().type() == MentionType.QUANTITY && l.mention().begin() >= cueEnd
                    && l.mention().begin() - cueEnd < 20 && PEOPLE.matcher(ArabicNormaliser.normalise(
                            ((MentionValue.Quantity) l.mention().value().orElseThrow()).unit())).find()).findFirst();
            if (people.isEmpty() && count.isEmpty()) continue;
            String node = Ids.event("arrest", v.docIri(), s.index(), cueBegin);
            out.describeEvent(node, "Arrest", "arrest", v.sentenceText(s));
            for (LinkedMention p : people) {
                out.fact(new Fact(node, ARRESTED, Fact.Value.iri(DocumentView.iri(p)), s.index(), cueBegin, p.mention().end(), "facts.arrest", 0.7));
            }
            count.ifPresent(c -> out.fact(new Fact(node, Vocab.RW + "arrestedCount", Fact.Value.typed(
                    String.valueOf(((MentionValue.Quantity) c.mention().value().orElseThrow()).amount()), Vocab.XSD + "integer"),
                    s.index(), cueBegin, c.mention().end(), "facts.arrest", 0.75)));
            in.stream().filter(l -> l.mention().type() == MentionType.ORG && DocumentView.linked(l) && l.mention().end() <= cueBegin
                    && !PostFacts.insideAPost(l, posts) && !v.inDateline(l)).reduce((a, b) -> b)
                    .ifPresent(o -> out.fact(new Fact(node, Vocab.RW + "arrestedBy", Fact.Value.iri(DocumentView.iri(o)), s.index(),
                            o.mention().begin(), cueEnd, "facts.arrest-agent", 0.7)));
            in.stream().filter(l -> l.mention().type() == MentionType.LOC && DocumentView.linked(l) && !v.inDateline(l)
                    && "City".equals(v.kbType(l).orElse(""))).findFirst()
                    .ifPresent(c -> out.fact(new Fact(node, EventFacts.LOCATION, Fact.Value.iri(DocumentView.iri(c)), s.index(),
                            Math.min(cueBegin, c.mention().begin()), Math.max(cueEnd, c.mention().end()), "facts.arrest-place", 0.7)));
            EventFacts.startOnFirstFullDate(v, s, node, cueBegin, "facts.arrest-date", out);
        }
    }
}
