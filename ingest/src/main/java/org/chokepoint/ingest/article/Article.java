package org.chokepoint.ingest.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from a file: its whole text (first line included, as claim offsets count it), where it came
 * from and the date it was published, when the page says so. The publication date resolves relative dates such as
 * 今年5月 or "last Wednesday".
 *
 * @param name the file name without its extension, e.g. {@code 06_cna_novatek_discount}
 * @param text the whole text, unchanged
 * @param source the page's address from a {@code # source: URL} first line, or the file's path
 * @param published the publication date, when the text or its address states one
 */
public record Article(String name, String text, String source, Optional<LocalDate> published) {

    public Article {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
    }
}
