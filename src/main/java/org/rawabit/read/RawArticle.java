package org.rawabit.read;

/**
 * Fields of an article as a container gives them, before cleaning. Empty strings mean "not given".
 */
public record RawArticle(String id, String origin, String title, String date, String source, String url, String text) {}
