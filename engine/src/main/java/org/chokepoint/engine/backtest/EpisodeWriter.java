package org.chokepoint.engine.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.unit.Quantity;

/**
 * Writes an episode as a backtest file that {@link EpisodeReader} reads back to the same outcomes:
 * its scenario as a path to a file beside it (the resolved scenario a run writes), its outcomes
 * with every field spelled out.
 */
public final class EpisodeWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EpisodeWriter() {}

    /** The episode as YAML whose scenario is the file {@code scenarioFile} beside it. */
    public static String write(Episode episode, String scenarioFile) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(episode.name())
                .append(", read from ")
                .append(episode.file())
                .append('\n');
        out.append("kind: backtest\nversion: 1\n");
        out.append("title: ").append(text(episode.title())).append('\n');
        out.append("scenario: ").append(text(scenarioFile)).append('\n');
        out.append("outcomes:\n");
        for (Outcome outcome : episode.outcomes()) {
            out.append("  - measured: ").append(text(outcome.measured())).append('\n');
            out.append("    model: ").append(measure(outcome.measure())).append('\n');
            out.append("    reported: ").append(percent(outcome.reported())).append('\n');
            out.append("    direction: ").append(outcome.direction().word()).append('\n');
            out.append("    tolerance: ").append(percent(outcome.tolerance())).append('\n');
            out.append("    headline: ").append(outcome.headline()).append('\n');
            Citation citation = outcome.source().citation();
            out.append("    source:\n");
            out.append("      publisher: ").append(text(citation.publisher())).append('\n');
            out.append("      title: ").append(text(citation.title())).append('\n');
            out.append("      url: ")
                    .append(text(citation.location().orElseThrow()))
                    .append('\n');
            out.append("      date: ")
                    .append(text(citation.date().orElseThrow()))
                    .append('\n');
            out.append("      quote: ").append(text(outcome.source().quote())).append('\n');
        }
        return out.toString();
    }

    private static String measure(ModelMeasure measure) {
        String fields;
        if (measure instanceof ModelMeasure.FlowChange flow) {
            fields = "measure: flow-change, exporters: " + list(flow.exporters()) + ", importers: "
                    + list(flow.importers());
        } else if (measure instanceof ModelMeasure.RegionMean mean) {
            fields =
                    "measure: " + mean.column().measure() + ", " + mean.column().key() + ": " + text(mean.region());
        } else {
            throw new IllegalArgumentException("No form for the measure " + measure);
        }
        return "{" + fields + ", from: " + measure.from() + ", until: " + measure.until() + "}";
    }

    private static String list(List<String> regions) {
        return "[" + String.join(", ", regions.stream().map(EpisodeWriter::text).toList()) + "]";
    }

    private static String percent(Quantity quantity) {
        return BigDecimal.valueOf(quantity.value()).stripTrailingZeros().toPlainString() + "%";
    }

    /** A string as a double-quoted scalar (JSON's quoting is YAML's). */
    private static String text(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
