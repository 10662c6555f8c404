package org.chokepoint.ingest.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest file read as one article. News articles are a few to a few hundred KB; a larger file is most likely a
 * dump or a mistake, and refusing it up front keeps one file from stalling a whole run.
 *
 * @param bytes the largest size allowed, in bytes of the file
 */
public record ArticleSizeLimit(long bytes) {

    /** 2 MB, ten times the longest article in the corpus. */
    public static final ArticleSizeLimit DEFAULT = new ArticleSizeLimit(2L * 1024 * 1024);

    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    public ArticleSizeLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("An article size limit must be positive, not " + bytes + " bytes");
        }
    }

    /** Reads "2MB", "500 KB", "1.5 MB" or a number of bytes; KB and MB are 1,024 and 1,048,576 bytes. */
    public static ArticleSizeLimit parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Expected a size such as 2MB, 500KB or 3000000 (bytes), found '" + text + "'");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor =
                switch (unit) {
                    case "KB" -> 1024L;
                    case "MB" -> 1024L * 1024;
                    case "GB" -> 1024L * 1024 * 1024;
                    default -> 1L;
                };
        return new ArticleSizeLimit(Math.round(Double.parseDouble(m.group(1)) * factor));
    }

    public boolean allows(long size) {
        return size <= bytes;
    }

    /** The limit as people write it: "2 MB", "500 KB", "1500 bytes". */
    @Override
    public String toString() {
        return readable(bytes);
    }

    /** A size in bytes written with the largest unit that keeps it readable: "5.0 MB", "730 KB", "12 bytes". */
    public static String readable(long size) {
        if (size >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024)).replace(".0 MB", " MB");
        }
        if (size >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", size / 1024.0);
        }
        return size + " bytes";
    }
}
