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
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;

/**
 * Reads the Global Energy Monitor LNG terminals tracker (GEM-GGIT-LNG-Terminals-YYYY-MM.csv): one
 * facility per unit (ComboID), with its capacity in Mt/yr (GEM's CapacityInMtpa), import or export,
 * status, first start year, owners and country.
 */
public final class GemLngTerminalImporter implements Importer {

    private static final Pattern FILE = Pattern.compile("GEM-GGIT-LNG-Terminals-(\\d{4})-(\\d{2})\\.csv");
    private static final List<String> REQUIRED = List.of(
            "ComboID",
            "TerminalName",
            "UnitName",
            "FacilityType",
            "Status",
            "Country",
            "Owner",
            "CapacityInMtpa",
            "StartYear1");

    /** Columns of the tracker this importer does not read (names, history, places, costs). */
    private static final Set<String> SKIPPED = Set.of(
            "TerminalID",
            "ProjectID",
            "Wiki",
            "OtherLanguageName",
            "OtherEnglishNames",
            "Owner Company",
            "Parent",
            "ParentHQCountry",
            "Capacity",
            "CapacityUnits",
            "CapacityInBcm/y",
            "ProposalYear",
            "ProposalMonth",
            "ConstructionYear",
            "ConstructionMonth",
            "StartMonth1",
            "StartYear2",
            "StartYear3",
            "DelayedStartYear",
            "StartYearEarliest",
            "ShelvedYear",
            "CancelledYear",
            "StopYear",
            "Region",
            "Location",
            "Prefecture/District",
            "State/Province",
            "Latitude",
            "Longitude",
            "Accuracy",
            "PowerPlantsSupplied",
            "Cost",
            "CostUnits",
            "CostUSD",
            "FIDStatus",
            "FIDYear",
            "Floating",
            "LastUpdated");

    private final ReferenceData reference;

    public GemLngTerminalImporter(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String kind() {
        return "gem-lng";
    }

    @Override
    public String description() {
        return "Global Energy Monitor LNG terminals (GEM-GGIT-LNG-Terminals-YYYY-MM.csv)";
    }

    @Override
    public boolean reads(Path file) {
        return FILE.matcher(file.getFileName().toString()).matches();
    }

    @Override
    public ImportBatch read(Path file) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("Not a GEM LNG terminals file: " + file + System.lineSeparator()
                    + "Expected a file named like GEM-GGIT-LNG-Terminals-2024-01.csv.");
        }
        String release = name.group(1) + "-" + name.group(2);
        List<CsvRow> rows = CsvFiles.read(file);
        CsvHeader header = CsvHeader.of(rows.get(0), file, REQUIRED, SKIPPED, "the GEM LNG terminals tracker");
        Map<String, Integer> columns = header.columns();
        Source source = new Source(
                "gem-ggit-lng-terminals-" + release,
                "Global Energy Monitor",
                "Global Gas Infrastructure Tracker, LNG terminals, " + release + " (CC BY 4.0)",
                Optional.of(file.toString()),
                Optional.of(new PartialDate(release)));
        GemFacilities facilities = new GemFacilities(reference, source, file.toString(), Good.of("lng", "lng"));
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<StatementId, Integer> lines = new HashMap<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            int before = statements.size();
            String combo = row.cell(columns.get("ComboID"));
            if (combo.isEmpty()) {
                problems.add(new RowProblem(
                        file.toString(), row.line(), columns.get("ComboID") + 1, "ComboID", "missing unit id"));
                continue;
            }
            Optional<Double> mtpa;
            try {
                mtpa = GemFacilities.number(row.cell(columns.get("CapacityInMtpa")));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(
                        file.toString(),
                        row.line(),
                        columns.get("CapacityInMtpa") + 1,
                        "CapacityInMtpa",
                        e.getMessage()));
                continue;
            }
            String unit = row.cell(columns.get("UnitName"));
            String label = row.cell(columns.get("TerminalName")) + (unit.isEmpty() ? "" : " " + unit);
            Subject facility =
                    new Subject(Subject.Kind.FACILITY, "gem-" + combo.toLowerCase(java.util.Locale.ROOT), label);
            String type = row.cell(columns.get("FacilityType"));
            facilities.add(
                    facility,
                    row,
                    quote(row, columns),
                    mtpa.map(v -> Quantity.of(v, "Mt/yr")),
                    row.cell(columns.get("Status")),
                    row.cell(columns.get("StartYear1")),
                    row.cell(columns.get("Owner")),
                    List.of(row.cell(columns.get("Country"))).stream()
                            .filter(c -> !c.isBlank())
                            .toList(),
                    columns.get("Country") + 1,
                    type.isEmpty() ? Optional.empty() : Optional.of(type + " terminal"),
                    statements,
                    problems);
            statements.subList(before, statements.size()).forEach(s -> lines.putIfAbsent(s.id(), row.line()));
        }
        return new ImportBatch(
                kind(), file, statements, problems, header.warning().stream().toList(), lines);
    }

    /** The cells that were read, as CSV text: the statements' quote. */
    private static String quote(CsvRow row, Map<String, Integer> columns) {
        return new CsvRow(
                        row.line(),
                        REQUIRED.stream().map(c -> row.cell(columns.get(c))).toList())
                .text();
    }
}
