package org.chokepoint.knowledge.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Amount;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Units;

/**
 * Statements and sources as one-line JSON objects, the format of the bundled world in
 * {@code data/world}: readable, diffable, and loaded back into identical statements.
 */
public final class StatementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatementJson() {}

    public static String source(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", source.id());
        node.put("publisher", source.publisher());
        node.put("title", source.title());
        source.location().ifPresent(l -> node.put("location", l));
        source.published().ifPresent(p -> node.put("published", p.iso()));
        return write(node);
    }

    public static Source source(JsonNode node) {
        return new Source(
                text(node, "id"),
                text(node, "publisher"),
                text(node, "title"),
                optional(node, "location"),
                optional(node, "published").map(PartialDate::new));
    }

    public static String statement(Statement s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id().hex());
        node.set("subject", subject(s.subject()));
        node.put("property", s.property().key());
        s.good().ifPresent(g -> {
            ObjectNode good = node.putObject("good");
            good.put("chain", g.chain());
            g.stage().ifPresent(v -> good.put("stage", v));
            g.basis().ifPresent(v -> good.put("basis", v));
            g.variant().ifPresent(v -> good.put("variant", v));
        });
        s.counterpart().ifPresent(c -> node.set("counterpart", subject(c)));
        s.period().ifPresent(p -> node.put("period", p.iso()));
        if (s.value() instanceof Value.Measured measured) {
            Amount amount = measured.amount();
            if (amount instanceof QuantityRange range) {
                node.put("low", range.low().value());
                node.put("high", range.high().value());
            } else {
                node.put("value", ((Quantity) amount).value());
            }
            node.put("unit", amount.unit().symbol());
        } else if (s.value() instanceof Value.Withheld) {
            node.put("withheld", true);
        } else {
            node.put("text", ((Value.Text) s.value()).text());
        }
        if (s.estimate()) {
            node.put("estimate", true);
        }
        s.note().ifPresent(n -> node.put("note", n));
        node.put("source", s.source().id());
        node.put("quote", s.quote());
        node.put("language", s.language());
        return write(node);
    }

    /** Reads one statement; its source must be among {@code sources}. */
    public static Statement statement(JsonNode node, Map<String, Source> sources) {
        String sourceId = text(node, "source");
        Source source = Optional.ofNullable(sources.get(sourceId))
                .orElseThrow(() -> new IllegalArgumentException("unknown source '" + sourceId + "'"));
        Optional<Good> good = Optional.ofNullable(node.get("good"))
                .map(g ->
                        new Good(text(g, "chain"), optional(g, "stage"), optional(g, "basis"), optional(g, "variant")));
        Value value;
        if (node.has("value")) {
            value = new Value.Measured(new Quantity(node.get("value").asDouble(), Units.parse(text(node, "unit"))));
        } else if (node.has("low")) {
            value = new Value.Measured(new QuantityRange(
                    new Quantity(node.get("low").asDouble(), Units.parse(text(node, "unit"))),
                    new Quantity(node.get("high").asDouble(), Units.parse(text(node, "unit")))));
        } else if (node.has("withheld")) {
            value = new Value.Withheld();
        } else {
            value = new Value.Text(text(node, "text"));
        }
        Statement statement = new Statement(
                new StatementId(text(node, "id")),
                subject(node.get("subject")),
                Property.find(text(node, "property"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown property")),
                good,
                Optional.ofNullable(node.get("counterpart")).map(StatementJson::subject),
                optional(node, "period").map(PartialDate::new),
                value,
                node.path("estimate").asBoolean(false),
                optional(node, "note"),
                source,
                text(node, "quote"),
                text(node, "language"));
        Statement rebuilt = Statement.of(
                statement.subject(),
                statement.property(),
                statement.good(),
                statement.counterpart(),
                statement.period(),
                statement.value(),
                statement.estimate(),
                statement.note(),
                source,
                statement.quote(),
                statement.language());
        if (!rebuilt.id().equals(statement.id())) {
            throw new IllegalArgumentException(
                    "id " + statement.id() + " does not match the statement (expected " + rebuilt.id() + ")");
        }
        return statement;
    }

    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode subject(Subject subject) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", subject.kind().name());
        node.put("id", subject.id());
        node.put("label", subject.label());
        return node;
    }

    private static Subject subject(JsonNode node) {
        return new Subject(Subject.Kind.valueOf(text(node, "kind")), text(node, "id"), text(node, "label"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
