package org.chokepoint.ingest.text;

/**
 * Whether a character is written in Chinese script or its punctuation (U+2E80 and up: radicals, CJK punctuation,
 * ideographs, full-width forms), which is how the readers tell a Chinese name or clause from a Latin one.
 */
public final class Han {

    private Han() {}

    public static boolean isHan(char c) {
        return c >= 0x2E80;
    }
}
