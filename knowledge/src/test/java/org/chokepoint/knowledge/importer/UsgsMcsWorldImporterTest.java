package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsgsMcsWorldImporterTest {

    private static UsgsMcsWorldImporter importer;

    @BeforeAll
    static void load() {
        importer = new UsgsMcsWorldImporter(ReferenceData.load());
    }

    static Path fixture(String name) {
        return Fixtures.file("usgs/" + name);
    }

    @Test
    void readsProductionAndReservesPerCountryAndYear() {
        ImportBatch batch = importer.read(fixture("2024/mcs2024-raree_world.csv"));

        assertThat(batch.problems()).isEmpty();
        Statement china2023 = only(batch.statements(), "COUNTRY:CHN", Property.PRODUCTION, "2023");
        assertThat(china2023.value()).isEqualTo(new Value.Measured(Quantity.of(240000, "t")));
        assertThat(china2023.estimate()).isTrue();
        assertThat(china2023.good().orElseThrow().key()).isEqualTo("rare-earths/ree-concentrate");
        assertThat(china2023.note()).contains("Production quota; does not include undocumented production.");
        assertThat(china2023.quote()).startsWith("MCS2024,China,");
        assertThat(china2023.source().id()).isEqualTo("usgs-mcs-2024-raree-world");
        assertThat(only(batch.statements(), "COUNTRY:CHN", Property.RESERVES, "2023")
                        .value())
                .isEqualTo(new Value.Measured(Quantity.of(4.4e7, "t")));
    }

    @Test
    void handlesUsgsMarkers() {
        List<Statement> statements =
                importer.read(fixture("2024/mcs2024-raree_world.csv")).statements();

        Statement japan2022 = only(statements, "COUNTRY:JPN", Property.PRODUCTION, "2022");
        assertThat(japan2022.value()).isInstanceOf(Value.Withheld.class);
        assertThat(japan2022.estimate())
                .as("the trailing e of 'Japane' marks an estimate")
                .isTrue();
        assertThat(only(statements, "COUNTRY:JPN", Property.PRODUCTION, "2023").value())
                .isEqualTo(new Value.Measured(Quantity.of(1200, "t")));
        assertThat(only(statements, "COUNTRY:JPN", Property.RESERVES, "2023").value())
                .isEqualTo(new Value.Measured(new QuantityRange(Quantity.of(0, "t"), Quantity.of(100, "t"))));
        assertThat(statements).noneMatch(s -> s.subject().id().equals("other-countries"));
        assertThat(only(statements, "WORLD:WLD", Property.PRODUCTION, "2023").subject())
                .isEqualTo(Subject.world());
    }

    @Test
    void olderReleaseHeadersAndNamesAreRead() {
        ImportBatch batch = importer.read(fixture("2023/mcs2023-raree_world.csv"));

        assertThat(batch.problems()).isEmpty();
        assertThat(only(batch.statements(), "COUNTRY:MMR", Property.PRODUCTION, "2021")
                        .value())
                .isEqualTo(new Value.Measured(Quantity.of(35000, "t")));
        assertThat(only(batch.statements(), "COUNTRY:CHN", Property.PRODUCTION, "2021")
                        .estimate())
                .isFalse();
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndTheRestIsRead() {
        ImportBatch batch = importer.read(fixture("bad/mcs2024-graph_world.csv"));

        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, 2, "Country"),
                        org.assertj.core.groups.Tuple.tuple(4, 4, "Prod_t_2022"));
        assertThat(batch.problems().get(0).message()).contains("Atlantis");
        assertThat(batch.problems().get(1).message()).contains("'seventy'");
        assertThat(batch.statements()).extracting(s -> s.subject().id()).contains("CHN", "BRA");
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> importer.read(Path.of("trade.csv")))
                .hasMessageContaining("Not a USGS MCS world table")
                .hasMessageContaining("mcs2024-raree_world.csv");
    }

    static Statement only(List<Statement> statements, String subject, Property property, String period) {
        List<Statement> matches = statements.stream()
                .filter(s -> s.subject().key().equals(subject)
                        && s.property() == property
                        && s.period().map(p -> p.iso().equals(period)).orElse(false))
                .toList();
        assertThat(matches).as("%s %s %s", subject, property, period).hasSize(1);
        return matches.get(0);
    }
}
