package org.rawabit.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of article bytes: UTF-8 (BOM allowed), UTF-16 with a BOM, or UTF-16 without one
 * (recognised by NUL bytes at alternate positions only: the high byte of spaces, digits and
 * punctuation); anything else is an error. Text never holds a NUL byte, wherever it is.
 */
public final class TextDecoder {
    private TextDecoder() {}

    /** How far to look for NUL bytes when telling binary data from text, and UTF-16 from UTF-8. */
    static final int SNIFF_BYTES = 8192;

    public static String decode(byte[] bytes, String input) throws InputProblem {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return withoutNul(strict(bytes, 0, StandardCharsets.UTF_16, input, "UTF-16"), input);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int firstNul = indexOfNul(bytes, start);
        if (firstNul < 0) return strict(bytes, start, StandardCharsets.UTF_8, input, "UTF-8");
        if (start == 0) {
            Charset utf16 = utf16ByNulParity(bytes);
            if (utf16 != null) {
                String text = strictOrNull(bytes, utf16);
                if (text != null && isPlainText(text)) return text;
            }
        }
        if (firstNul < SNIFF_BYTES) throw new InputProblem(input, "binary file (NUL byte at offset " + firstNul + "), not text");
        throw new InputProblem(input, "NUL byte at offset " + firstNul
                + ", after the text began: the file is damaged or partly binary (text holds no NUL bytes)");
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    /**
     * UTF-16LE when, in the first {@value #SNIFF_BYTES} bytes, NUL bytes stand at odd offsets only
     * (ASCII's high byte comes second), UTF-16BE when at even offsets only; else null.
     */
    private static Charset utf16ByNulParity(byte[] bytes) {
        if (bytes.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) even++;
            else odd++;
        }
        if (odd > 0 && even == 0) return StandardCharsets.UTF_16LE;
        if (even > 0 && odd == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** No NUL and no control characters but tab, line breaks and form feed: what binary data decoded as UTF-16 is not. */
    private static boolean isPlainText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
        }
        return true;
    }

    private static String strictOrNull(byte[] bytes, Charset cs) {
        try {
            return newDecoder(cs).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Refuses a decoded text holding U+0000 (UTF-16 with NUL characters). */
    private static String withoutNul(String text, String input) throws InputProblem {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputProblem(input, "NUL character (U+0000) at character " + nul + ": the file is damaged or partly binary (text holds no NUL)");
        }
        return text;
    }

    private static CharsetDecoder newDecoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String strict(byte[] bytes, int start, Charset cs, String input, String name) throws InputProblem {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String s = newDecoder(cs).decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new InputProblem(input, "invalid " + name + " (bad byte sequence at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputProblem(input, "invalid " + name + ": " + e.getMessage());
        }
    }
}
