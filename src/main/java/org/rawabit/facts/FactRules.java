package org.rawabit.facts;

import java.util.List;
import org.rawabit.core.ExtractedFacts;
import org.rawabit.core.Ids;
import org.rawabit.resolve.ResolvedDocument;

/** The one list of fact rules, in the order they run, and the fingerprint of their rule files. */
public final class FactRules {
    private FactRules() {}

    public static final List<FactExtractor> ALL = List.of(new PostFacts(), new EventFacts(), new OrganisationFacts(), new ElectionFacts(),
            new AppointmentFacts(), new MeetingFacts(), new AgreementFacts(), new ArrestFacts(), new AwardFacts(), new QuoteFacts(),
            new StatisticFacts());

    /** Hash of every rule file the rules read (their own and the shared one): changes when any cue, slot or confidence does. */
    public static String fingerprint() {
        StringBuilder all = new StringBuilder(DocumentView.SHARED.content());
        for (FactExtractor e : ALL) all.append('\u0000').append(e.rules().name()).append('\u0000').append(e.rules().content());
        return Ids.sha256Hex(all.toString());
    }

    /** Runs every rule over a document. */
    public static ExtractedFacts extract(ResolvedDocument doc) {
        return FactExtractor.runAll(ALL, doc);
    }
}
