package org.chokepoint.ingest.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.date.ArticleDates;
import org.chokepoint.model.text.TextFileException;
import org.chokepoint.model.text.TextFiles;

/**
 * Reads an article file strictly: UTF-8 only (a byte that is not UTF-8 is an error naming its offset, never a silent
 * replacement character), not empty, no NUL or other control characters but tab and line breaks; an HTML page becomes
 * its text at the same offsets ({@link HtmlText}). It finds the page's address and publication date where the page
 * gives them: a {@code # source: URL} first line, and the publication date {@link ArticleDates} finds in the header
 * (a {@code date 2025-11-28} line, a dateline, a byline, a date in that address).
 */
public final class ArticleReader {

    private static final Pattern SOURCE_LINE = Pattern.compile("\\A#\\s*source:\\s*(\\S+)");
    /** Two-character runs that UTF-8 leaves when read as Latin-1: å¤, Ã©, â€. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u0178\u02C6-\u2122]");
    /** Share of control characters (other than line breaks and tabs) above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private ArticleReader() {}

    /** Reads an article file of at most {@link ArticleSizeLimit#DEFAULT}. */
    public static Article read(Path file) {
        return read(file, ArticleSizeLimit.DEFAULT);
    }

    /** Reads an article file, refusing it before reading when it is larger than {@code limit}. */
    public static Article read(Path file, ArticleSizeLimit limit) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (!limit.allows(size)) {
                throw new ArticleTooLargeException(String.format(
                        java.util.Locale.ROOT,
                        "%s: %s (%,d bytes), over the %s limit for one article; split it, or raise the limit with"
                                + " --max-article-size",
                        file,
                        ArticleSizeLimit.readable(size),
                        size,
                        limit));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        String text;
        try {
            text = TextFiles.decode(file.toString(), bytes);
        } catch (TextFileException e) {
            throw new ArticleException(e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return of(name, text, file.toString());
    }

    /** An article from text already in memory; {@code origin} names it in messages and stands as its source. */
    public static Article of(String name, String content, String origin) {
        if (content.isBlank()) {
            throw new ArticleException(origin + ": the file is empty; an article needs text");
        }
        String text = HtmlText.isHtml(origin, content) ? HtmlText.text(content) : content;
        if (text.isBlank()) {
            throw new ArticleException(origin + ": an HTML page with no text outside its markup");
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 20 || replaced > 0.01 * text.length()) {
            throw new ArticleException(origin + ": " + replaced
                    + " replacement characters (\uFFFD); the text was damaged when it was converted, so figures in it"
                    + " cannot be trusted. Convert the original page again.");
        }
        long mojibake = MOJIBAKE.matcher(text).results().count();
        if (mojibake >= 20
                && mojibake
                        > 0.05
                                * text.codePoints()
                                        .filter(c -> !Character.isWhitespace(c))
                                        .count()) {
            throw new ArticleException(origin + ": " + mojibake
                    + " character pairs such as 'Ã¥' that are UTF-8 read as Latin-1 (mojibake). Undo it with"
                    + " iconv -f UTF-8 -t LATIN1, or save the page again as UTF-8.");
        }
        long controls = content.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (controls > MAX_CONTROL_SHARE * content.length()) {
            throw new ArticleException(origin + ": " + controls
                    + " control characters; this looks like a binary file, not an article's text");
        }
        try {
            TextFiles.refuseControlCharacters(origin, content);
        } catch (TextFileException e) {
            throw new ArticleException(e.getMessage(), e);
        }
        Matcher source = SOURCE_LINE.matcher(text);
        String address = source.find() ? source.group(1) : origin;
        return new Article(name, text, address, ArticleDates.find(text));
    }
}
