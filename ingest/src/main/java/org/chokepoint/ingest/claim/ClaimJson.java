package org.chokepoint.ingest.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Span;

/**
 * Writes claims as JSON lines in the corpus' output contract (../shared/corpus/README.md): kind, value or low/high,
 * unit, property, subject {id, name}, date, evidence {start, end, text} with offsets in Unicode code points into the
 * whole file. Figures keep the text's own precision; declines are negative.
 */
public final class ClaimJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimJson() {}

    public static String lines(String text, List<Claim> claims) {
        StringBuilder out = new StringBuilder();
        for (Claim c : claims) {
            out.append(line(text, c)).append('\n');
        }
        return out.toString();
    }

    public static String line(String text, Claim c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", c.kind() == Claim.Kind.QUANTITY ? "quantity" : "event");
        if (c.quantity().isPresent()) {
            QuantityMention q = c.quantity().get();
            if (q.isRange()) {
                o.putNull("value");
                o.put("low", q.low());
                o.put("high", q.high());
            } else {
                o.put("value", q.low());
                o.putNull("low");
                o.putNull("high");
            }
            o.put("unit", q.unit());
            o.put("approximate", q.approximate());
        } else {
            o.putNull("value");
            o.putNull("low");
            o.putNull("high");
            o.putNull("unit");
        }
        o.put("property", c.property());
        if (c.subject().isPresent()) {
            ObjectNode s = o.putObject("subject");
            s.put("id", c.subject().get().id());
            s.put("name", c.subject().get().label());
        } else {
            o.putNull("subject");
        }
        if (c.date().isPresent()) {
            o.put("date", c.date().get().iso());
        } else {
            o.putNull("date");
        }
        Span points = c.evidence().codePoints(text);
        ObjectNode e = o.putObject("evidence");
        e.put("start", points.start());
        e.put("end", points.end());
        e.put("text", c.evidence().of(text));
        if (!c.what().isEmpty()) {
            o.put("what", c.what());
        }
        return o.toString();
    }
}
