package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.QuantityParser;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.ReferenceDataException;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads a curated facts file: statements typed in by an analyst, each with its value (an English
 * quantity expression such as "30-40%" or "$12bn"), the period, the quote it rests on in the
 * original language, and a source from the file's {@code sources:} block. A fact that cannot be
 * read is reported with its line and field; the others are read.
 */
public final class FactsFileImporter implements Importer {

    private static final Set<String> FACT_KEYS = Set.of(
            "subject",
            "property",
            "good",
            "counterpart",
            "period",
            "value",
            "estimate",
            "note",
            "quote",
            "language",
            "source");
    private static final Set<String> SOURCE_KEYS = Set.of("publisher", "title", "location", "date");
    private static final Set<String> ENTITY_KEYS = Set.of("kind", "id", "label");

    private final ReferenceData reference;

    public FactsFileImporter(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String kind() {
        return "facts";
    }

    @Override
    public String description() {
        return "curated facts in YAML (kind: facts), each with its quote and source";
    }

    @Override
    public boolean reads(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    @Override
    public ImportBatch read(Path file) {
        String name = file.toString();
        YamlNode root = YamlReader.readFile(file); // strict UTF-8, no binary, bounded size
        check(root.text("kind").equals("facts"), root.get("kind"), "expected kind 'facts'");
        check(root.integer("version") == 1, root.get("version"), "this build reads version 1 of facts files");
        root.allowOnly(Set.of("kind", "version", "sources", "facts"));
        Map<String, Source> sources = sources(root.get("sources"));
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<StatementId, Integer> lines = new HashMap<>();
        for (YamlNode fact : root.get("facts").items()) {
            try {
                Statement statement = fact(fact, sources);
                statements.add(statement);
                lines.putIfAbsent(statement.id(), fact.line());
            } catch (ReferenceDataException e) {
                problems.add(new RowProblem(
                        name,
                        e.line(),
                        0,
                        e.field(),
                        e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
            }
        }
        return new ImportBatch(kind(), file, statements, problems, lines);
    }

    private Statement fact(YamlNode fact, Map<String, Source> sources) {
        fact.allowOnly(FACT_KEYS);
        Subject subject = entity(fact.get("subject"));
        String propertyName = fact.text("property");
        Property property = Property.find(propertyName).orElseThrow(() -> fact.get("property")
                .error(
                        "unknown property '" + propertyName + "'",
                        "Properties: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Property.values())
                                                .map(Property::key)
                                                .toList())));
        Optional<Good> good = fact.optionalText("good").map(text -> {
            // a chain ("lng"), or a stage of one ("graphite/natural-graphite") for figures of that stage
            String chain = text.contains("/") ? text.substring(0, text.indexOf('/')) : text;
            Optional<String> stage =
                    text.contains("/") ? Optional.of(text.substring(text.indexOf('/') + 1)) : Optional.empty();
            if (reference.commodities().find(chain).isEmpty()) {
                throw fact.get("good").error("unknown chain '" + chain + "'", "See ./chokepoint commodities.");
            }
            String slug = reference.commodities().find(chain).get().id().slug();
            if (stage.isPresent() && !reference.commodities().hasStage(slug, stage.get())) {
                throw fact.get("good")
                        .error(
                                "unknown stage '" + stage.get() + "' of " + slug,
                                "See ./chokepoint commodities " + slug + ".");
            }
            return new Good(slug, stage, Optional.empty(), Optional.empty());
        });
        Optional<Subject> counterpart = fact.find("counterpart").map(this::entity);
        Optional<PartialDate> period = fact.find("period").map(node -> {
            try {
                return new PartialDate(node.text());
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        });
        Value value;
        try {
            value = new Value.Measured(QuantityParser.parse(fact.text("value")).amount());
        } catch (IllegalArgumentException e) {
            throw fact.get("value").error(e.getMessage());
        }
        String sourceKey = fact.text("source");
        Source source = Optional.ofNullable(sources.get(sourceKey)).orElseThrow(() -> fact.get("source")
                .error(
                        "unknown source '" + sourceKey + "'",
                        "Known sources: " + String.join(", ", new java.util.TreeSet<>(sources.keySet())) + "."));
        boolean estimate = fact.find("estimate").map(YamlNode::bool).orElse(false);
        return Statement.of(
                subject,
                property,
                good,
                counterpart,
                period,
                value,
                estimate,
                fact.optionalText("note"),
                source,
                fact.text("quote"),
                fact.text("language"));
    }

    /** A country by any name ("CHN", "南韓"), or an entity written out as {kind, id, label}. */
    private Subject entity(YamlNode node) {
        if (node.kind() == YamlNode.Kind.SCALAR) {
            Optional<Country> country = reference.countries().find(node.text());
            if (country.isEmpty()) {
                throw node.error(
                        "unknown country '" + node.text() + "'",
                        "Write another entity as {kind: project, id: arctic-lng-2, label: Arctic LNG 2}.");
            }
            return new Subject(
                    Subject.Kind.COUNTRY,
                    country.get().id().alpha3(),
                    country.get().english());
        }
        node.allowOnly(ENTITY_KEYS);
        String kind = node.text("kind").toUpperCase(Locale.ROOT);
        try {
            return new Subject(Subject.Kind.valueOf(kind), node.text("id"), node.text("label"));
        } catch (IllegalArgumentException e) {
            throw node.get("kind")
                    .error(
                            "unknown kind '" + node.text("kind") + "'",
                            "Kinds: "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(Subject.Kind.values())
                                                    .map(k -> k.name().toLowerCase(Locale.ROOT))
                                                    .toList())
                                    + ".");
        }
    }

    private static Map<String, Source> sources(YamlNode block) {
        Map<String, Source> sources = new HashMap<>();
        for (String key : block.keys()) {
            YamlNode node = block.get(key).allowOnly(SOURCE_KEYS);
            try {
                sources.put(
                        key,
                        new Source(
                                "facts:" + key,
                                node.text("publisher"),
                                node.text("title"),
                                node.optionalText("location"),
                                node.optionalText("date").map(PartialDate::new)));
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        }
        return sources;
    }

    private static void check(boolean condition, YamlNode node, String problem) {
        if (!condition) {
            throw node.error(problem);
        }
    }
}
