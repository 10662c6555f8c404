package org.chokepoint.engine.backtest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioException;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.text.EditDistance;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.yaml.ReferenceDataException;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads a backtest episode file ({@code kind: backtest}, docs/backtests.md): its scenario, inline
 * under {@code scenario:} or a file beside it, goes through {@link ScenarioLoader}; its outcomes are
 * checked against the scenario's baseline and horizon. Every error is a {@link ScenarioException}
 * naming the file, the line and the field.
 */
public final class EpisodeReader {

    private static final Set<String> TOP = Set.of("kind", "version", "title", "scenario", "outcomes");
    private static final Set<String> OUTCOME =
            Set.of("measured", "model", "reported", "direction", "tolerance", "headline", "source");
    private static final Set<String> SOURCE = Set.of("publisher", "title", "url", "date", "quote");
    private static final Pattern PERCENT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*%");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    /** A sentence's end followed by more text: a second sentence. */
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+\\S|[。！？]\\s*\\S");

    private static final int MAX_QUOTE = 300;

    private final ScenarioLoader loader;

    public EpisodeReader(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** The episode in {@code file}. */
    public Episode load(Path file) {
        try {
            return read(YamlReader.readFile(file));
        } catch (ReferenceDataException e) {
            throw ScenarioException.of("backtest", e);
        }
    }

    /** The episode in YAML {@code text}; {@code name} is its file, where files it names are looked for. */
    public Episode read(String name, String text) {
        try {
            return read(YamlReader.read(name, text));
        } catch (ReferenceDataException e) {
            throw ScenarioException.of("backtest", e);
        }
    }

    private Episode read(YamlNode root) {
        root.allowOnly(TOP);
        YamlNode kind = root.get("kind");
        if (!kind.text().equals("backtest")) {
            throw kind.error(
                    "expected kind 'backtest', found '" + kind.text() + "'",
                    "A backtest file starts with kind: backtest.");
        }
        YamlNode version = root.get("version");
        if (version.integer() != 1) {
            throw version.error("unsupported version " + version.text(), "Write version: 1.");
        }
        String title = root.text("title");
        Scenario scenario = scenario(root.get("scenario"));
        List<YamlNode> nodes = root.list("outcomes");
        if (nodes.isEmpty()) {
            throw root.get("outcomes").error("an episode needs at least one reported outcome");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (YamlNode node : nodes) {
            outcomes.add(outcome(node, scenario));
        }
        long headlines = outcomes.stream().filter(Outcome::headline).count();
        if (headlines != 1) {
            throw root.get("outcomes")
                    .error(
                            "an episode needs exactly one headline outcome, not " + headlines,
                            "Mark the outcome whose tolerance decides the episode with headline: true.");
        }
        String file = Path.of(root.resource()).getFileName().toString();
        String name = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
        return new Episode(name, title, root.resource(), scenario, outcomes);
    }

    /** The scenario written inline, or the file beside the episode that a path names. */
    private Scenario scenario(YamlNode node) {
        if (node.kind() == YamlNode.Kind.MAPPING) {
            return loader.read(node);
        }
        Path folder = Path.of(node.resource()).toAbsolutePath().getParent();
        Path file = folder.resolve(node.text()).normalize();
        if (!file.startsWith(folder)) {
            throw node.error(
                    "the scenario " + node.text() + " is outside the episode's folder",
                    "Put the scenario beside the episode, or write it inline under scenario:.");
        }
        if (!file.toFile().isFile()) {
            throw node.error("no scenario file at " + node.text(), "Give a path relative to the episode's folder.");
        }
        return loader.load(file);
    }

    private static Outcome outcome(YamlNode node, Scenario scenario) {
        node.allowOnly(OUTCOME);
        String measured = node.text("measured");
        ModelMeasure measure = measure(node.get("model"), scenario);
        Quantity reported = percent(node.get("reported"));
        YamlNode directionNode = node.get("direction");
        Direction direction = direction(directionNode);
        if (reported.value() != 0 && !direction.matches(reported.value())) {
            throw directionNode.error(
                    "the reported change " + reported + " does not go " + direction.word(),
                    "A fall is written with a minus sign and direction: down.");
        }
        YamlNode toleranceNode = node.get("tolerance");
        Quantity tolerance = percent(toleranceNode);
        if (!(tolerance.value() >= 0)) {
            throw toleranceNode.error("a tolerance cannot be negative: " + toleranceNode.text());
        }
        boolean headline = node.find("headline").map(YamlNode::bool).orElse(false);
        return new Outcome(measured, measure, reported, direction, tolerance, headline, source(node.get("source")));
    }

    private static Direction direction(YamlNode node) {
        return switch (node.text()) {
            case "up" -> Direction.UP;
            case "down" -> Direction.DOWN;
            default -> throw node.error("unknown direction '" + node.text() + "'", "Write up or down.");
        };
    }

    private static ModelMeasure measure(YamlNode node, Scenario scenario) {
        YamlNode name = node.get("measure");
        YearMonth from = node.find("from").map(n -> month(n, scenario)).orElse(scenario.start());
        YearMonth until = node.find("until").map(n -> month(n, scenario)).orElse(scenario.end());
        if (until.isBefore(from)) {
            throw node.get("until").error("the months end (" + until + ") before they start (" + from + ")");
        }
        return switch (name.text()) {
            case "flow-change" -> {
                node.allowOnly(Set.of("measure", "exporters", "importers", "from", "until"));
                List<String> exporters = regions(node, "exporters", scenario);
                List<String> importers = regions(node, "importers", scenario);
                boolean traded = scenario.baseline().flows().stream()
                        .anyMatch(f ->
                                exporters.contains(f.seller()) && importers.contains(f.buyer()) && f.quantity() > 0);
                if (!traded) {
                    throw node.error(
                            "the baseline " + scenario.baseline().id() + " has no flow from "
                                    + String.join(", ", exporters) + " to " + String.join(", ", importers),
                            "A flow's change needs a flow to change: name exporters and importers that trade in the baseline.");
                }
                yield new ModelMeasure.FlowChange(exporters, importers, from, until);
            }
            case "price-change", "world-price-change", "supply-change" -> {
                ModelMeasure.Column column = Arrays.stream(ModelMeasure.Column.values())
                        .filter(c -> c.measure().equals(name.text()))
                        .findFirst()
                        .orElseThrow();
                node.allowOnly(Set.of("measure", column.key(), "from", "until"));
                yield new ModelMeasure.RegionMean(
                        column, trading(node, column.key(), scenario, column.selling()), from, until);
            }
            default ->
                throw name.error(
                        "unknown measure '" + name.text() + "'",
                        EditDistance.closest(name.text(), ModelMeasure.NAMES)
                                        .map(m -> "Did you mean '" + m + "'? ")
                                        .orElse("")
                                + "Measures: " + String.join(", ", ModelMeasure.NAMES) + ".");
        };
    }

    private static List<String> regions(YamlNode node, String key, Scenario scenario) {
        YamlNode list = node.get(key);
        if (list.kind() != YamlNode.Kind.SEQUENCE) {
            return List.of(region(list, scenario));
        }
        if (list.items().isEmpty()) {
            throw list.error("name at least one region");
        }
        return list.items().stream().map(item -> region(item, scenario)).toList();
    }

    /** A region of the baseline under {@code key} that sells (or buys) something in it. */
    private static String trading(YamlNode node, String key, Scenario scenario, boolean sells) {
        YamlNode field = node.get(key);
        String region = region(field, scenario);
        boolean trades = scenario.baseline().flows().stream()
                .anyMatch(f -> (sells ? f.seller() : f.buyer()).equals(region) && f.quantity() > 0);
        if (!trades) {
            throw field.error("'" + region + "' " + (sells ? "sells" : "buys") + " nothing in the baseline "
                    + scenario.baseline().id());
        }
        return region;
    }

    /** A region of the scenario's baseline, written as the baseline writes it. */
    private static String region(YamlNode node, Scenario scenario) {
        List<String> regions = scenario.baseline().regions();
        String region = node.text().strip();
        if (!regions.contains(region)) {
            throw node.error(
                    "the baseline " + scenario.baseline().id() + " has no region '" + region + "'",
                    EditDistance.closest(region, regions)
                                    .map(r -> "Did you mean '" + r + "'? ")
                                    .orElse("")
                            + "Its regions: " + String.join(", ", regions) + ".");
        }
        return region;
    }

    private static YearMonth month(YamlNode node, Scenario scenario) {
        YearMonth month;
        try {
            month = YearMonth.parse(node.text().strip());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a month", "Write months as YYYY-MM, e.g. 2025-05.");
        }
        if (month.isBefore(scenario.start()) || month.isAfter(scenario.end())) {
            throw node.error(
                    "the month " + month + " is outside the scenario's horizon, " + scenario.start() + " to "
                            + scenario.end(),
                    "Compare months the scenario runs, or lengthen its horizon.");
        }
        return month;
    }

    /** A change or a tolerance in %: "-74%", "25 %". */
    private static Quantity percent(YamlNode node) {
        Matcher matcher = PERCENT.matcher(node.text().strip());
        if (!matcher.matches()) {
            throw node.error("'" + node.text() + "' is not a percentage", "Write a change in %, e.g. -74% or 12.5%.");
        }
        return Quantity.of(Double.parseDouble(matcher.group(1)), Units.PERCENT);
    }

    private static ReportedSource source(YamlNode node) {
        node.allowOnly(SOURCE);
        YamlNode url = node.get("url");
        if (!url.text().startsWith("https://") && !url.text().startsWith("http://")) {
            throw url.error("'" + url.text() + "' is not a web address", "Give the source's URL, https://...");
        }
        YamlNode date = node.get("date");
        if (!DATE.matcher(date.text().strip()).matches()) {
            throw date.error("'" + date.text() + "' is not a date", "Write YYYY-MM-DD, YYYY-MM or YYYY.");
        }
        YamlNode quoteNode = node.get("quote");
        String quote = quoteNode.text().strip();
        if (quote.isEmpty()
                || quote.length() > MAX_QUOTE
                || SECOND_SENTENCE.matcher(quote).find()) {
            throw quoteNode.error(
                    "a quote must be one sentence of at most " + MAX_QUOTE + " characters",
                    "Quote the one sentence that states the figure.");
        }
        String publisher = node.text("publisher");
        String title = node.text("title");
        if (publisher.isBlank() || title.isBlank()) {
            throw node.error("a source needs a publisher and a title");
        }
        return new ReportedSource(
                new Citation(
                        publisher,
                        title,
                        Optional.of(url.text()),
                        Optional.of(date.text().strip())),
                quote);
    }
}
