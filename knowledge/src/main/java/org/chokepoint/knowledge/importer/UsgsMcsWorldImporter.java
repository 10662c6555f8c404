package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.text.Slug;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.commodity.CommodityCatalog;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads the world production and reserves tables of the USGS Mineral Commodity Summaries
 * ({@code mcs2024-raree_world.csv}). Releases differ in headers (Prod_t_2021, Prod_kt_est_2022,
 * Reserves_kg...), units, BOMs, footnote markers on country names ("Japane", "United States1"),
 * and markers in value cells: W (withheld), NA and XX (not available), "e5,000" (estimate),
 * "<100", "Less than ½ unit."; all are handled, and anything else is reported with its line and
 * column. Each release is its own source, so revisions stay side by side.
 */
public final class UsgsMcsWorldImporter implements Importer {

    private static final Pattern FILE = Pattern.compile("(?i)mcs(\\d{4})-([a-z-]+)_world\\.csv");
    private static final Pattern COLUMN = Pattern.compile(
            "(?i)(Prod|Reserves|Cap)(?:_[A-Za-z0-9]+?)??_(t|kt|kg|Mt|mmt|mcm)(?:_([Ee]st))?(?:_(\\d{4}))?");
    private static final Pattern FOOTNOTE = Pattern.compile("^(.*?)(\\d+)$");
    private static final Map<String, String> UNITS =
            Map.of("t", "t", "kt", "kt", "kg", "kg", "Mt", "Mt", "mmt", "Mt", "mcm", "mcm");

    private final ReferenceData reference;
    private final Map<String, List<GoodMatch>> goods;

    public UsgsMcsWorldImporter(ReferenceData reference) {
        this.reference = reference;
        this.goods = goods(reference.commodities());
    }

    @Override
    public String kind() {
        return "usgs-mcs";
    }

    @Override
    public String description() {
        return "USGS Mineral Commodity Summaries world production and reserves tables (mcsYYYY-CODE_world.csv)";
    }

    @Override
    public boolean reads(Path file) {
        return FILE.matcher(file.getFileName().toString()).matches();
    }

