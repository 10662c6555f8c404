package org.chokepoint.ingest.text;

/**
 * Lines and columns of offsets in one text, for messages. Offsets asked in increasing order cost only the text between
 * them, so an article's claims, visited in text order, are placed in one pass instead of one scan from the start (or the
 * line's start, a long way back in a one-line article) per claim. An earlier offset starts again from the top.
 */
public final class LineCursor {

    private final String text;
    private int offset;
    private int line = 1;
    private int lineStart;
    /** Code points from {@link #lineStart} to {@link #offset}. */
    private int codePoints;

    public LineCursor(String text) {
        this.text = text;
    }

    /** The line (from 1) the offset is on. */
    public int line(int at) {
        moveTo(at);
        return line;
    }

    /** The column (from 1) of the offset, in characters as people count them (code points). */
    public int column(int at) {
        moveTo(at);
        return codePoints + 1;
    }

    private void moveTo(int at) {
        if (at < offset) {
            offset = 0;
            line = 1;
            lineStart = 0;
            codePoints = 0;
        }
        int end = Math.min(at, text.length());
        while (offset < end) {
            char c = text.charAt(offset);
            if (c == '\n') {
                line++;
                lineStart = offset + 1;
                codePoints = 0;
            } else if (!(Character.isLowSurrogate(c)
                    && offset > lineStart
                    && Character.isHighSurrogate(text.charAt(offset - 1)))) { // a pair is one code point
                codePoints++;
            }
            offset++;
        }
    }
}
