package org.chokepoint.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.junit.jupiter.api.Test;

/** One source stating one fact with two values in one file: the first is kept, the other reported. */
class ContradictionTest {

    private static final Subject CHN = new Subject(Subject.Kind.COUNTRY, "CHN", "China");
    private static final Source USGS =
            new Source("usgs-test", "USGS", "Test table", Optional.empty(), Optional.empty());

    private static Statement production(String year, Value value) {
        return Statement.of(
                CHN,
                Property.PRODUCTION,
                Optional.of(Good.of("rare-earths", "ree-concentrate")),
                Optional.empty(),
                Optional.of(new PartialDate(year)),
                value,
                false,
                Optional.empty(),
                USGS,
                "row",
                "en");
    }

    private static Statement owner(String name) {
        return Statement.of(
                CHN,
                Property.OWNER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Value.Text(name),
                false,
                Optional.empty(),
                USGS,
                "row",
                "en");
    }

    private static Value tonnes(double value) {
        return new Value.Measured(Quantity.of(value, "t"));
    }

    @Test
    void aSecondValueForOneFactIsSetAsideAndReportedWithBothLines() {
        Statement first = production("2022", tonnes(210_000));
        Statement second = production("2022", tonnes(200_000));
        Statement otherYear = production("2021", tonnes(168_000));

        ImportBatch batch = new ImportBatch(
                "test",
                Path.of("t.csv"),
                List.of(first, otherYear, second),
                List.of(),
                Map.of(first.id(), 3, otherYear.id(), 4, second.id(), 6));

        assertThat(batch.statements()).containsExactly(first, otherYear);
        assertThat(batch.contradictions()).singleElement().satisfies(c -> {
            assertThat(c.kept()).isEqualTo(first);
            assertThat(c.setAside()).isEqualTo(second);
            assertThat(c.keptLine()).isEqualTo(3);
            assertThat(c.line()).isEqualTo(6);
        });
        assertThat(batch.problems())
                .extracting(RowProblem::toString)
                .containsExactly("t.csv line 6: China, production, rare-earths/ree-concentrate, 2022 is 210000 t on"
                        + " line 3 and 200000 t here, both from usgs-test; the first is kept");
    }

    @Test
    void aWithheldFigureBesideANumberIsAContradictionToo() {
        ImportBatch batch = new ImportBatch(
                "test",
                Path.of("t.csv"),
                List.of(production("2022", new Value.Withheld()), production("2022", tonnes(5_000))),
                List.of());

        assertThat(batch.contradictions()).hasSize(1);
        assertThat(batch.problems().get(0).message()).contains("on an earlier row");
    }

    @Test
    void aValueRepeatedAsItWasAndSeveralTextsAreKept() {
        List<Statement> statements = List.of(
                production("2022", tonnes(210_000)),
                production("2022", tonnes(210_000)),
                owner("China Northern Rare Earth"),
                owner("China Rare Earth Group"));

        ImportBatch batch = new ImportBatch("test", Path.of("t.csv"), statements, List.of());

        assertThat(batch.statements()).hasSize(4);
        assertThat(batch.contradictions()).isEmpty();
        assertThat(batch.problems()).isEmpty();
    }
}
