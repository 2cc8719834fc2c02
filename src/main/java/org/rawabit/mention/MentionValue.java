package org.rawabit.mention;

import java.util.Optional;
import org.rawabit.text.PartialDate;

/** Typed value a mention carries beyond its span: a date range, a count, or an event's identity. */
public sealed interface MentionValue {

    /** A day, month or year, or a range of them ("بين 24 و27 نوفمبر 2025"). */
    record DateValue(PartialDate first, PartialDate last) implements MentionValue {}

    /** A counted amount ("179 دولة" → 179 دولة; "37 في المئة" → 37 percent). */
    record Quantity(long amount, String unit, boolean percent) implements MentionValue {}

    /**
     * An event described by kind, ordinal and organiser ("الدورة الـ93 للجمعية العامة للإنتربول" →
     * general-assembly, 93, the INTERPOL mention span).
     */
    /**
     * A numbered event: its kind ("conference"), number, the span of its organiser's name, and the
     * adjectives that narrow the kind ("الإقليمي الإفريقي" in "المؤتمر الإقليمي الإفريقي الـ26"),
     * as a name key, so that an organiser's African and European 26th regional conferences differ; an
     * unnumbered session named by where it stands ("الدورة القادمة لـ…") carries that offset as {@code relative}.
     */
    record EventValue(String kind, Optional<Integer> ordinal, Optional<Span> organiser, Optional<String> qualifier, Optional<Integer> relative)
            implements MentionValue {
        /** A numbered event, or an unnumbered one of a series. */
        public EventValue(String kind, Optional<Integer> ordinal, Optional<Span> organiser, Optional<String> qualifier) {
            this(kind, ordinal, organiser, qualifier, Optional.empty());
        }
    }

    /**
     * An event named by its words rather than a number ("كأس العالم 2026", "انتخابات التجديد النصفي"), of
     * a kind ("cup", "election"): the same name is the same event in every article, unless {@code ofTheArticle}
     * ("الانتخابات الرئاسية": named by its kind alone, the one the article is about).
     */
    record NamedEvent(String kind, boolean ofTheArticle) implements MentionValue {
        public NamedEvent(String kind) {
            this(kind, false);
        }
    }

    /** A place that lies in the place named at {@code container} ("غلاسكو" in "غلاسكو باسكتلندا"). */
    record Within(Span container) implements MentionValue {}

    /**
     * The name of what a short span stands for, when the text names it only in part: "الداخلية" in "وزير الداخلية
     * اللبناني" stands for "وزارة الداخلية اللبنانية". The entity is labelled by it.
     */
    record FullName(String name) implements MentionValue {}

    /** A character span inside the same document. */
    record Span(int begin, int end) {}
}
