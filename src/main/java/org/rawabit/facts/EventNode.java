package org.rawabit.facts;

import java.util.Locale;
import java.util.Map;
import org.rawabit.analysis.Sentence;
import org.rawabit.core.Fact;
import org.rawabit.core.Ids;
import org.rawabit.mention.MentionType;

/**
 * An event node a rule mints from one sentence (an rw:Meeting, an rw:Arrest…) and the facts it states
 * there: each fact has that sentence as evidence, a span in it, and the confidence the rule file gives
 * the rule that found it.
 */
final class EventNode {
    private final RuleFile rules;
    private final FactExtractor.FactSink out;
    private final Sentence sentence;
    private final String iri;

    private EventNode(RuleFile rules, FactExtractor.FactSink out, Sentence sentence, String iri) {
        this.rules = rules;
        this.out = out;
        this.sentence = sentence;
        this.iri = iri;
    }

    /**
     * Mints and describes the node of Rawabit's class {@code rwClass} ("Arrest", of kind "arrest"),
     * labelled {@code label}, whose id is made of {@code idParts} ({@link Ids#event}).
     */
    static EventNode mint(RuleFile rules, FactExtractor.FactSink out, Sentence s, String rwClass, String label, Object... idParts) {
        String kind = rwClass.toLowerCase(Locale.ROOT);
        EventNode node = new EventNode(rules, out, s, Ids.event(kind, idParts));
        out.describeEvent(node.iri, rwClass, kind, label);
        return node;
    }

    String iri() {
        return iri;
    }

    /** {@code node predicate value}, found by {@code rule} in [begin, end) of the sentence. */
    void has(String rule, String predicate, Fact.Value value, int begin, int end) {
        fact(rule, iri, predicate, value, begin, end);
    }

    /** {@code node predicate entity}. */
    void has(String rule, String predicate, String entityIri, int begin, int end) {
        fact(rule, iri, predicate, Fact.Value.iri(entityIri), begin, end);
    }

    /** {@code entity predicate node}: "X rw:signed the agreement". */
    void objectOf(String rule, String entityIri, String predicate, int begin, int end) {
        fact(rule, entityIri, predicate, Fact.Value.iri(iri), begin, end);
    }

    /** A fact the rule states from the same sentence about something else ("A rw:met B" beside their meeting). */
    void fact(String rule, String subject, String predicate, Fact.Value value, int begin, int end) {
        out.fact(rules.fact(rule, subject, predicate, value, sentence.index(), begin, end));
    }

    /**
     * The sentence's first date known to the day as the node's start, with evidence from {@code begin}
     * (or the date, if earlier) to the end of the sentence.
     */
    void startOnFirstFullDate(DocumentView v, int begin, String rule) {
        v.in(sentence, MentionType.DATE).stream().map(d -> Map.entry(d, Slots.dateOf(d).first()))
                .filter(d -> d.getValue().day() != 0).findFirst()
                .ifPresent(d -> has(rule, Slots.START, Slots.date(d.getValue()), Math.min(begin, d.getKey().mention().begin()), sentence.end()));
    }
}
