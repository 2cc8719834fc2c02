package org.rawabit.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/** Stable identifiers: content hashes (documents, fingerprints) and the IRIs of event nodes the fact rules mint. */
public final class Ids {
    private Ids() {}

    public static String sha256Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The IRI of an event node of kind {@code kind} ("meeting"), the same for the same {@code parts}
     * (document, sentence, participants…): {@code rwid:evt-meeting-<12 hex>}.
     */
    public static String event(String kind, Object... parts) {
        StringJoiner key = new StringJoiner("|");
        for (Object p : parts) key.add(String.valueOf(p));
        return Vocab.ID + "evt-" + kind + "-" + sha256Hex(key.toString()).substring(0, 12);
    }
}
