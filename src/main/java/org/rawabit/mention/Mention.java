package org.rawabit.mention;

import java.util.Optional;
import org.rawabit.text.ArabicNormaliser;

/**
 * A span of an article's text that names something.
 *
 * @param type       what it names
 * @param begin      start offset in the article text
 * @param end        end offset (exclusive)
 * @param surface    the text at [begin, end), exactly as in the article
 * @param finder     name of the rule, gazetteer or model that found it (provenance)
 * @param confidence in [0, 1]
 * @param kbId       id of the known entity it names, when the knowledge base knows it
 * @param value      typed value for dates, quantities and events
 * @param key        matching key of the name (folded, article- and clitic-free), for resolution
 */
public record Mention(MentionType type, int begin, int end, String surface, String finder, double confidence,
        Optional<String> kbId, Optional<MentionValue> value, String key) {

    /** A mention whose key is derived from its surface text. */
    public Mention(MentionType type, int begin, int end, String surface, String finder, double confidence,
            Optional<String> kbId, Optional<MentionValue> value) {
        this(type, begin, end, surface, finder, confidence, kbId, value, ArabicNormaliser.nameKey(surface));
    }

    public Mention {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        if (surface.length() != end - begin) throw new IllegalArgumentException("surface does not match span");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]");
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Mention o) {
        return begin < o.end && o.begin < end;
    }

    public boolean contains(Mention o) {
        return begin <= o.begin && o.end <= end;
    }
}
