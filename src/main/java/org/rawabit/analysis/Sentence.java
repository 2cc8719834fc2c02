package org.rawabit.analysis;

/** A sentence as token range [firstToken, endToken) and character range [begin, end). */
public record Sentence(int index, int begin, int end, int firstToken, int endToken) {}
