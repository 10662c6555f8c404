package org.chokepoint.ingest.statement;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.knowledge.Source;
import org.chokepoint.model.text.Slug;
import org.chokepoint.model.time.PartialDate;

/**
 * The source an article's statements cite: its headline, the site that published it, its address and date. The id is
 * stable so that ingesting the article again finds the same statements: {@code news-} and the file name, then a short
 * hash of the page's address or, for a file without one, of its text (the same article from another folder is the
 * same source; an edited text is another).
 */
public final class ArticleSource {

    private static final int SLUG_LENGTH = 48;
    private static final int TITLE_LENGTH = 100;
    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|\\.(?=\\s)");

    private ArticleSource() {}

    public static Source of(Article article) {
        boolean web = isWeb(article.source());
        String id = "news-" + slug(article.name()) + "-" + hash(web ? article.source() : article.text());
        return new Source(
                id,
                web ? host(article.source()) : "local file",
                headline(article),
                Optional.of(article.source()),
                article.published().map(d -> new PartialDate(d.toString())));
    }

    private static boolean isWeb(String address) {
        return address.startsWith("http://") || address.startsWith("https://");
    }

    private static String host(String address) {
        try {
            String host = new URI(address).getHost();
            return host == null ? address : host.replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return address;
        }
    }

    /**
     * The first line of text that is not the {@code # source:} line, without a {@code date} header, up to its first
     * sentence end; the file name where there is none.
     */
    private static String headline(Article article) {
        return article.text()
                .lines()
                .map(l -> DATE_HEADER.matcher(l).replaceFirst("").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst()
                .map(ArticleSource::shorten)
                .orElse(article.name());
    }

    private static String shorten(String line) {
        Matcher end = SENTENCE_END.matcher(line);
        String first = end.find() && end.end() < line.length()
                ? line.substring(0, end.end()).strip()
                : line;
        return first.length() > TITLE_LENGTH ? first.substring(0, TITLE_LENGTH) + "…" : first;
    }

    private static String slug(String name) {
        String slug = Slug.of(name);
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
