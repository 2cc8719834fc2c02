package org.rawabit.core;

/**
 * One statement extracted from a sentence: subject, predicate and object IRIs or a typed literal,
 * with the evidence (sentence and character span), the rule that produced it and its confidence.
 *
 * @param subject    IRI of the subject
 * @param predicate  IRI of the predicate
 * @param object     IRI or literal
 * @param sentence   index of the sentence it comes from
 * @param begin      start of the evidence span in the article text
 * @param end        end of the evidence span
 * @param extractor  name of the rule ("facts.post-apposition", …)
 * @param confidence in [0, 1]
 */
public record Fact(String subject, String predicate, Value object, int sentence, int begin, int end, String extractor,
        double confidence) {

    public Fact {
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]");
        if (end < begin) throw new IllegalArgumentException("bad evidence span");
    }

    /** The object of a fact or description: an IRI or a literal. */
    public sealed interface Value {
        static Value iri(String iri) {
            return new Iri(iri);
        }

        static Value typed(String lexical, String datatypeIri) {
            return new Literal(lexical, datatypeIri, "");
        }

        static Value arabic(String text) {
            return new Literal(text, "", "ar");
        }

        static Value plain(String text) {
            return new Literal(text, "", "");
        }
    }

    public record Iri(String iri) implements Value {}

    /** A literal: with a datatype, a language tag, or neither (a plain string). */
    public record Literal(String lexical, String datatype, String lang) implements Value {}
}
