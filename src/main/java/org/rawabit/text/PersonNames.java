package org.rawabit.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a person's name key says of the person: its given name, and for a lineage name ("عبدالعزيز بن سعود بن
 * نايف آل سعود", key {@code عبدالعزيز بنسعود بننايف ال سعود}) the chain of fathers and the family. Two lineage
 * names are of one person when they share the given name, one chain of fathers starts the other and their
 * families do not differ: "عبدالعزيز بن سعود" is "عبدالعزيز بن سعود بن نايف بن عبدالعزيز", "محمد بن سلمان" is not
 * "محمد بن زايد". Used within an article (the resolver) and across articles (the store's links), so both agree.
 */
public final class PersonNames {
    private PersonNames() {}

    /** The key persons are compared by: a mention's key with "بن X" and compounds joined as {@link ArabicNormaliser#nameKey} joins them. */
    public static String key(String mentionKey) {
        return ArabicNormaliser.nameKey(mentionKey);
    }

    /** A lineage name: given name, fathers (nearest first), family ("" when the name gives none). */
    public record Lineage(String given, List<String> fathers, String family) {
        /** Whether {@code other} names the same person as far as both names go. */
        public boolean compatible(Lineage other) {
            if (!given.equals(other.given)) return false;
            List<String> shorter = fathers.size() <= other.fathers.size() ? fathers : other.fathers;
            List<String> longer = shorter == fathers ? other.fathers : fathers;
            if (!longer.subList(0, shorter.size()).equals(shorter)) return false;
            return family.isEmpty() || other.family.isEmpty() || family.equals(other.family);
        }

        /** How much the name says: fathers first, then a family. */
        public int detail() {
            return fathers.size() * 2 + (family.isEmpty() ? 0 : 1);
        }
    }

    /** The lineage a person key spells, when it has a given name and at least one "بن X"; else empty. */
    public static Optional<Lineage> lineage(String key) {
        String[] w = key.split(" ");
        if (w.length < 2 || father(w[0]).isPresent()) return Optional.empty();
        List<String> fathers = new java.util.ArrayList<>();
        int i = 1;
        for (; i < w.length; i++) {
            Optional<String> f = father(w[i]);
            if (f.isEmpty()) break;
            fathers.add(f.get());
        }
        if (fathers.isEmpty()) return Optional.empty();
        String[] rest = Arrays.copyOfRange(w, i, w.length);
        // "آل سعود": the family word before the family's name
        if (rest.length > 0 && rest[0].equals(familyWord())) rest = Arrays.copyOfRange(rest, 1, rest.length);
        if (rest.length > 2) return Optional.empty();
        return Optional.of(new Lineage(w[0], List.copyOf(fathers), String.join(" ", rest)));
    }

    /** "بنسعود" → سعود: a key word that is بن/ابن/بنت glued to a name of at least three letters. */
    public static Optional<String> father(String keyWord) {
        for (String link : LINKS) {
            if (keyWord.startsWith(link) && keyWord.length() - link.length() >= 3) return Optional.of(keyWord.substring(link.length()));
        }
        return Optional.empty();
    }

    /** The lineage words folded as keys are, longest first ("ابن" before "بن"). */
    private static final List<String> LINKS = Affixes.LINEAGE.stream().map(ArabicNormaliser::normalise)
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    private static String familyWord() {
        return ArabicNormaliser.normalise(Affixes.FAMILY);
    }
}
