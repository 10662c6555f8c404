package org.chokepoint.ingest.article;

/** An article file that cannot be read as an article (missing, empty, not UTF-8, binary); the message names the file. */
public class ArticleException extends IllegalArgumentException {

    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
