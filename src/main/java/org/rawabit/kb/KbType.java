package org.rawabit.kb;

/** Kinds of known entities in the knowledge base CSVs (the mention type each yields: {@code MentionType.of}). */
public enum KbType {
    Country, City, Region, Place, Organization, GovernmentOrganization, Person, Event, Post
}
