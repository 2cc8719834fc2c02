package org.rawabit.mention;

import java.util.List;
import java.util.Optional;
import org.rawabit.analysis.AnalysedDocument;
import org.rawabit.text.DateExpressions;

/** Dates and date ranges, with missing years taken from the publication date. */
public final class DateFinder implements MentionFinder {
    @Override
    public String name() {
        return "rules.date";
    }

    @Override
    public List<Mention> find(AnalysedDocument doc) {
        return DateExpressions.find(doc.text(), doc.article().published()).stream()
                .map(f -> new Mention(MentionType.DATE, f.begin(), f.end(), doc.surface(f.begin(), f.end()), name(),
                        0.9, Optional.empty(), Optional.of(new MentionValue.DateValue(f.first(), f.last()))))
                .toList();
    }
}
