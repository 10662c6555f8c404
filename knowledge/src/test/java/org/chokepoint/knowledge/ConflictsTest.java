package org.chokepoint.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.junit.jupiter.api.Test;

class ConflictsTest {

    private static final Subject KAZ = new Subject(Subject.Kind.COUNTRY, "KAZ", "Kazakhstan");

    private static Statement trade(String source, Value value) {
        return Statement.of(
                KAZ,
                Property.TRADE_VALUE,
                Optional.empty(),
                Optional.of(new Subject(Subject.Kind.COUNTRY, "CHN", "China")),
                Optional.of(new PartialDate("2024")),
                value,
                false,
                Optional.empty(),
                new Source(source, source, source, Optional.empty(), Optional.empty()),
                "quote",
                "zh-Hant");
    }

    private static Value usd(double value) {
        return new Value.Measured(Quantity.of(value, "USD"));
    }

    @Test
    void differentFiguresFromTwoSourcesConflict() {
        List<Conflict> conflicts =
                Conflicts.find(List.of(trade("china-customs", usd(4.1e10)), trade("kazakh-stats", usd(3.15e10))));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.statements())
                    .extracting(s -> s.source().id())
                    .containsExactly("china-customs", "kazakh-stats");
            assertThat(c.spread())
                    .isCloseTo((4.1e10 - 3.15e10) / 4.1e10, org.assertj.core.api.Assertions.within(1e-12));
        });
    }

    @Test
    void theSameFigureFromTwoSourcesCorroboratesInstead() {
        assertThat(Conflicts.find(List.of(trade("a", usd(4.1e10)), trade("b", usd(4.1e10)))))
                .isEmpty();
    }

    @Test
    void figuresThatAgreeWithinTheirRoundingDoNotConflict() {
        assertThat(Conflicts.find(List.of(trade("telegraph", usd(2.45e11)), trade("qq", usd(2.448e11)))))
                .isEmpty();
        assertThat(Conflicts.find(List.of(trade("mcs2023", usd(43000)), trade("mcs2024", usd(42000)))))
                .hasSize(1);
    }

    @Test
    void mirrorFlowsThatDisagreeConflictEvenFromOneSource() {
        Source comtrade = new Source("comtrade", "UN Comtrade", "rows", Optional.empty(), Optional.empty());
        Subject china = new Subject(Subject.Kind.COUNTRY, "CHN", "China");
        Subject usa = new Subject(Subject.Kind.COUNTRY, "USA", "United States");
        Statement imports = Statement.of(
                usa,
                Property.IMPORT_VALUE,
                Optional.empty(),
                Optional.of(china),
                Optional.of(new PartialDate("2023")),
                usd(6.2e6),
                false,
                Optional.empty(),
                comtrade,
                "row 2",
                "en");
        Statement exports = Statement.of(
                china,
                Property.EXPORT_VALUE,
                Optional.empty(),
                Optional.of(usa),
                Optional.of(new PartialDate("2023")),
                usd(5.1e6),
                false,
                Optional.empty(),
                comtrade,
                "row 3",
                "en");
        Statement sameExports = Statement.of(
                china,
                Property.EXPORT_VALUE,
                Optional.empty(),
                Optional.of(usa),
                Optional.of(new PartialDate("2023")),
                usd(6.2e6),
                false,
                Optional.empty(),
                comtrade,
                "row 3",
                "en");

        assertThat(Conflicts.find(List.of(imports, exports))).singleElement().satisfies(c -> assertThat(c.kind())
                .isEqualTo(Conflict.Kind.MIRROR_FLOWS));
        assertThat(Conflicts.find(List.of(imports, sameExports))).isEmpty();
    }

    @Test
    void oneSourceAloneNeverConflicts() {
        assertThat(Conflicts.find(List.of(trade("a", usd(4.1e10)), trade("a", usd(3.1e10)))))
                .isEmpty();
    }

    @Test
    void withheldAndTextValuesDoNotConflictWithNumbers() {
        assertThat(Conflicts.find(List.of(
                        trade("a", usd(4.1e10)),
                        trade("b", new Value.Withheld()),
                        trade("c", new Value.Text("large")))))
                .isEmpty();
    }

    @Test
    void differentCurrenciesAreNotComparedAsIfTheyWereOne() {
        assertThat(Conflicts.find(
                        List.of(trade("a", usd(4.1e10)), trade("b", new Value.Measured(Quantity.of(3e11, "CNY"))))))
                .isEmpty();
    }
}
