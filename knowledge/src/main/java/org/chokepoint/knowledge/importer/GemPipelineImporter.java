package org.chokepoint.knowledge.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Reads the Global Energy Monitor gas pipelines map file (GEM-GGIT-gas-pipelines-mapfile-YYYY-MM-DD.csv):
 * one route per pipeline segment, with its capacity in bcm/yr, status, start year, owners and the
 * countries it crosses. The route geometry is not stored.
 */
public final class GemPipelineImporter implements Importer {

    private static final Pattern FILE = Pattern.compile("GEM-GGIT-gas-pipelines-mapfile-(\\d{4}-\\d{2}-\\d{2})\\.csv");
    private static final List<String> REQUIRED =
            List.of("id", "name", "unit-name", "status", "areas", "owner", "capacity", "start-year");

    /** Columns of the map file this importer does not read (places, geometry, display fields). */
    private static final Set<String> SKIPPED = Set.of(
            "url",
            "parent",
            "region",
            "subnat",
            "Latitude",
            "Longitude",
            "geometry",
            "tracker-acro",
            "tracker-custom",
            "subnat2",
            "region2",
            "scaling-capacity",
            "capacity-table",
            "capacity-details",
            "status-legend",
            "areas-subnat-sat-display",
            "tracker-display");

    private final ReferenceData reference;

    public GemPipelineImporter(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String kind() {
        return "gem-pipelines";
    }

    @Override
    public String description() {
        return "Global Energy Monitor gas pipelines map file (GEM-GGIT-gas-pipelines-mapfile-YYYY-MM-DD.csv)";
    }

    @Override
    public boolean reads(Path file) {
        return FILE.matcher(file.getFileName().toString()).matches();
    }

    @Override
    public ImportBatch read(Path file) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("Not a GEM pipelines map file: " + file + System.lineSeparator()
                    + "Expected a file named like GEM-GGIT-gas-pipelines-mapfile-2024-10-08.csv.");
        }
        String release = name.group(1);
        List<CsvRow> rows = CsvFiles.read(file);
        CsvHeader header = CsvHeader.of(rows.get(0), file, REQUIRED, SKIPPED, "the GEM pipelines map file");
        Map<String, Integer> columns = header.columns();
        Source source = new Source(
                "gem-ggit-pipelines-" + release,
                "Global Energy Monitor",
                "Global Gas Infrastructure Tracker, gas pipelines map file, " + release + " (CC BY 4.0)",
                Optional.of(file.toString()),
                Optional.of(new PartialDate(release)));
        GemFacilities facilities =
                new GemFacilities(reference, source, file.toString(), Good.of("pipeline-gas", "pipeline-gas"));
        List<Statement> statements = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<StatementId, Integer> lines = new HashMap<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            int before = statements.size();
            String id = row.cell(columns.get("id"));
            if (id.isEmpty()) {
                problems.add(new RowProblem(
                        file.toString(), row.line(), columns.get("id") + 1, "id", "missing pipeline id"));
                continue;
            }
            Optional<Double> capacity;
            try {
                capacity = GemFacilities.number(row.cell(columns.get("capacity")));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(
                        file.toString(), row.line(), columns.get("capacity") + 1, "capacity", e.getMessage()));
                continue;
            }
            String unit = row.cell(columns.get("unit-name"));
            String label = row.cell(columns.get("name")) + (unit.isEmpty() ? "" : " (" + unit + ")");
            Subject route = new Subject(Subject.Kind.ROUTE, "gem-" + id.toLowerCase(Locale.ROOT), label);
            List<String> areas = Arrays.stream(row.cell(columns.get("areas")).split(","))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .toList();
            facilities.add(
                    route,
                    row,
                    quote(row, columns),
                    capacity.map(v -> Quantity.of(v, "bcm/yr")),
                    row.cell(columns.get("status")),
                    row.cell(columns.get("start-year")),
                    row.cell(columns.get("owner")),
                    areas,
                    columns.get("areas") + 1,
                    Optional.empty(),
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
