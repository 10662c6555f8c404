package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
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

    private static final List<String> HEADER = List.of(
            "commodity",
            "flow",
            "reporter",
            "partner",
            "reporter_name",
            "partner_name",
            "is_world",
            "partner_is_group",
            "partner_is_hub",
            "reporter_is_hub",
            "value_usd",
            "net_kg");
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

    @Override
    public ImportBatch read(Path file) {
        ImportSink.Collecting all = ImportSink.collecting();
        read(file, all);
        return all.batch(kind(), file);
    }

    /** Reads row by row: a table of any size is held one row at a time. */
    @Override
    public void read(Path file, ImportSink sink) {
        String year = year(file);
        Source source = new Source(
                "comtrade-" + year + "-bilateral-imports",
                "UN Comtrade",
                "Imports by reporter and partner, " + year
                        + ", critical-mineral HS headings (compiled by crm-trade-network)",
                Optional.of(file.toString()),
                Optional.empty());
        PartialDate period = new PartialDate(year);
        AtomicBoolean header = new AtomicBoolean(false); // whether the first row, the header, has been read
        CsvFiles.forEachRow(file, row -> {
            if (!header.getAndSet(true)) {
                requireHeader(row, file);
            } else if (!row.isBlank()) {
                readRow(row, file.toString(), source, period, sink);
            }
        });
        if (!header.get()) {
            requireHeader(new CsvRow(1, List.of()), file);
        }
    }

    private static void requireHeader(CsvRow row, Path file) {
        if (!row.cells().stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalArgumentException(file + " line 1: expected the header " + String.join(",", HEADER)
                    + System.lineSeparator() + "Is this the Comtrade bilateral import table?");
        }
    }

    private void readRow(CsvRow row, String file, Source source, PartialDate period, ImportSink sink) {
        String heading = row.cell(0);
        if (!row.cell(1).equals("M")) {
            sink.problem(
                    new RowProblem(file, row.line(), 2, "flow", "expected M (imports), found '" + row.cell(1) + "'"));
            return;
        }
        Optional<Subject> importer = subject(row.cell(2));
        Optional<Subject> partner = subject(row.cell(3));
        if (importer.isEmpty() || importer.get().kind() != Subject.Kind.COUNTRY) {
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    3,
                    "reporter",
                    "unknown reporter code '" + row.cell(2) + "' (" + row.cell(4) + ")"));
            return;
        }
        if (partner.isEmpty()) {
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    4,
                    "partner",
                    "unknown partner code '" + row.cell(3) + "' (" + row.cell(5) + ")"));
            return;
        }
        Good good = goods.get(heading);
        if (good == null) {
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    1,
                    "commodity",
                    "HS heading '" + heading + "' is not in importers/comtrade-goods.yaml"));
            return;
        }
        Optional<Double> value = ComtradeCodes.amount(row.cell(10));
        Optional<Double> kilograms = ComtradeCodes.amount(row.cell(11));
        if (value.isEmpty()) {
            sink.problem(new RowProblem(
                    file, row.line(), 11, "value_usd", "expected a number, found '" + row.cell(10) + "'"));
            return;
        }
        if (kilograms.isEmpty()) {
            sink.problem(
                    new RowProblem(file, row.line(), 12, "net_kg", "expected a number, found '" + row.cell(11) + "'"));
            return;
        }
        Optional<String> note = importer.get().equals(partner.get())
                ? Optional.of("re-import: the reporter names itself as partner")
                : Optional.empty();
        sink.statement(statement(
                importer.get(),
                Property.IMPORT_VALUE,
                good,
                partner.get(),
                period,
                Quantity.of(value.get(), "USD"),
                note,
                source,
                row.text()));
        if (kilograms.get() > 0) {
            sink.statement(statement(
                    importer.get(),
                    Property.IMPORT_QUANTITY,
                    good,
                    partner.get(),
                    period,
                    Quantity.of(kilograms.get() / 1000, "t"),
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
