package org.rawabit.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.rawabit.analysis.Sentence;
import org.rawabit.mention.MentionType;
import org.rawabit.core.Vocab;
import org.rawabit.resolve.LinkedMention;

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
    /** Folded characters allowed between the signing verb and the agreement noun. */
    static final int MAX_CUE_DISTANCE = RULES.number("max-cue-distance");

    @Override
    public void extract(DocumentView v, FactSink out) {
        PostHolders holders = v.postHolders();
        for (Cue sign : v.cues(RULES.pattern("sign"))) {
            Sentence s = sign.sentence();
            Matcher what = RULES.pattern("agreement").matcher(sign.text());
            if (!what.find() || !signsAgreement(v, sign, what)) continue;
            int cue = sign.at(Math.min(sign.match().start(), what.start()));
            Map<String, LinkedMention> parties = new LinkedHashMap<>(); // entity IRI → how it is named
            Optional<LinkedMention> city = Optional.empty();
            int[] clause = clause(sign, Math.min(sign.match().start(), what.start()), Math.max(sign.match().end(), what.end()));
            for (LinkedMention l : v.named(s, MentionType.PER, MentionType.ORG, MentionType.LOC, MentionType.POST)) {
                if (v.inDateline(l) || l.mention().begin() < clause[0] || l.mention().end() > clause[1]) continue;
                Optional<String> party = holders.partyIri(v, l);
                if (party.isPresent()) parties.putIfAbsent(party.get(), l);
                else if (l.mention().type() == MentionType.LOC && city.isEmpty()) city = Optional.of(l);
            }
            if (parties.size() < 2) continue;
            String label = v.phrase(sign.at(what.start()), s.end(), RULES.number("label-words"));
            EventNode agreement = EventNode.mint(RULES, out, s, "Agreement", label, v.docIri(), s.index(), parties.keySet());
            int end = s.end();
            for (Map.Entry<String, LinkedMention> p : parties.entrySet()) {
                int begin = Math.min(cue, p.getValue().mention().begin());
                agreement.objectOf("facts.agreement", p.getKey(), SIGNED, begin, end);
                agreement.has("facts.agreement", Vocab.RW + "party", p.getKey(), begin, end);
            }
            city.ifPresent(c -> agreement.has("facts.agreement-place", Slots.LOCATION, DocumentView.iri(c), Math.min(cue, c.mention().begin()), end));
            agreement.startOnFirstFullDate(v, cue, "facts.agreement-date");
        }
    }

    /**
     * The original offsets of the clause holding the signing (folded {@code from}–{@code to} in the sentence): from the
     * last clause break before it to the first after it, else the sentence's bounds.
     */
    private static int[] clause(Cue sign, int from, int to) {
        int begin = sign.sentence().begin(), end = sign.sentence().end();
        Matcher m = RULES.pattern("clause-break").matcher(sign.text());
        while (m.find()) {
            if (m.end() <= from) begin = sign.at(m.start());
            else if (m.start() >= to) {
                end = sign.at(m.start());
                break;
            }
        }
        return new int[] {begin, end};
    }

    /**
     * Whether the signing verb signs the agreement named: "وقع" also means "happened" ("وقع الحادث"), so the
     * agreement is named close to it, and the verb is followed by who signed, by "على", or by the agreement itself.
     */
    private static boolean signsAgreement(DocumentView v, Cue sign, Matcher what) {
        String folded = sign.text();
        int signStart = sign.match().start(), signEnd = sign.match().end();
        if (Math.abs(what.start() - signEnd) > MAX_CUE_DISTANCE && Math.abs(signStart - what.end()) > MAX_CUE_DISTANCE) return false;
        int next = signEnd;
        while (next < folded.length() && Character.isWhitespace(folded.charAt(next))) next++;
        int nextOriginal = sign.at(Math.min(next, folded.length() - 1));
        boolean signer = v.in(sign.sentence()).stream().anyMatch(l -> DocumentView.linked(l) && l.mention().begin() <= nextOriginal
                && l.mention().end() > nextOriginal);
        return signer || next == what.start() || RULES.pattern("signing-object").matcher(folded).region(next, folded.length()).lookingAt();
    }

    @Override
    public RuleFile rules() {
        return RULES;
    }
}
