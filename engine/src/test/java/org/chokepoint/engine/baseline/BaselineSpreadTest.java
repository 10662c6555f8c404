package org.chokepoint.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A curated flow's range or alternatives, and the errors for malformed ones (file, line and field). */
class BaselineSpreadTest {

    static final BaselineLoader LOADER = new BaselineLoader(ReferenceData.load(), List::of);

    /** A baseline whose USA -> EU27 flow (line 12) ends with {@code spread}. */
    static String baseline(String spread) {
        return String.join(
                "\n",
                "kind: baseline",
                "version: 1",
                "id: test",
                "good: {chain: passenger-cars, stage: passenger-cars}",
                "unit: USD",
                "period: \"2024\"",
                "regions: [USA, EU, ROW]",
                "price: {value: 1, unit: USD/USD, how: \"normalised\", sources: [s]}",
                "sources:",
                "  s: {publisher: \"P\", title: \"T\"}",
                "  t: {publisher: \"Q\", title: \"U\"}",
                "flows:",
                "  - from: USA",
                "    to: EU27",
                "    quantity: 10",
                "    sources: [s]",
                spread,
                "  - {from: ROW, to: ROW, quantity: 5, sources: [s]}",
                "");
    }

    @Test
    void aRangeAndAlternativesAreReadWithTheirSources() {
        Baseline ranged = LOADER.read(
                "test.yaml", baseline("    range: {low: 8, high: 14, how: \"two estimates\", sources: [t]}"));
        Baseline other = LOADER.read(
                "test.yaml",
                baseline(String.join(
                        "\n",
                        "    alternatives:",
                        "      - {quantity: 12, how: \"the exporter's figure\", sources: [t]}",
                        "      - {quantity: 9, sources: [s, t]}")));

        Spread range = ranged.flows().get(0).spread().orElseThrow();
        assertThat(range).isEqualTo(new Spread.Range(8, 14, "two estimates", range.sources()));
        assertThat(range.sources()).extracting(c -> c.publisher()).containsExactly("Q");
        Spread alternatives = other.flows().get(0).spread().orElseThrow();
        assertThat(alternatives.low()).isEqualTo(9);
        assertThat(alternatives.high()).isEqualTo(12);
        assertThat(alternatives.describe(10)).isEqualTo("alternatives 10 (stated) | 12 | 9");
        assertThat(alternatives.how()).isEqualTo("12: the exporter's figure; 9");
        assertThat(other.flows().get(0).quantity())
                .as("the stated value stays the central one")
                .isEqualTo(10);
        assertThat(ranged.flows().get(1).spread()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            low above the quantity    | range: {low: 11, high: 14, how: "h", sources: [t]}                         | line 17 | does not enclose the flow's quantity 10
            high below the quantity   | range: {low: 8, high: 9, how: "h", sources: [t]}                           | line 17 | does not enclose the flow's quantity 10
            low at zero               | range: {low: 0, high: 14, how: "h", sources: [t]}                          | line 17 | range.low: a range's low end must be above zero
            high not above low        | range: {low: 10, high: 10, how: "h", sources: [t]}                         | line 17 | range.high: a range's high end must be above its low end 10
            range without how         | range: {low: 8, high: 14, sources: [t]}                                    | line 17 | how
            range without sources     | range: {low: 8, high: 14, how: "h"}                                        | line 17 | a figure without sources
            range with unknown key    | range: {low: 8, high: 14, how: "h", sources: [t], mode: 9}                 | line 17 | unknown key 'mode'
            range with unknown source | range: {low: 8, high: 14, how: "h", sources: [x]}                          | line 17 | x
            not a number              | range: {low: eight, high: 14, how: "h", sources: [t]}                      | line 17 | low
            empty alternatives        | alternatives: []                                                            | line 17 | alternatives without a value
            alternative at zero       | alternatives: [{quantity: 0, sources: [t]}]                                 | line 17 | an alternative quantity must be above zero
            alternative no sources    | alternatives: [{quantity: 12}]                                              | line 17 | a figure without sources
            alternative unknown key   | alternatives: [{quantity: 12, sources: [t], weight: 2}]                     | line 17 | unknown key 'weight'
            """)
    void aMalformedSpreadIsNamedWithItsFileLineAndField(String what, String spread, String line, String message) {
        assertThatThrownBy(() -> LOADER.read("test.yaml", baseline("    " + spread)))
                .hasMessageContaining("test.yaml")
                .hasMessageContaining(line)
                .hasMessageContaining("flows[0]")
                .hasMessageContaining(message);
    }

    @Test
    void aFlowTakesARangeOrAlternativesNotBoth() {
        String both = String.join(
                "\n",
                "    range: {low: 8, high: 14, how: \"h\", sources: [t]}",
                "    alternatives: [{quantity: 12, sources: [t]}]");

        assertThatThrownBy(() -> LOADER.read("test.yaml", baseline(both)))
                .hasMessageContaining("test.yaml line 18")
                .hasMessageContaining("flows[0].alternatives")
                .hasMessageContaining("a flow with both a range and alternatives");
    }
}
