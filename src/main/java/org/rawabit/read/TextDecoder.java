package org.rawabit.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict decoding of article bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is an error. */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(byte[] bytes, String input) throws InputProblem {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return strict(bytes, 0, StandardCharsets.UTF_16, input, "UTF-16");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) throw new InputProblem(input, "binary file (NUL byte at offset " + i + "), not text");
        }
        return strict(bytes, start, StandardCharsets.UTF_8, input, "UTF-8");
    }

    private static String strict(byte[] bytes, int start, java.nio.charset.Charset cs, String input, String name)
            throws InputProblem {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String s = d.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new InputProblem(input, "invalid " + name + " (bad byte sequence at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputProblem(input, "invalid " + name + ": " + e.getMessage());
        }
    }
}
