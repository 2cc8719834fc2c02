package org.rawabit.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Agreements: "وقع المغرب وإسبانيا اتفاقية للتعاون الأمني بالرباط", "تم التوقيع على مذكرة تفاهم بين
 * المديرية العامة للأمن الوطني والشرطة الوطنية الإسبانية". A sentence that both signs ("وقع",
 * "التوقيع") and names an agreement ("اتفاقية", "مذكرة تفاهم", "بروتوكول") gives an rw:Agreement
 * node with its parties (the people, organisations and countries named in the sentence; a post
 * stands for its one holder in the article), place (a city) and date, and {@code party rw:signed
 * agreement} for each party. Fewer than two parties, or none named, is no fact.
 */
public final class AgreementFacts implements FactExtractor {
    static final String SIGNED = Vocab.RW + "signed";
    private static final RuleFile RULES = RuleFile.load("agreement");
    private static final Pattern SIGNING_OBJECT = RULES.pattern("signing-object");
    /** Folded characters allowed between the signing verb and the agreement noun. */
    static final int MAX_CUE_DISTANCE = RULES.number("max-cue-distance");
    private static final int LABEL_WORDS = RULES.number("label-words");
    private static final Pattern SIGN = RULES.pattern("sign");
    private static final Pattern AGREEMENT = RULES.pattern("agreement");

    @Override
    public RuleFile rules() {
        return RULES;
    }

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        for (Sentence s : v.sentences()) {
            NormalisedText nt = v.normalised(s);
            Matcher sign = SIGN.matcher(nt.text());
            Matcher what = AGREEMENT.matcher(nt.text());
            if (!sign.find() || !what.find()) continue;
            // "وقع" also means "happened" ("وقع الحادث"): the agreement is named close to the signing, and the
            // verb is followed by who signed, by "على", or by the agreement itself
            if (Math.abs(what.start() - sign.end()) > MAX_CUE_DISTANCE && Math.abs(sign.start() - what.end()) > MAX_CUE_DISTANCE) continue;
            int next = sign.end();
            while (next < nt.text().length() && Character.isWhitespace(nt.text().charAt(next))) next++;
            int nextOriginal = s.begin() + nt.begin(Math.min(next, nt.text().length() - 1));
            boolean signer = v.in(s).stream().anyMatch(l -> DocumentView.linked(l) && l.mention().begin() <= nextOriginal
                    && l.mention().end() > nextOriginal);
            if (!signer && next != what.start() && !SIGNING_OBJECT.matcher(nt.text()).region(next, nt.text().length()).lookingAt()) continue;
            int cue = s.begin() + nt.begin(Math.min(sign.start(), what.start()));
            Map<String, LinkedMention> parties = new LinkedHashMap<>(); // entity IRI → how it is named
            List<LinkedMention> posts = v.in(s, MentionType.POST);
            Optional<LinkedMention> city = Optional.empty();
            for (LinkedMention l : v.in(s)) {
                if (!DocumentView.linked(l) || v.inDateline(l) || PostHolders.insideAPost(l, posts)) continue;
                Optional<String> party = holders.partyIri(v, l);
                if (party.isPresent()) parties.putIfAbsent(party.get(), l);
                else if (l.mention().type() == MentionType.LOC && city.isEmpty()) city = Optional.of(l);
            }
            if (parties.size() < 2) continue;
            String label = v.phrase(s.begin() + nt.begin(what.start()), s.end(), LABEL_WORDS);
            String node = Ids.event("agreement", v.docIri(), s.index(), parties.keySet());
            int end = s.end();
            out.describeEvent(node, "Agreement", "agreement", label);
            for (Map.Entry<String, LinkedMention> p : parties.entrySet()) {
                int begin = Math.min(cue, p.getValue().mention().begin());
                out.fact(RULES.fact("facts.agreement", p.getKey(), SIGNED, Fact.Value.iri(node), s.index(), begin, end));
                out.fact(RULES.fact("facts.agreement", node, Vocab.RW + "party", Fact.Value.iri(p.getKey()), s.index(), begin, end));
            }
            city.ifPresent(c -> out.fact(RULES.fact("facts.agreement-place", node, Slots.LOCATION, Fact.Value.iri(DocumentView.iri(c)),
                    s.index(), Math.min(cue, c.mention().begin()), end)));
            Slots.startOnFirstFullDate(v, s, node, cue, RULES, "facts.agreement-date", out);
        }
    }
}
