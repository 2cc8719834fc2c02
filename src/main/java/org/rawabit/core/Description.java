package org.rawabit.core;

/**
 * A triple that describes a node the fact extractors created (an election, a meeting, a
 * quotation, a post): its type, label or text. Descriptions carry no evidence of their own; the
 * facts about the node do.
 */
public record Description(String subject, String predicate, Fact.Value object) {}
