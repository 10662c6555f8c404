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

    /** Columns of a Comtrade v2 download (and the three the project's download script adds) that carry
     * nothing this importer reads: descriptions of codes it reads, and quantities in other units. */
    private static final Set<String> SKIPPED = Set.of(
            "typeCode",
            "freqCode",
            "refPeriodId",
            "refYear",
            "refMonth",
            "reporterISO",
            "reporterDesc",
            "flowDesc",
            "partnerISO",
            "partnerDesc",
            "partner2ISO",
            "partner2Desc",
            "classificationCode",
            "classificationSearchCode",
            "isOriginalClassification",
            "cmdDesc",
            "aggrLevel",
            "isLeaf",
            "customsDesc",
            "mosCode",
            "motDesc",
            "qtyUnitCode",
            "qtyUnitAbbr",
            "qty",
            "isQtyEstimated",
            "altQtyUnitCode",
            "altQtyUnitAbbr",
            "altQty",
            "isAltQtyEstimated",
            "grossWgt",
            "isGrossWgtEstimated",
            "cifvalue",
            "fobvalue",
            "legacyEstimationFlag",
            "isReported",
            "isAggregate",
            "commodity_name",
            "hs_code",
            "query_year");

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

    /** Reads row by row (a download of any size holds one row at a time, besides what it states). */
    @Override
    public ImportBatch read(Path file) {
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
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<StatementId, Integer> lines = new HashMap<>();
        CsvHeader header = CsvFiles.forEachRecord(
                file,
                row -> CsvHeader.of(row, file, REQUIRED, SKIPPED, "a UN Comtrade v2 download"),
                (columns, row) -> {
                    int before = statements.size();
                    readRow(row, columns.columns(), file.toString(), source, statements, problems);
                    statements.subList(before, statements.size()).forEach(s -> lines.putIfAbsent(s.id(), row.line()));
                });
        return new ImportBatch(
                kind(), file, statements, problems, header.warning().stream().toList(), lines);
    }

    private void readRow(
            CsvRow row,
            Map<String, Integer> columns,
            String file,
            Source source,
            List<Statement> statements,
            List<RowProblem> problems) {
        String flow = cell(row, columns, "flowCode");
        if (!flow.equals("M") && !flow.equals("X")) {
            return; // re-exports and re-imports (RX, RM) and other flows are not modelled yet
        }
        Optional<Subject> reporter = subject(cell(row, columns, "reporterCode"));
        if (reporter.isEmpty() || reporter.get().kind() != Subject.Kind.COUNTRY) {
            problems.add(new RowProblem(
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
            problems.add(new RowProblem(
                    file,
                    row.line(),
                    columns.get("partnerCode") + 1,
                    "partnerCode",
                    "unknown partner code '" + partnerCode + "'"));
            return;
        }
        String field = "primaryValue";
        double value;
        double kilograms;
        try {
            value = Amounts.read(cell(row, columns, field))
                    .orElseThrow(() -> new NumberFormatException("expected a number, found a blank cell"));
            field = "netWgt";
            kilograms = Amounts.read(cell(row, columns, field)).orElse(0.0); // blank or 0: not reported
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(file, row.line(), columns.get(field) + 1, field, e.getMessage()));
            return;
        }
        String period = cell(row, columns, "period");
        Optional<PartialDate> year;
        try {
            year = Optional.of(new PartialDate(period));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(
                    file, row.line(), columns.get("period") + 1, "period", "expected a year, found '" + period + "'"));
            return;
        }
        Good good = good(cell(row, columns, "cmdCode"), variant(row, columns));
        boolean imports = flow.equals("M");
        boolean weightEstimated = cell(row, columns, "isNetWgtEstimated").equalsIgnoreCase("true");
        statements.add(Statement.of(
                reporter.get(),
                imports ? Property.IMPORT_VALUE : Property.EXPORT_VALUE,
                Optional.of(good),
                partner,
                year,
                new Value.Measured(Quantity.of(value, "USD")),
                false,
                Optional.empty(),
                source,
                row.text(),
                "en"));
        if (kilograms > 0) {
            statements.add(Statement.of(
                    reporter.get(),
                    imports ? Property.IMPORT_QUANTITY : Property.EXPORT_QUANTITY,
                    Optional.of(good),
                    partner,
                    year,
                    new Value.Measured(Quantity.of(kilograms / 1000, "t")),
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
