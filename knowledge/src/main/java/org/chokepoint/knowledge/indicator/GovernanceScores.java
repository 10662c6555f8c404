package org.chokepoint.knowledge.indicator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.importer.CsvFiles;
import org.chokepoint.knowledge.importer.CsvRow;
import org.chokepoint.model.geo.Country;
import org.chokepoint.reference.geo.CountryDirectory;

/**
 * A user's governance or instability score per supplier country, for the GeoPolRisk index: a CSV
 * with a header and rows of country (any code or name) and score (0 = no risk, higher = riskier,
 * e.g. rescaled Worldwide Governance Indicators). A bad row fails the whole file, naming its line
 * and column, because a silently missing score would lower the index.
 */
public record GovernanceScores(Map<String, Double> byCountry, String file) {

    public GovernanceScores {
        byCountry = Map.copyOf(byCountry);
    }

    public static GovernanceScores read(Path file, CountryDirectory countries) {
        List<CsvRow> rows = CsvFiles.read(file);
        Map<String, Double> scores = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (CsvRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Optional<Country> country = countries.find(row.cell(0));
            if (country.isEmpty()) {
                problems.add(file + " line " + row.line() + ", column 1: unknown country '" + row.cell(0) + "'");
                continue;
            }
            try {
                double score = Double.parseDouble(row.cell(1));
                if (!Double.isFinite(score) || score < 0) {
                    throw new NumberFormatException();
                }
                scores.put(country.get().id().alpha3(), score);
            } catch (NumberFormatException e) {
                problems.add(file + " line " + row.line() + ", column 2: expected a score of 0 or more, found '"
                        + row.cell(1) + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The score file has " + problems.size() + " bad row(s):"
                    + System.lineSeparator() + String.join(System.lineSeparator(), problems));
        }
        return new GovernanceScores(scores, file.toString());
    }

    public Optional<Double> of(String alpha3) {
        return Optional.ofNullable(byCountry.get(alpha3));
    }
}
