package org.rawabit.core;

import java.util.List;

/** What the fact extractors found in one document. */
public record ExtractedFacts(List<Fact> facts, List<Description> descriptions) {
    public ExtractedFacts {
        facts = List.copyOf(facts);
        descriptions = List.copyOf(descriptions);
    }

    public static ExtractedFacts none() {
        return new ExtractedFacts(List.of(), List.of());
    }
}
