package org.rawabit.mention;

import org.rawabit.kb.KbType;

/** What a mention refers to. POST marks offices ("المدير العام للأمن الوطني") that facts attach people to. */
public enum MentionType {
    PER, ORG, LOC, EVENT, DATE, QUANTITY, POST;

    /** True for types whose mentions resolve to entities (dates and quantities are values). */
    public boolean isEntity() {
        return this != DATE && this != QUANTITY;
    }

    /** The mention type a kind of known entity yields. */
    public static MentionType of(KbType kind) {
        return switch (kind) {
            case Country, City, Region, Place -> LOC;
            case Organization, GovernmentOrganization -> ORG;
            case Person -> PER;
            case Event -> EVENT;
            case Post -> POST;
        };
    }
}
