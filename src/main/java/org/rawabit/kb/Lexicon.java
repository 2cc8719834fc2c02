package org.rawabit.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rawabit.text.ArabicNormaliser;

/**
 * Word lists the rules use, loaded from {@code ontology/lexicon/} and stored as name keys (folded,
 * article-free, compound names joined) so that they compare directly with the mention finder's word keys.
 */
public final class Lexicon {
    public final Set<String> personTitles;
    public final Set<String> postHeads;
    public final Set<String> orgHeads;
    public final Set<String> placeHeads;
    public final Map<String, String> eventHeads;
    public final Set<String> speechVerbs;
    public final Set<String> meetingVerbs;
    public final Set<String> givenNames;
    public final Set<String> nameStops;
    public final Set<String> descriptiveAdjectives;

    private Lexicon() {
        personTitles = keys("person-titles.txt");
        postHeads = keys("post-heads.txt");
        orgHeads = keys("org-heads.txt");
        placeHeads = keys("place-heads.txt");
        eventHeads = pairs("event-heads.txt");
        speechVerbs = keys("speech-verbs.txt");
        meetingVerbs = keys("meeting-verbs.txt");
        givenNames = keys("given-names.txt");
        nameStops = keys("name-stops.txt");
        descriptiveAdjectives = keys("descriptive-adjectives.txt");
    }

    /** Hash of every word list, part of the pipeline's fingerprint. */
    public String fingerprint() {
        return org.rawabit.core.Ids.sha256Hex(String.join("|", new java.util.TreeSet<>(personTitles).toString(),
                new java.util.TreeSet<>(postHeads).toString(), new java.util.TreeSet<>(orgHeads).toString(),
                new java.util.TreeSet<>(placeHeads).toString(), new java.util.TreeMap<>(eventHeads).toString(),
                new java.util.TreeSet<>(speechVerbs).toString(), new java.util.TreeSet<>(meetingVerbs).toString(),
                new java.util.TreeSet<>(givenNames).toString(),
                new java.util.TreeSet<>(nameStops).toString(), new java.util.TreeSet<>(descriptiveAdjectives).toString()));
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    private static Set<String> keys(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) out.add(ArabicNormaliser.nameKey(line));
        return Set.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] kv = line.split("\t");
            if (kv.length == 2) out.put(ArabicNormaliser.nameKey(kv[0]), kv[1].strip());
        }
        return Map.copyOf(out);
    }

    /** The entries of a bundled word list ({@code "speech-verbs.txt"}) as written, without comments and blank lines. */
    public static java.util.List<String> lines(String file) {
        return org.rawabit.text.WordLists.lines(file);
    }
}
