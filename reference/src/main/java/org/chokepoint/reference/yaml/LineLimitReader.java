package org.chokepoint.reference.yaml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that stops at the first line longer than a limit, before SnakeYAML buffers it. SnakeYAML
 * holds an unbroken run of text in one buffer and copies that buffer for every kilobyte it reads,
 * so a 40 MB one-line value would take minutes and hundreds of megabytes before any check on the
 * value could run.
 */
final class LineLimitReader extends FilterReader {

    /** Thrown at the first character past the limit; the caller knows which field was being read. */
    static final class LongLine extends RuntimeException {

        private final int line;

        LongLine(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        /** The 1-based line that is too long. */
        int line() {
            return line;
        }
    }

    private final int maxLineLength;
    private int line = 1;
    private int lineLength;

    LineLimitReader(Reader in, int maxLineLength) {
        super(in);
        this.maxLineLength = maxLineLength;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = offset; i < offset + count; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (c == '\r') {
                lineLength = 0;
            } else if (++lineLength > maxLineLength) {
                throw new LongLine(line);
            }
        }
        return count;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }
}
