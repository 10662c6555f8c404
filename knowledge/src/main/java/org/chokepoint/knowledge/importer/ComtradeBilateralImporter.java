package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.commodity.CommodityCatalog;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads the compact bilateral import table compiled from UN Comtrade
 * ({@code bilateral_edges.csv}: commodity, flow, reporter, partner, ..., value_usd, net_kg), one row
 * per importer, partner and HS heading. Each row gives an import value (CIF, USD) and, where the
 * weight is reported, an import quantity. Comtrade's residual areas (490 "Other Asia, nes", which
 * is Comtrade's label for Taiwan, 568, 577, 839, 899) become regions, and re-imports (reporter
 * equals partner) are kept and marked. The year is taken from the folder name.
 */
public final class ComtradeBilateralImporter implements Importer {

    private static final List<String> REQUIRED =
            List.of("commodity", "flow", "reporter", "partner", "reporter_name", "partner_name", "value_usd", "net_kg");
    /** The table's flags, which this importer does not need: it reads the codes they are derived from. */
    private static final Set<String> SKIPPED =
            Set.of("is_world", "partner_is_group", "partner_is_hub", "reporter_is_hub");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private final ReferenceData reference;
    private final Map<String, Good> goods;

    public ComtradeBilateralImporter(ReferenceData reference) {
        this.reference = reference;
        this.goods = goods(reference.commodities());
    }

    @Override
    public String kind() {
        return "comtrade-bilateral";
    }

    @Override
    public String description() {
        return "UN Comtrade bilateral import table (bilateral_edges.csv, in a folder named with its year)";
    }

    @Override
    public boolean reads(Path file) {
        return file.getFileName().toString().equals("bilateral_edges.csv");
    }

    /** Reads row by row (a table of any size holds one row at a time, besides what it states). */
    @Override
    public ImportBatch read(Path file) {
        String year = year(file);
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Source source = new Source(
                "comtrade-" + year + "-bilateral-imports",
                "UN Comtrade",
                "Imports by reporter and partner, " + year
                        + ", critical-mineral HS headings (compiled by crm-trade-network)",
                Optional.of(file.toString()),
                Optional.empty());
        PartialDate period = new PartialDate(year);
        Map<StatementId, Integer> lines = new HashMap<>();
        CsvHeader header = CsvFiles.forEachRecord(
                file,
                row -> CsvHeader.of(row, file, REQUIRED, SKIPPED, "the Comtrade bilateral import table"),
                (columns, row) -> {
                    int before = statements.size();
                    readRow(row, columns, file.toString(), source, period, statements, problems);
                    statements.subList(before, statements.size()).forEach(s -> lines.putIfAbsent(s.id(), row.line()));
                });
        return new ImportBatch(
                kind(), file, statements, problems, header.warning().stream().toList(), lines);
    }

