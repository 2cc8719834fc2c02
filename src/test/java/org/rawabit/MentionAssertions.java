package org.rawabit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.rawabit.mention.Mention;
import org.rawabit.mention.MentionType;

/** Assertions on the mentions found in a sentence, shared by the tests of the finders on new text. */
public final class MentionAssertions {
    private MentionAssertions() {}

    public static boolean has(List<Mention> ms, MentionType type, String surface) {
        return ms.stream().anyMatch(m -> m.type() == type && m.surface().equals(surface));
    }

    public static void assertHas(List<Mention> ms, MentionType type, String surface) {
        assertTrue(has(ms, type, surface), "no " + type + " '" + surface + "' in " + ms);
    }

    public static void assertNoMentionContaining(List<Mention> ms, MentionType type, String part) {
        assertTrue(ms.stream().noneMatch(m -> m.type() == type && m.surface().contains(part)), type + " with '" + part + "' in " + ms);
    }
}
