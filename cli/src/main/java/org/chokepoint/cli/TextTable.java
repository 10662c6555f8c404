package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal that aligns columns by display width, so that Chinese
 * names (two columns per character) line up with Latin ones.
 */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("Expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (List<String> line : allLines()) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        for (List<String> line : allLines()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                text.append(cell);
                if (i < line.size() - 1) {
                    text.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private List<List<String>> allLines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return lines;
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
