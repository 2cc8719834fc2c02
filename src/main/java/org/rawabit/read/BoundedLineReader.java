package org.rawabit.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by '\n', a trailing '\r' dropped) without ever holding more than
 * {@code maxChars} characters of one line: a longer line is skipped to its end and reported as too
 * long, so a file with a huge line — or no line break at all — streams in bounded memory.
 */
final class BoundedLineReader {
    /** What {@link #next} found. */
    enum Status { LINE, TOO_LONG, END }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos, len;
    private final StringBuilder line = new StringBuilder();
    private long skippedChars;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Reads the next line; after {@link Status#LINE} the line is {@link #line()}. */
    Status next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        skippedChars = 0;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) return Status.END;
                    return tooLong ? Status.TOO_LONG : Status.LINE;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            int n = pos - start;
            if (!tooLong) {
                if (line.length() + n > maxChars) {
                    tooLong = true;
                    skippedChars = line.length() + n;
                    line.setLength(0);
                } else {
                    line.append(buf, start, n);
                }
            } else {
                skippedChars += n;
            }
            if (pos < len) { // at '\n'
                pos++;
                if (tooLong) return Status.TOO_LONG;
                int l = line.length();
                if (l > 0 && line.charAt(l - 1) == '\r') line.setLength(l - 1);
                return Status.LINE;
            }
        }
    }

    String line() {
        return line.toString();
    }

    /** Length of the line that was too long. */
    long skippedChars() {
        return skippedChars;
    }
}
