package org.chokepoint.engine.backtest;

import java.util.Objects;
import org.chokepoint.model.source.Citation;

/**
 * Where a reported outcome comes from: the citation (publisher, title, URL, date) and a short quote
 * of at most one sentence, so that a reader can find the figure in the source.
 */
public record ReportedSource(Citation citation, String quote) {

    public ReportedSource {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(quote, "quote");
    }
}
