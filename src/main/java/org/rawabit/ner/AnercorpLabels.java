package org.rawabit.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rawabit.mention.MentionType;

/**
 * ANERcorp's labels (IOB2 over PERS, LOC, ORG, MISC) and how they map to Rawabit's
 * {@link MentionType}s: PERS→PER, ORG→ORG, LOC→LOC; MISC (nationalities, events, products…) has no
 * Rawabit type and is not emitted.
 */
public final class AnercorpLabels {
    private AnercorpLabels() {}

    public static final String OUTSIDE = "O";
    /** The four ANERcorp entity types. */
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");

    /** Entity type of a tag ("B-PERS" → "PERS", "PERS" → "PERS"), or "" for O. */
    public static String typeOf(String tag) {
        if (tag == null || tag.equals(OUTSIDE) || tag.isEmpty()) return "";
        int dash = tag.indexOf('-');
        return dash >= 0 ? tag.substring(dash + 1) : tag;
    }

    /** Rawabit type of an ANERcorp type or tag ("PERS", "B-PERS", "I-PERS" → PER); empty for MISC and O. */
    public static Optional<MentionType> toMentionType(String label) {
        return switch (typeOf(label)) {
            case "PERS" -> Optional.of(MentionType.PER);
            case "ORG" -> Optional.of(MentionType.ORG);
            case "LOC" -> Optional.of(MentionType.LOC);
            default -> Optional.empty();
        };
    }

    /** ANERcorp type of a Rawabit type (PER → "PERS"); empty for types ANERcorp does not annotate. */
    public static Optional<String> toAnercorp(MentionType type) {
        return switch (type) {
            case PER -> Optional.of("PERS");
            case ORG -> Optional.of("ORG");
            case LOC -> Optional.of("LOC");
            default -> Optional.empty();
        };
    }

    /** IOB2 → IOBES (S- single, B- begin, I- inside, E- end), the encoding the CRF is trained on. */
    public static List<String> iob2ToIobes(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i), type = typeOf(t);
            if (type.isEmpty()) {
                out.add(OUTSIDE);
                continue;
            }
            boolean begins = !t.startsWith("I-") || i == 0 || !typeOf(tags.get(i - 1)).equals(type);
            boolean continues = i + 1 < tags.size() && tags.get(i + 1).startsWith("I-") && typeOf(tags.get(i + 1)).equals(type);
            out.add((begins ? (continues ? "B-" : "S-") : (continues ? "I-" : "E-")) + type);
        }
        return out;
    }

    /**
     * IOBES (or IOB1/IOB2) → well-formed IOB2: an entity starts at S-/B-, or at I-/E- that does not
     * continue an entity of the same type; E- and S- close it.
     */
    public static List<String> toIob2(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String open = "";
        for (String t : tags) {
            String type = typeOf(t);
            if (type.isEmpty()) {
                out.add(OUTSIDE);
                open = "";
                continue;
            }
            String p = t.length() > 1 && t.charAt(1) == '-' ? t.substring(0, 1) : "B";
            boolean inside = (p.equals("I") || p.equals("E")) && open.equals(type);
            out.add((inside ? "I-" : "B-") + type);
            open = (p.equals("E") || p.equals("S")) ? "" : type;
        }
        return out;
    }
}
