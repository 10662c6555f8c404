package org.chokepoint.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.chokepoint.engine.run.FlowRow;
import org.chokepoint.engine.run.MarketRow;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The measures and verdicts on a small result built by hand, whose answers are worked out below. */
class ModelMeasureTest {

    private static final Scenario SCENARIO =
            new ScenarioLoader(ReferenceData.load(), Path.of("../data/baselines")).read("hand-built.yaml", """
                    kind: scenario
                    version: 1
                    name: hand-built
                    question: "A result built by hand"
                    baseline: passenger-cars-2024
                    start: 2025-01
                    months: 3
                    elasticities: {substitution: 4, demand: 1, supply: 1}
                    shocks: []
                    """);
    private static final String GOOD = SCENARIO.baseline().good();
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final YearMonth MAR = YearMonth.of(2025, 3);

    /**
     * China sells Russia 100 a month without shocks, and 80, 60 and 40 with them; ROW sells Russia
     * 50 a month, and 50, 60 and 70. Russia's price rises 10%, 20%, 30%; China's world price falls
     * 5%, 10%, 15%. A flow of another good (an upstream stage) must be ignored.
     */
    private static final ScenarioResult RESULT = new ScenarioResult(
            SCENARIO,
            List.of(
                    flow("CHN", "RUS", JAN, 100, 80),
                    flow("CHN", "RUS", FEB, 100, 60),
                    flow("CHN", "RUS", MAR, 100, 40),
                    flow("ROW", "RUS", JAN, 50, 50),
                    flow("ROW", "RUS", FEB, 50, 60),
                    flow("ROW", "RUS", MAR, 50, 70),
                    new FlowRow("other/stage", "CHN", "RUS", "2025-01", 1000, 0, "t", 0, 0)),
            List.of(
                    market("RUS", JAN, 10, Double.NaN),
                    market("RUS", FEB, 20, Double.NaN),
                    market("RUS", MAR, 30, Double.NaN),
                    market("CHN", JAN, 0, -5),
                    market("CHN", FEB, 0, -10),
                    market("CHN", MAR, 0, -15)),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    private static FlowRow flow(String exporter, String importer, YearMonth month, double before, double after) {
        return new FlowRow(GOOD, exporter, importer, month.toString(), before, after, "count", before, after);
    }

    private static MarketRow market(String region, YearMonth month, double price, double worldPrice) {
        return new MarketRow(
                GOOD,
                region,
                month.toString(),
                price,
                -price / 2,
                price / 4,
                0,
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                worldPrice,
                Double.NaN,
                Double.NaN);
    }

    @Test
    void aFlowChangeSumsItsMonthsAndItsExporters() {
        // China alone over the quarter: 180 against 300
        assertThat(new ModelMeasure.FlowChange(List.of("CHN"), List.of("RUS"), JAN, MAR)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(-40, within(1e-9));
        // China and ROW in February: 120 against 150
        assertThat(new ModelMeasure.FlowChange(List.of("CHN", "ROW"), List.of("RUS"), FEB, FEB)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(-20, within(1e-9));
        // ROW in February and March: 130 against 100
        assertThat(new ModelMeasure.FlowChange(List.of("ROW"), List.of("RUS"), FEB, MAR)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(30, within(1e-9));
    }

    @Test
    void aMeasureWithNothingToCompareIsAnError() {
        assertThatThrownBy(() -> new ModelMeasure.FlowChange(List.of("RUS"), List.of("CHN"), JAN, MAR).evaluate(RESULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no flow RUS -> CHN, 2025-01 to 2025-03");
        assertThatThrownBy(() ->
                        new ModelMeasure.RegionMean(ModelMeasure.Column.WORLD_PRICE, "RUS", JAN, MAR).evaluate(RESULT))
                .hasMessageContaining("no world price of RUS");
    }

    @Test
    void pricesAndSupplyAreMeansOfTheirMonths() {
        assertThat(new ModelMeasure.RegionMean(ModelMeasure.Column.PRICE, "RUS", FEB, MAR)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(25, within(1e-9));
        assertThat(new ModelMeasure.RegionMean(ModelMeasure.Column.WORLD_PRICE, "CHN", JAN, MAR)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(-10, within(1e-9));
        assertThat(new ModelMeasure.RegionMean(ModelMeasure.Column.SUPPLY, "RUS", JAN, MAR)
                        .evaluate(RESULT)
                        .value())
                .isCloseTo(5, within(1e-9));
        assertThat(new ModelMeasure.RegionMean(ModelMeasure.Column.PRICE, "RUS", JAN, MAR)
                        .evaluate(RESULT)
                        .unit())
                .isEqualTo(Units.PERCENT);
    }

    private static Outcome outcome(
            ModelMeasure measure, double reported, Direction direction, double tolerance, boolean headline) {
        return new Outcome(
                "hand-built",
                measure,
                Quantity.of(reported, Units.PERCENT),
                direction,
                Quantity.of(tolerance, Units.PERCENT),
                headline,
                new ReportedSource(
                        new Citation("Publisher", "Title", Optional.of("https://example.org"), Optional.of("2025")),
                        "A quote."));
    }

    @Test
    void aVerdictWeighsDirectionAndTolerance() {
        ModelMeasure china = new ModelMeasure.FlowChange(List.of("CHN"), List.of("RUS"), JAN, MAR);
        Verdict close = new Verdict(outcome(china, -50, Direction.DOWN, 10, true), china.evaluate(RESULT));
        Verdict far = new Verdict(outcome(china, -55, Direction.DOWN, 10, true), china.evaluate(RESULT));
        Verdict wrongWay = new Verdict(outcome(china, 5, Direction.UP, 50, true), china.evaluate(RESULT));

        assertThat(close.gap().value()).isCloseTo(10, within(1e-9));
        assertThat(close.passes()).isTrue();
        assertThat(far.directionRight()).isTrue();
        assertThat(far.withinTolerance()).isFalse();
        assertThat(wrongWay.withinTolerance()).isTrue();
        assertThat(wrongWay.directionRight()).isFalse();
        assertThat(wrongWay.passes()).isFalse();
    }

    @Test
    void anEpisodePassesOnEveryDirectionAndItsHeadlineAlone() {
        ModelMeasure china = new ModelMeasure.FlowChange(List.of("CHN"), List.of("RUS"), JAN, MAR);
        ModelMeasure row = new ModelMeasure.FlowChange(List.of("ROW"), List.of("RUS"), JAN, MAR);
        Outcome headline = outcome(china, -45, Direction.DOWN, 10, true);
        Outcome secondaryFar = outcome(row, 60, Direction.UP, 5, false);
        Outcome secondaryWrongWay = outcome(row, -5, Direction.DOWN, 50, false);
        Outcome headlineFar = outcome(china, -80, Direction.DOWN, 10, true);

        assertThat(Backtests.evaluate(episode(headline, secondaryFar), RESULT).passes())
                .isTrue();
        assertThat(Backtests.evaluate(episode(headline, secondaryWrongWay), RESULT)
                        .passes())
                .isFalse();
        assertThat(Backtests.evaluate(episode(headlineFar, secondaryFar), RESULT)
                        .passes())
                .isFalse();
    }

    private static Episode episode(Outcome... outcomes) {
        return new Episode("hand-built", "A hand-built episode", "hand-built.yaml", SCENARIO, List.of(outcomes));
    }
}
