package org.chokepoint.ingest.article;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML page at the offsets it has in the page: markup, scripts, styles and comments
 * become spaces (line breaks are kept, and a block element such as a paragraph starts a new line),
 * so a figure inside {@code <b>} is read as text and a claim's evidence offsets point into the file
 * as saved. Inside a text run that holds a character reference ({@code &amp;}), the characters after
 * it sit earlier by the reference's length, and the run ends in spaces.
 */
final class HtmlText {

    /** A tag of the kinds news pages are made of; plain text about "a < b" holds none. */
    private static final Pattern TAG = Pattern.compile(
            "(?i)<(?:!doctype\\s+html|/?(?:html|head|body|article|p|div|span|b|i|em|strong|br|a|h[1-6]|ul|ol|li|table|tr|td|th)\\b[^<>]*)>");

    private HtmlText() {}

    /** Whether a file is an HTML page: by its name, or by the tags in its text. */
    static boolean isHtml(String origin, String text) {
        String lower = origin.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html")
                || lower.endsWith(".htm")
                || lower.endsWith(".xhtml")
                || TAG.matcher(text).find();
    }

    /** The page's text, as long as the page, each character at its offset in the page. */
    static String text(String html) {
        char[] text = new char[html.length()];
        Arrays.fill(text, ' ');
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) == '\n') {
                text[i] = '\n';
            }
        }
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        NodeTraversor.traverse(
                (Node node, int depth) -> {
                    if (node instanceof TextNode run) {
                        place(run.getWholeText(), run.sourceRange(), text);
                    } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                        lineBreak(element.sourceRange(), text);
                        lineBreak(element.endSourceRange(), text);
                    }
                },
                page);
        return new String(text);
    }

    private static void place(String run, Range range, char[] text) {
        if (range.isTracked() && run.length() <= range.endPos() - range.startPos()) {
            run.getChars(0, run.length(), text, range.startPos());
        }
    }

    private static void lineBreak(Range range, char[] text) {
        if (range.isTracked() && range.startPos() < text.length) {
            text[range.startPos()] = '\n';
        }
    }
}
