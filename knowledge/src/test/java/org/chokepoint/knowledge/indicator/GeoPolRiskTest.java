package org.chokepoint.knowledge.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPolRiskTest {

    private static final Good GRAPHITE = Good.of("graphite", "natural-graphite");
    private static final Source SOURCE =
            new Source("test", "Test", "Test", Optional.empty(), Optional.of(new PartialDate("2024")));

    private static Subject country(String id) {
        return new Subject(Subject.Kind.COUNTRY, id, id);
    }

    private static Statement statement(String subject, Property property, Optional<String> partner, double tonnes) {
        return Statement.of(
                country(subject),
                property,
                Optional.of(GRAPHITE),
                partner.map(GeoPolRiskTest::country),
                Optional.of(new PartialDate("2023")),
                new Value.Measured(Quantity.of(tonnes, "t")),
                false,
                Optional.empty(),
                SOURCE,
                "row",
                "en");
    }

    @Test
    void matchesTheFormulaInAClosedFormCase() {
        List<Statement> statements = List.of(
                statement("XXX", Property.PRODUCTION, Optional.empty(), 500),
                statement("YYY", Property.PRODUCTION, Optional.empty(), 400),
                statement("AAA", Property.PRODUCTION, Optional.empty(), 100),
                statement("AAA", Property.IMPORT_QUANTITY, Optional.of("XXX"), 100),
                statement("AAA", Property.IMPORT_QUANTITY, Optional.of("YYY"), 300),
                statement("AAA", Property.IMPORT_QUANTITY, Optional.of("ZZZ"), 100));
        GovernanceScores scores = new GovernanceScores(Map.of("XXX", 1.0, "YYY", 0.0), "scores.csv");

        GeoPolRisk risk = GeoPolRisk.of(statements, scores).get(0);

        double hhi = 0.5 * 0.5 + 0.4 * 0.4 + 0.1 * 0.1;
        assertThat(risk.hhi()).isCloseTo(hhi, within(1e-12));
        assertThat(risk.production()).isCloseTo(100, within(1e-9));
        assertThat(risk.imports()).isEqualTo(500);
        assertThat(risk.index()).isCloseTo(hhi * (1.0 * 100) / (100 + 500), within(1e-12));
        assertThat(risk.importShareOfSupply()).isCloseTo(500.0 / 600, within(1e-12));
        assertThat(risk.unscored()).containsExactly("ZZZ");
    }

    @Test
    void aScoreFileWithBadRowsIsRefusedNamingLineAndColumn(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("scores.csv");
        Files.writeString(file, "country,score\nCHN,0.6\nAtlantis,0.2\n中國,high\n");

        assertThatThrownBy(
                        () -> GovernanceScores.read(file, ReferenceData.load().countries()))
                .hasMessageContaining("line 3, column 1: unknown country 'Atlantis'")
                .hasMessageContaining("line 4, column 2: expected a score of 0 or more, found 'high'");
    }
}
