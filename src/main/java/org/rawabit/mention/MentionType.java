package org.rawabit.mention;

/** What a mention refers to. POST marks offices ("المدير العام للأمن الوطني") that facts attach people to. */
public enum MentionType {
    PER, ORG, LOC, EVENT, DATE, QUANTITY, POST;

    /** True for types whose mentions resolve to entities (dates and quantities are values). */
    public boolean isEntity() {
        return this != DATE && this != QUANTITY;
    }
}
