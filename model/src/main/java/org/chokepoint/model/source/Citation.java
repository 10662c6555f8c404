package org.chokepoint.model.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure or fact comes from: a publisher, a title, and where to find it. Every coefficient,
 * conversion factor and membership in the reference data carries one, so a number can be traced.
 *
 * @param publisher who published it, e.g. "Energy Institute"
 * @param title the document's title, e.g. "Statistical Review of World Energy 2024, Approximate conversion factors"
 * @param location a URL or a file path within ../shared/data, if any
 * @param date the publication date or year as published ("2024", "2024-06-20"), if known
 */
public record Citation(String publisher, String title, Optional<String> location, Optional<String> date) {

    public Citation {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        if (publisher.isBlank()) {
            throw new IllegalArgumentException("A citation needs a publisher");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("A citation needs a title");
        }
    }

    /** A short one-line form for terminal output: "Publisher, Title (date), location". */
    public String shortForm() {
        StringBuilder text = new StringBuilder(publisher).append(", ").append(title);
        date.ifPresent(d -> text.append(" (").append(d).append(')'));
        location.ifPresent(l -> text.append(", ").append(l));
        return text.toString();
    }
}
