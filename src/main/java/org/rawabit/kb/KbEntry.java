package org.rawabit.kb;

import java.util.List;
import java.util.Optional;

/** A known entity: one row of a knowledge-base CSV. */
public record KbEntry(String id, KbType type, String labelAr, String labelEn, List<String> variantsAr,
        List<String> variantsEn, Optional<String> wikidata, Optional<String> partOf) {

    public KbEntry {
        variantsAr = List.copyOf(variantsAr);
        variantsEn = List.copyOf(variantsEn);
    }

    /** Every Arabic spelling: the label first, then the variants. */
    public List<String> arabicNames() {
        List<String> all = new java.util.ArrayList<>();
        all.add(labelAr);
        all.addAll(variantsAr);
        return all;
    }
}
