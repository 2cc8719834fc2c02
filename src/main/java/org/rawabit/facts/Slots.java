package org.rawabit.facts;

import java.util.Map;
import java.util.regex.Pattern;
import org.rawabit.core.Fact;
import org.rawabit.core.Vocab;
import org.rawabit.mention.MentionValue;
import org.rawabit.resolve.LinkedMention;
import org.rawabit.text.ArabicNormaliser;
import org.rawabit.text.PartialDate;

/** Slots and typed values several relations fill the same way (dates, places, counts); not a rule. */
public final class Slots {
    private Slots() {}

    public static final String START = Vocab.SCHEMA + "startDate";
    public static final String END = Vocab.SCHEMA + "endDate";
    public static final String LOCATION = Vocab.SCHEMA + "location";
    public static final String ATTENDEE = Vocab.SCHEMA + "attendee";
    public static final String COUNTRIES = Vocab.RW + "participatingCountryCount";
    private static final Map<String, String> COUNT_PROPERTIES = DocumentView.SHARED.map("count-properties");
    private static final Pattern COUNT_SUFFIX = DocumentView.SHARED.pattern("count-suffix");

    public static Fact.Value date(PartialDate d) {
        return Fact.Value.typed(d.lexical(), Vocab.XSD + d.xsdType());
    }

    public static Fact.Value integer(long n) {
        return Fact.Value.typed(String.valueOf(n), Vocab.XSD + "integer");
    }

    public static MentionValue.Quantity quantity(LinkedMention l) {
        return (MentionValue.Quantity) l.mention().value().orElseThrow();
    }

    public static MentionValue.DateValue dateOf(LinkedMention l) {
        return (MentionValue.DateValue) l.mention().value().orElseThrow();
    }

    /** The count property for a counted noun, trying it without its case ending (ا) or plural suffix; null if none. */
    public static String countProperty(String unit) {
        String u = ArabicNormaliser.normalise(unit);
        for (String stem : new String[] {u, COUNT_SUFFIX.matcher(u).replaceAll("")}) {
            if (COUNT_PROPERTIES.containsKey(stem)) return COUNT_PROPERTIES.get(stem);
        }
        return null;
    }
}
