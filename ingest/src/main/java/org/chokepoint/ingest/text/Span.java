package org.chokepoint.ingest.text;

/**
 * A stretch of an article's original text, as UTF-16 indices {@code [start, end)} into the whole file (first line
 * included). Every claim keeps one, so its evidence can always be shown in place; output formats that count code points
 * convert at the edge ({@link #codePoints(String)}).
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A span needs 0 <= start <= end, not [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The line (from 1) this span starts on in {@code text}, for messages that point a reader at it. */
    public int line(String text) {
        int line = 1;
        for (int i = 0; i < start && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The same span counted in Unicode code points, as the corpus contract counts offsets. */
    public Span codePoints(String text) {
        int cpStart = text.codePointCount(0, start);
        return new Span(cpStart, cpStart + text.codePointCount(start, end));
    }
}
