package org.chokepoint.ingest.date;

import java.util.Objects;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.time.PartialDate;

/**
 * One date expression found in an article: where it stands, the date it means, and whether that date was worked out
 * from the article's own date ({@code relative}: 今年5月, last Tuesday) rather than read off the text alone. Relative
 * dates are weaker evidence, since they are only as good as the article date.
 */
public record DateMention(Span span, PartialDate date, boolean relative) {

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
    }

    /** The text of the expression in {@code text}. */
    public String text(String text) {
        return span.of(text);
    }
}