    private void readRow(
            CsvRow row,
            CsvHeader header,
            String file,
            Source source,
            PartialDate period,
            List<Statement> statements,
            List<RowProblem> problems) {
        String heading = header.cell(row, "commodity");
        if (!header.cell(row, "flow").equals("M")) {
            problems.add(new RowProblem(
                    file,
                    row.line(),
                    header.number("flow"),
                    "flow",
                    "expected M (imports), found '" + header.cell(row, "flow") + "'"));
            return;
        }
        Optional<Subject> importer = subject(header.cell(row, "reporter"));
        Optional<Subject> partner = subject(header.cell(row, "partner"));
        if (importer.isEmpty() || importer.get().kind() != Subject.Kind.COUNTRY) {
            problems.add(new RowProblem(
                    file,
                    row.line(),
                    header.number("reporter"),
                    "reporter",
                    "unknown reporter code '" + header.cell(row, "reporter") + "' (" + header.cell(row, "reporter_name")
                            + ")"));
            return;
        }
        if (partner.isEmpty()) {
            problems.add(new RowProblem(
                    file,
                    row.line(),
                    header.number("partner"),
                    "partner",
                    "unknown partner code '" + header.cell(row, "partner") + "' (" + header.cell(row, "partner_name")
                            + ")"));
            return;
        }
        Good good = goods.get(heading);
        if (good == null) {
            problems.add(new RowProblem(
                    file,
                    row.line(),
                    header.number("commodity"),
                    "commodity",
                    "HS heading '" + heading + "' is not in importers/comtrade-goods.yaml"));
            return;
        }
        double value;
        double kilograms;
        try {
            value = Amounts.read(header.cell(row, "value_usd"))
                    .orElseThrow(() -> new NumberFormatException("expected a number, found a blank cell"));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(file, row.line(), header.number("value_usd"), "value_usd", e.getMessage()));
            return;
        }
        try {
            kilograms = Amounts.read(header.cell(row, "net_kg"))
                    .orElseThrow(() -> new NumberFormatException("expected a number, found a blank cell"));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(file, row.line(), header.number("net_kg"), "net_kg", e.getMessage()));
            return;
        }
        Optional<String> note = importer.get().equals(partner.get())
                ? Optional.of("re-import: the reporter names itself as partner")
                : Optional.empty();
        statements.add(statement(
                importer.get(),
                Property.IMPORT_VALUE,
                good,
                partner.get(),
                period,
                Quantity.of(value, "USD"),
                note,
                source,
                row.text()));
        if (kilograms > 0) {
            statements.add(statement(
                    importer.get(),
                    Property.IMPORT_QUANTITY,
                    good,
                    partner.get(),
                    period,
                    Quantity.of(kilograms / 1000, "t"),
                    note,
                    source,
                    row.text()));
        }
    }

    private static Statement statement(
            Subject importer,
            Property property,
            Good good,
            Subject partner,
            PartialDate period,
            Quantity amount,
            Optional<String> note,
            Source source,
            String quote) {
        return Statement.of(
                importer,
                property,
                Optional.of(good),
                Optional.of(partner),
                Optional.of(period),
                new Value.Measured(amount),
                false,
                note,
                source,
                quote,
                "en");
    }

    private Optional<Subject> subject(String code) {
        return ComtradeCodes.subject(code, reference.countries());
    }

    private static String year(Path file) {
        for (Path part = file.toAbsolutePath().getParent(); part != null; part = part.getParent()) {
            Matcher year = YEAR.matcher(
                    part.getFileName() == null ? "" : part.getFileName().toString());
            if (year.find()) {
                return year.group();
            }
        }
        throw new IllegalArgumentException(
                "Cannot tell the year of " + file + ": the table has no year column." + System.lineSeparator()
                        + "Put it in a folder named with its year, e.g. comtrade-2023-critical-minerals-bilateral/.");
    }

    private static Map<String, Good> goods(CommodityCatalog catalog) {
        YamlNode root = YamlReader.readReferenceFile("importers/comtrade-goods.yaml", "comtrade-goods", 1);
        Map<String, Good> goods = new HashMap<>();
        YamlNode headings = root.get("headings");
        for (String heading : headings.keys()) {
            YamlNode entry = headings.get(heading).allowOnly(Set.of("chain", "stage", "description"));
            Optional<String> chain = entry.optionalText("chain");
            if (chain.isPresent()) {
                String stage = entry.text("stage");
                boolean known = catalog.hasStage(chain.get(), stage);
                if (!known) {
                    throw entry.error("no stage " + stage + " in chain " + chain.get());
                }
                goods.put(
                        heading,
                        new Good(chain.get(), Optional.of(stage), Optional.of("HS " + heading), Optional.empty()));
            } else {
                goods.put(
                        heading,
                        new Good(
                                "hs-" + heading,
                                Optional.empty(),
                                Optional.of(entry.text("description")),
                                Optional.empty()));
            }
        }
        return goods;
    }
}
