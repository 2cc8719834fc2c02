package org.rawabit.facts;

import org.rawabit.core.Vocab;
import org.rawabit.resolve.ResolvedDocument;
import org.rawabit.core.Fact;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Description;

/** One family of fact rules (posts, events, organisation facts, …) over a resolved document. */
public interface FactExtractor {
    /** Adds what it finds in {@code doc} to {@code out}. */
    void extract(DocumentView doc, FactSink out);

    /** The rule file the extractor's cue words, slots and confidences come from (part of the pipeline fingerprint). */
    RuleFile rules();

    /** Collects facts and node descriptions. */
    interface FactSink {
        void fact(Fact f);

        void describe(Description d);

        /** An event node: schema:Event and Rawabit's class {@code rwClass} ("Meeting"), its kind and Arabic label. */
        default void describeEvent(String node, String rwClass, String kind, String arabicLabel) {
            describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.SCHEMA + "Event")));
            describe(new Description(node, Vocab.RDF + "type", Fact.Value.iri(Vocab.RW + rwClass)));
            describe(new Description(node, Vocab.RW + "eventKind", Fact.Value.plain(kind)));
            describe(new Description(node, Vocab.RDFS + "label", Fact.Value.arabic(arabicLabel)));
        }
    }

    /** Runs several extractors over a document. */
    static ExtractedFacts runAll(java.util.List<FactExtractor> extractors, ResolvedDocument doc) {
        java.util.List<Fact> facts = new java.util.ArrayList<>();
        java.util.Set<Description> descriptions = new java.util.LinkedHashSet<>();
        FactSink sink = new FactSink() {
            @Override
            public void fact(Fact f) {
                if (!facts.contains(f)) facts.add(f);
            }

            @Override
            public void describe(Description d) {
                descriptions.add(d);
            }
        };
        DocumentView view = new DocumentView(doc);
        for (FactExtractor e : extractors) e.extract(view, sink);
        return new ExtractedFacts(facts, new java.util.ArrayList<>(descriptions));
    }
}