    @Override
    public ImportBatch read(Path file) {
        String name = file.getFileName().toString();
        Matcher fileName = FILE.matcher(name);
        if (!fileName.matches()) {
            throw new IllegalArgumentException("Not a USGS MCS world table: " + file + System.lineSeparator()
                    + "Expected a file named like mcs2024-raree_world.csv.");
        }
        int release = Integer.parseInt(fileName.group(1));
        String code = fileName.group(2).toLowerCase(Locale.ROOT);
        List<CsvRow> rows = CsvFiles.read(file);
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Table table = Table.of(rows.get(0), file.toString(), problems);
        Source source = new Source(
                "usgs-mcs-" + release + "-" + code + "-world",
                "U.S. Geological Survey",
                "Mineral Commodity Summaries " + release + ", world mine production and reserves (" + code + ")",
                Optional.of(file.toString()),
                Optional.of(new PartialDate(String.valueOf(release))));
        Map<StatementId, Integer> lines = new HashMap<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (!row.isBlank()) {
                int before = statements.size();
                readRow(row, table, code, source, file.toString(), statements, problems);
                statements.subList(before, statements.size()).forEach(s -> lines.putIfAbsent(s.id(), row.line()));
            }
        }
        return new ImportBatch(
                kind(),
                file,
                statements,
                problems,
                CsvHeader.unknownColumns(file.toString(), rows.get(0).line(), table.unknown()).stream()
                        .toList(),
                lines);
    }

    private void readRow(
            CsvRow row,
            Table table,
            String code,
            Source source,
            String file,
            List<Statement> statements,
            List<RowProblem> problems) {
        String countryCell = row.cell(table.country);
        Optional<NamedSubject> subject = subject(countryCell);
        if (subject.isEmpty()) {
            problems.add(new RowProblem(
                    file, row.line(), table.country + 1, "Country", "unknown country or region '" + countryCell + "'"));
            return;
        }
        String type = row.cell(table.type);
        Good good = goods.getOrDefault(code, List.of()).stream()
                .filter(m -> m.matches(type))
                .findFirst()
                .map(GoodMatch::good)
                .orElseGet(() -> new Good("usgs-" + code, Optional.of(slug(type)), Optional.empty(), Optional.empty()));
        Good counted = new Good(good.chain(), good.stage(), Optional.of(type), subject.get().qualifier);
        for (ValueColumn column : table.values) {
            String cell = row.cell(column.index);
            Optional<Value> parsed;
            try {
                parsed = value(cell, column.unit);
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(
                        file, row.line(), column.index + 1, column.header, e.getMessage() + " (or W, NA, XX)"));
                continue;
            }
            if (parsed.isEmpty()) {
                continue;
            }
            boolean estimate = column.estimate || cell.startsWith("e") || subject.get().estimate;
            Optional<String> note = column.notes.map(row::cell).filter(n -> !n.isBlank());
            Optional<PartialDate> period =
                    column.year.or(() -> table.latestYear).map(y -> new PartialDate(String.valueOf(y)));
            statements.add(Statement.of(
                    subject.get().subject,
                    column.property,
                    Optional.of(column.good(counted)),
                    Optional.empty(),
                    period,
                    parsed.get(),
                    estimate,
                    note,
                    source,
                    row.text(),
                    "en"));
        }
    }

    /**
     * The value of a cell, or empty for a cell that states nothing (blank, NA, XX, "Included in
     * ..."); a {@link NumberFormatException} saying why for a cell that cannot be read.
     */
    private static Optional<Value> value(String cell, Unit unit) {
        String text = cell.replace('\u00A0', ' ').strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()
                || lower.equals("na")
                || lower.equals("xx")
                || lower.equals("--")
                || lower.startsWith("included")) {
            return Optional.empty();
        }
        if (text.equals("W")) {
            return Optional.of(new Value.Withheld());
        }
        if (lower.contains("large") || lower.equals("very small") || text.startsWith(">")) {
            return Optional.of(new Value.Text(text)); // a size class or an open bound, not a figure
        }
        if (lower.startsWith("less than ½ unit")) {
            return Optional.of(range(0, 0.5, unit));
        }
        if (text.startsWith("<")) {
            return Optional.of(range(0, number(text.substring(1)), unit));
        }
        String figure = text.startsWith("e") ? text.substring(1) : text; // "e5,000": an estimate
        return Optional.of(new Value.Measured(new Quantity(number(figure), unit)));
    }

    private static Value range(double low, double high, Unit unit) {
        return new Value.Measured(new QuantityRange(new Quantity(low, unit), new Quantity(high, unit)));
    }

    private static double number(String text) {
        return Amounts.read(text)
                .orElseThrow(() -> new NumberFormatException("expected a number, found '" + text + "'"));
    }

    /** A subject named in the Country column, with the qualifier and estimate marker stripped off. */
    private record NamedSubject(Subject subject, Optional<String> qualifier, boolean estimate) {}

    private Optional<NamedSubject> subject(String cell) {
        Matcher footnote = FOOTNOTE.matcher(cell.strip());
        String name = footnote.matches() ? footnote.group(1).strip() : cell.strip();
        Optional<NamedSubject> found = named(name, Optional.empty(), false).or(() -> estimated(name, Optional.empty()));
        if (found.isPresent()) {
            return found;
        }
        String base = name;
        Optional<String> qualifier = Optional.empty();
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            qualifier = Optional.of(name.substring(paren + 2, name.length() - 1));
            base = name.substring(0, paren);
        } else if (name.contains(", ") && !name.startsWith("World total")) {
            int comma = name.lastIndexOf(", ");
            qualifier = Optional.of(name.substring(comma + 2));
            base = name.substring(0, comma);
        }
        Optional<String> splitQualifier = qualifier;
        String splitBase = base;
        return named(splitBase, splitQualifier, false).or(() -> estimated(splitBase, splitQualifier));
    }

    /** A name with USGS's estimate marker, a trailing "e" ("Japane", "Korea, Republic ofe"). */
    private Optional<NamedSubject> estimated(String name, Optional<String> qualifier) {
        return name.endsWith("e") ? named(name.substring(0, name.length() - 1), qualifier, true) : Optional.empty();
    }

    private Optional<NamedSubject> named(String name, Optional<String> qualifier, boolean estimate) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("world total")) {
            String rest = name.substring("world total".length())
                    .replaceAll("^[ ,]+", "")
                    .strip();
            Optional<String> worldQualifier =
                    rest.isEmpty() || rest.equals("(rounded)") ? qualifier : Optional.of(rest);
            return Optional.of(new NamedSubject(Subject.world(), worldQualifier, estimate));
        }
        if (lower.startsWith("other countries") || lower.equals("other")) {
            return Optional.of(new NamedSubject(
                    new Subject(Subject.Kind.REGION, "other-countries", "Other countries"), qualifier, estimate));
        }
        int and = name.indexOf(" and ");
        if (and > 0) {
            Optional<Country> first = reference.countries().find(name.substring(0, and));
            Optional<Country> second = reference.countries().find(name.substring(and + 5));
            if (first.isPresent() && second.isPresent()) {
                String id = first.get().id() + "+" + second.get().id();
                return Optional.of(new NamedSubject(new Subject(Subject.Kind.REGION, id, name), qualifier, estimate));
            }
        }
        Optional<Country> country = reference.countries().find(name);
        return country.map(c ->
                new NamedSubject(new Subject(Subject.Kind.COUNTRY, c.id().alpha3(), c.english()), qualifier, estimate));
    }

    /** The columns of one table, found from its header. */
    private record Table(
            int country, int type, List<ValueColumn> values, Optional<Integer> latestYear, List<String> unknown) {

        static Table of(CsvRow header, String file, List<RowProblem> problems) {
            int country = -1;
            int type = -1;
            List<ValueColumn> values = new ArrayList<>();
            Map<String, Integer> notes = new HashMap<>();
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cell(i);
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("country")) {
                    country = i;
                } else if (lower.equals("type")) {
                    type = i;
                } else if (lower.endsWith("_notes") || lower.endsWith("_note")) {
                    notes.put(lower.substring(0, lower.indexOf('_')), i);
                }
            }
            Optional<Integer> latest = Optional.empty();
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cell(i);
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.isEmpty()
                        || lower.endsWith("notes")
                        || lower.endsWith("note")
                        || !(lower.startsWith("prod") || lower.startsWith("reserves") || lower.startsWith("cap"))) {
                    continue;
                }
                Matcher column = COLUMN.matcher(name);
                if (!column.matches()) {
                    problems.add(new RowProblem(
                            file,
                            header.line(),
                            i + 1,
                            name,
                            "column not read: its unit is not one of t, kt, kg, Mt, mmt, mcm"));
                    continue;
                }
                String kind = column.group(1).toLowerCase(Locale.ROOT);
                Property property =
                        switch (kind) {
                            case "prod" -> Property.PRODUCTION;
                            case "reserves" -> Property.RESERVES;
                            default -> Property.CAPACITY;
                        };
                Optional<Integer> year = Optional.ofNullable(column.group(4)).map(Integer::parseInt);
                if (year.isPresent() && (latest.isEmpty() || year.get() > latest.get())) {
                    latest = year;
                }
                String unit = UNITS.get(column.group(2));
                if (unit == null) {
                    problems.add(new RowProblem(
                            file,
                            header.line(),
                            i + 1,
                            name,
                            "column not read: unit '" + column.group(2) + "' is ambiguous or unknown"));
                    continue;
                }
                values.add(new ValueColumn(
                        i,
                        name,
                        property,
                        Units.parse(unit),
                        column.group(3) != null,
                        year,
                        Optional.ofNullable(notes.get(kind)),
                        Optional.of(name.substring(column.end(1), column.start(2) - 1))
                                .map(part -> part.replace("_", "").toLowerCase(Locale.ROOT))
                                .filter(part -> !part.isEmpty())));
            }
            int afterCountry = country + 1;
            if (type < 0 && country >= 0 && values.stream().noneMatch(v -> v.index() == afterCountry)) {
                type = country + 1; // some tables put the type's text in the header instead of "Type"
            }
            if (country < 0 || type < 0) {
                throw new IllegalArgumentException(file + " line " + header.line() + ": no column "
                        + (country < 0 ? "Country" : "Type") + " (required: Country, Type); is this a USGS MCS world"
                        + " table?");
            }
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < header.cells().size(); i++) {
                String lower = header.cell(i).toLowerCase(Locale.ROOT);
                boolean known = i == country
                        || i == type
                        || lower.isEmpty()
                        || lower.equals("source")
                        || lower.endsWith("note")
                        || lower.endsWith("notes")
                        || lower.startsWith("prod")
                        || lower.startsWith("reserves")
                        || lower.startsWith("cap");
                if (!known) {
                    unknown.add(header.cell(i));
                }
            }
            return new Table(country, type, distinguished(values), latest, List.copyOf(unknown));
        }

        /**
         * The columns with their part kept only where it tells apart two columns of one property
         * and year (Cap_Sponge_t_2023 beside Cap_Pigment_t_2023, two capacities), so that their
         * figures are two facts, not one fact with two values.
         */
        private static List<ValueColumn> distinguished(List<ValueColumn> columns) {
            return columns.stream()
                    .map(c -> columns.stream()
                                    .anyMatch(o -> o.property() == c.property()
                                            && o.year().equals(c.year())
                                            && !o.part().equals(c.part()))
                            ? c
                            : c.withoutPart())
                    .toList();
        }
    }

    private record ValueColumn(
            int index,
            String header,
            Property property,
            Unit unit,
            boolean estimate,
            Optional<Integer> year,
            Optional<Integer> notes,
            Optional<String> part) {

        ValueColumn withoutPart() {
            return new ValueColumn(index, header, property, unit, estimate, year, notes, Optional.empty());
        }

        /** The good a figure of this column counts: the row's, told apart by the column's part if it has one. */
        Good good(Good row) {
            return part.map(p -> new Good(
                            row.chain(),
                            row.stage(),
                            row.basis(),
                            Optional.of(row.variant().map(v -> v + ", ").orElse("") + p)))
                    .orElse(row);
        }
    }

    /** Rows of a table whose Type contains {@code word} (any row when empty) count {@code good}. */
    private record GoodMatch(Optional<String> word, Good good) {
        boolean matches(String type) {
            return word.map(w -> type.toLowerCase(Locale.ROOT).contains(w)).orElse(true);
        }
    }

    private static String slug(String text) {
        return Slug.of(text);
    }

    private static Map<String, List<GoodMatch>> goods(CommodityCatalog catalog) {
        YamlNode root = YamlReader.readReferenceFile("importers/usgs-mcs-goods.yaml", "usgs-mcs-goods", 1);
        Map<String, List<GoodMatch>> goods = new HashMap<>();
        YamlNode table = root.get("goods");
        for (String code : table.keys()) {
            List<GoodMatch> matches = new ArrayList<>();
            for (YamlNode entry : table.get(code).items()) {
                entry.allowOnly(java.util.Set.of("match", "chain", "stage"));
                String chain = entry.text("chain");
                String stage = entry.text("stage");
                boolean known = catalog.hasStage(chain, stage);
                if (!known) {
                    throw entry.error(
                            "no stage " + stage + " in chain " + chain, "See ./chokepoint commodities " + chain + ".");
                }
                matches.add(new GoodMatch(
                        entry.optionalText("match").map(w -> w.toLowerCase(Locale.ROOT)), Good.of(chain, stage)));
            }
            goods.put(code, List.copyOf(matches));
        }
        return goods;
    }
}
