package org.chokepoint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cursor places every offset as a scan from the start would, in any order of asking. */
class LineCursorTest {

    private static final String TEXT = "第一行 𠀋 line\n\nsecond 𠀋𠀋 x\nthird";

    private static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return text.codePointCount(lineStart, offset) + 1;
    }

    @Test
    void placesOffsetsInOrderAsAScanFromTheStartWould() {
        LineCursor cursor = new LineCursor(TEXT);
        for (int at = 0; at <= TEXT.length(); at++) {
            assertThat(cursor.line(at)).as("line at %d", at).isEqualTo(new Span(at, at).line(TEXT));
            assertThat(cursor.column(at)).as("column at %d", at).isEqualTo(column(TEXT, at));
        }
    }

    @Test
    void anEarlierOffsetStartsAgainFromTheTop() {
        LineCursor cursor = new LineCursor(TEXT);
        for (int at = TEXT.length(); at >= 0; at--) {
            assertThat(cursor.line(at)).as("line at %d", at).isEqualTo(new Span(at, at).line(TEXT));
            assertThat(cursor.column(at)).as("column at %d", at).isEqualTo(column(TEXT, at));
        }
    }
}
