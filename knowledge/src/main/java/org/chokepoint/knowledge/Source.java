package org.chokepoint.knowledge;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.time.PartialDate;

/**
 * Where statements come from: one published document or data file, with a stable id so that the
 * same file imported twice is the same source (e.g. "usgs-mcs-2024-raree-world").
 */
public record Source(
        String id, String publisher, String title, Optional<String> location, Optional<PartialDate> published) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([-_.:][a-z0-9]+)*");

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(published, "published");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "A source id is lower-case words and digits joined by - _ . or :, not '" + id + "'");
        }
    }

    public Citation citation() {
        return new Citation(publisher, title, location, published.map(PartialDate::iso));
    }
}
