package org.rawabit.facts;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rawabit.analysis.Sentence;
import org.rawabit.text.NormalisedText;

/**
 * A cue matched in a sentence ({@link DocumentView#cues}): the sentence, its folded text with the map
 * back to the original, and the match. Folded indexes (the match's, {@link #text()}'s) are mapped to
 * document offsets by {@link #at} and {@link #endAt}; {@link #begin()} and {@link #end()} are the
 * cue's own span in the document.
 */
public record Cue(Sentence sentence, NormalisedText folded, MatchResult match) {

    /** The folded sentence the cue was matched in. */
    public String text() {
        return folded.text();
    }

    /** Document offset where the cue starts. */
    public int begin() {
        return at(match.start());
    }

    /** Document offset just after the cue (its diacritics included). */
    public int end() {
        return endAt(match.end());
    }

    /** Document offset of the character at folded index {@code i}. */
    public int at(int i) {
        return sentence.begin() + folded.begin(i);
    }

    /** Document offset just after the folded range ending at {@code i}. */
    public int endAt(int i) {
        return sentence.begin() + folded.end(i);
    }

    /** The first match of {@code p} after the cue, when it starts at most {@code maxGap} folded characters after it. */
    public Optional<MatchResult> followedBy(Pattern p, int maxGap) {
        Matcher m = p.matcher(folded.text());
        return m.find(match.end()) && m.start() - match.end() <= maxGap ? Optional.of(m.toMatchResult()) : Optional.empty();
    }
}
