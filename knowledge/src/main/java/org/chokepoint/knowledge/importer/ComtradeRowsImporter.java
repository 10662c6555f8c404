package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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

/**
 * Reads UN Comtrade v2 rows as the API returns them (typeCode, freqCode, ..., reporterCode,
 * flowCode, partnerCode, cmdCode, motCode, netWgt, primaryValue, ...): imports and exports by
 * reporter, partner (0 is the world), HS code and year. A reporter's exports and its partner's
 * imports of the same flow (mirror flows) are separate statements by construction. Rows that break
 * a total down by mode of transport or customs procedure are kept as variants, not added to the
 * total. HS codes are mapped to a stage only where exactly one stage trades under them.
 */
public final class ComtradeRowsImporter implements Importer {

    private static final List<String> REQUIRED = List.of(
            "period",
            "reporterCode",
            "flowCode",
            "partnerCode",
            "partner2Code",
            "cmdCode",
            "customsCode",
            "motCode",
            "netWgt",
            "isNetWgtEstimated",
            "primaryValue");

    private final ReferenceData reference;

    public ComtradeRowsImporter(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String kind() {
        return "comtrade";
    }

    @Override
    public String description() {
        return "UN Comtrade v2 rows (CSV with typeCode, reporterCode, flowCode, partnerCode, cmdCode, primaryValue, ...)";
    }

    @Override
    public boolean reads(Path file) {
        return file.getFileName().toString().endsWith("_trade_data.csv");
    }

    @Override
    public ImportBatch read(Path file) {
        ImportSink.Collecting all = ImportSink.collecting();
        read(file, all);
        return all.batch(kind(), file);
    }

    /** Reads row by row: a download of any size is held one row at a time. */
    @Override
    public void read(Path file, ImportSink sink) {
        String name = file.getFileName()
                .toString()
                .replace(".csv", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        Source source = new Source(
                "comtrade-v2-" + name,
                "UN Comtrade",
                "Comtrade v2 annual rows, " + file.getFileName(),
                Optional.of(file.toString()),
                Optional.empty());
        AtomicReference<Map<String, Integer>> columns = new AtomicReference<>(); // from the header, the first row
        CsvFiles.forEachRow(file, row -> {
            if (columns.get() == null) {
                columns.set(CsvHeader.of(row, file, REQUIRED, "a UN Comtrade v2 download")
                        .columns());
            } else if (!row.isBlank()) {
                readRow(row, columns.get(), file.toString(), source, sink);
            }
        });
        if (columns.get() == null) {
            throw new IllegalArgumentException(file + ": the file is empty; expected a UN Comtrade v2 download");
        }
    }

    private void readRow(CsvRow row, Map<String, Integer> columns, String file, Source source, ImportSink sink) {
        String flow = cell(row, columns, "flowCode");
        if (!flow.equals("M") && !flow.equals("X")) {
            return; // re-exports and re-imports (RX, RM) and other flows are not modelled yet
        }
        Optional<Subject> reporter = subject(cell(row, columns, "reporterCode"));
        if (reporter.isEmpty() || reporter.get().kind() != Subject.Kind.COUNTRY) {
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    columns.get("reporterCode") + 1,
                    "reporterCode",
                    "unknown reporter code '" + cell(row, columns, "reporterCode") + "'"));
            return;
        }
        String partnerCode = cell(row, columns, "partnerCode");
        Optional<Subject> partner = partnerCode.equals("0") ? Optional.of(Subject.world()) : subject(partnerCode);
        if (partner.isEmpty()) {
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    columns.get("partnerCode") + 1,
                    "partnerCode",
                    "unknown partner code '" + partnerCode + "'"));
            return;
        }
        Optional<Double> value = ComtradeCodes.amount(cell(row, columns, "primaryValue"));
        String weight = cell(row, columns, "netWgt");
        Optional<Double> kilograms =
                weight.isBlank() ? Optional.of(0.0) : ComtradeCodes.amount(weight); // blank or 0: not reported
        if (value.isEmpty() || kilograms.isEmpty()) {
            String field = value.isEmpty() ? "primaryValue" : "netWgt";
            sink.problem(new RowProblem(
                    file,
                    row.line(),
                    columns.get(field) + 1,
                    field,
                    "expected a number, found '" + cell(row, columns, field) + "'"));
            return;
        }
        String period = cell(row, columns, "period");
        Optional<PartialDate> year;
        try {
            year = Optional.of(new PartialDate(period));
        } catch (IllegalArgumentException e) {
            sink.problem(new RowProblem(
                    file, row.line(), columns.get("period") + 1, "period", "expected a year, found '" + period + "'"));
            return;
        }
        Good good = good(cell(row, columns, "cmdCode"), variant(row, columns));
        boolean imports = flow.equals("M");
        boolean weightEstimated = cell(row, columns, "isNetWgtEstimated").equalsIgnoreCase("true");
        sink.statement(Statement.of(
                reporter.get(),
                imports ? Property.IMPORT_VALUE : Property.EXPORT_VALUE,
                Optional.of(good),
                partner,
                year,
                new Value.Measured(Quantity.of(value.get(), "USD")),
                false,
                Optional.empty(),
                source,
                row.text(),
                "en"));
        if (kilograms.get() > 0) {
            sink.statement(Statement.of(
                    reporter.get(),
                    imports ? Property.IMPORT_QUANTITY : Property.EXPORT_QUANTITY,
                    Optional.of(good),
                    partner,
                    year,
                    new Value.Measured(Quantity.of(kilograms.get() / 1000, "t")),
                    weightEstimated,
                    Optional.empty(),
                    source,
                    row.text(),
                    "en"));
        }
    }

    /** A breakdown of the total by mode of transport, customs procedure or second partner, if any. */
    private static Optional<String> variant(CsvRow row, Map<String, Integer> columns) {
        List<String> parts = new ArrayList<>();
        if (!cell(row, columns, "motCode").equals("0")) {
            parts.add("transport mode " + cell(row, columns, "motCode"));
        }
        if (!cell(row, columns, "customsCode").equals("C00")) {
            parts.add("customs " + cell(row, columns, "customsCode"));
        }
        if (!cell(row, columns, "partner2Code").equals("0")) {
            parts.add("second partner " + cell(row, columns, "partner2Code"));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private Good good(String hs, Optional<String> variant) {
        return reference
                .commodities()
                .stageForHs(hs)
                .map(found -> new Good(
                        found.getKey().id().slug(),
                        Optional.of(found.getValue().id().slug()),
                        Optional.of("HS " + hs),
                        variant))
                .orElseGet(() -> new Good("hs-" + hs, Optional.empty(), Optional.empty(), variant));
    }

    private Optional<Subject> subject(String code) {
        return ComtradeCodes.subject(code, reference.countries());
    }

    private static String cell(CsvRow row, Map<String, Integer> columns, String column) {
        return row.cell(columns.get(column));
    }
}
