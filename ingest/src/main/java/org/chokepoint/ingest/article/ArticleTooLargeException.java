package org.chokepoint.ingest.article;

/** An article file over the size limit: refused before it is read, so a folder's other articles can go on. */
public final class ArticleTooLargeException extends ArticleException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
