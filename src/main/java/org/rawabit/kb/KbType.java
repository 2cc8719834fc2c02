package org.rawabit.kb;

import org.rawabit.mention.MentionType;

/** Kinds of known entities in the knowledge base CSVs, with the mention type each one yields. */
public enum KbType {
    Country(MentionType.LOC), City(MentionType.LOC), Region(MentionType.LOC), Place(MentionType.LOC),
    Organization(MentionType.ORG), GovernmentOrganization(MentionType.ORG),
    Person(MentionType.PER), Event(MentionType.EVENT), Post(MentionType.POST);

    private final MentionType mentionType;

    KbType(MentionType mentionType) {
        this.mentionType = mentionType;
    }

    public MentionType mentionType() {
        return mentionType;
    }
}
