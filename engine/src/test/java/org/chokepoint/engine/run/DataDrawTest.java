package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monte Carlo over baseline figures (engine.md sections 6 and 9): draws stay within a figure's
 * spread, central runs use the stated figures, the same seed gives the same bands on any number of
 * threads, a figure's range widens the bands, and a wider range never narrows them.
 */
class DataDrawTest {

    static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    Path folder;

    /** The gas fixture with {@code spread} (YAML keys) added to its Russian pipeline flow into China. */
    Scenario scenario(String spread, String elasticities, int draws) throws IOException {
        String fixture = Files.readString(Path.of("src/test/resources/baselines/gas-fixture.yaml"));
        String line = "  - {from: RUS/pipeline, to: CHN, quantity: 30, sources: [fixture]}";
        assertThat(fixture).contains(line);
        Files.writeString(
                folder.resolve("gas-spread.yaml"),
                fixture.replace(line, line.substring(0, line.length() - 1) + spread + "}"));
        return new ScenarioLoader(REFERENCE, folder)
                .read(
                        "data-draw.yaml",
                        String.join(
                                "\n",
                                "kind: scenario",
                                "version: 1",
                                "name: data-draw",
                                "question: \"What if Russia stops its pipeline gas to China?\"",
                                "baseline: gas-spread",
                                "start: 2026-01",
                                "months: 3",
                                "elasticities: " + elasticities,
                                "shocks: [{instrument: export-ban, exporter: RUS/pipeline, importers: CHN}]",
                                "monte_carlo: {draws: " + draws + ", seed: 11}",
                                ""));
    }

    static MarketRow china(ScenarioResult result) {
        return result.markets().stream()
                .filter(row -> row.region().equals("CHN") && row.period().equals("2026-02"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void drawsOfAFigureStayInsideItsSpreadAndACentralRunUsesTheStatedValue() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            double stated = 1 + 1000 * random.nextDouble();
            double low = stated * (1 - 0.9 * random.nextDouble());
            double high = stated * (1 + 2 * random.nextDouble());
            Spread range = new Spread.Range(low, high, "test", List.of());
            Spread alternatives = new Spread.Alternatives(List.of(
                    new Spread.Alternative(low, Optional.empty(), List.of()),
                    new Spread.Alternative(high, Optional.empty(), List.of())));
            BaselineFlow ranged = new BaselineFlow("A", "B", stated, Optional.empty(), List.of(), Optional.of(range));
            BaselineFlow other =
                    new BaselineFlow("A", "B", stated, Optional.empty(), List.of(), Optional.of(alternatives));
            assertThat(ranged.quantity(Draw.central())).isEqualTo(stated);
            assertThat(other.quantity(Draw.central())).isEqualTo(stated);
            List<Double> seen = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Draw draw = Draw.number(trial, i);
                double value = ranged.quantity(draw);
                assertThat(value).isBetween(low, high);
                assertThat(ranged.quantity(draw))
                        .as("the same value each time a draw asks")
                        .isEqualTo(value);
                seen.add(other.quantity(draw));
            }
            assertThat(seen).allSatisfy(value -> assertThat(value).isIn(stated, low, high));
            assertThat(seen).as("every value is drawn in 50 draws").contains(stated, low, high);
        }
    }

    @Test
    void aCentralRunIsTheSameWithOrWithoutARange() throws IOException {
        String elasticities = "{substitution: {uniform: [2, 6]}, demand: 0.3, supply: 0.5}";
        ScenarioResult plain = new ScenarioRunner(REFERENCE, 1).run(scenario("", elasticities, 0));
        ScenarioResult ranged = new ScenarioRunner(REFERENCE, 1)
                .run(scenario(", range: {low: 20, high: 45, how: \"test\", sources: [fixture]}", elasticities, 0));

        assertThat(ranged.markets()).isEqualTo(plain.markets());
        assertThat(ranged.flows()).isEqualTo(plain.flows());
        assertThat(ranged.welfare()).isEqualTo(plain.welfare());
        assertThat(ranged.drawn()).as("nothing is drawn in a single run").isEmpty();
    }

    @Test
    void theBandsWidenWhenTheBaselinesFigureCarriesARangeAndSayWhatWasDrawn() throws IOException {
        String fixed = "{substitution: 4, demand: 0.3, supply: 0.5}";
        ScenarioResult plain = new ScenarioRunner(REFERENCE, 1).run(scenario("", fixed, 100));
        ScenarioResult ranged = new ScenarioRunner(REFERENCE, 1)
                .run(scenario(", range: {low: 20, high: 45, how: \"test\", sources: [fixture]}", fixed, 100));

        MarketRow before = china(plain);
        MarketRow after = china(ranged);
        assertThat(before.shortfallPctP95() - before.shortfallPctP5())
                .as("fixed elasticities and figures: nothing to spread")
                .isCloseTo(0, within(1e-9));
        assertThat(after.shortfallPctP5()).isLessThan(before.shortfallPct() - 1);
        assertThat(after.shortfallPctP95()).isGreaterThan(before.shortfallPct() + 1);
        assertThat(ranged.drawn()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("figure");
            assertThat(row.what()).isEqualTo("gas-fixture RUS/pipeline -> CHN");
            assertThat(row.low()).isEqualTo(20);
            assertThat(row.high()).isEqualTo(45);
            assertThat(row.distribution()).isEqualTo("range 20-45");
            assertThat(row.sources()).isNotEmpty();
        });
        assertThat(ResultTables.of(ranged)).containsKey("drawn");
        assertThat(ResultTables.of(plain)).doesNotContainKey("drawn");
    }

    @Test
    void theSameSeedGivesTheSameBandsOnOneOrTwoThreads() throws IOException {
        Scenario scenario = scenario(
                ", alternatives: [{quantity: 25, sources: [fixture]}, {quantity: 40, how: \"test\", sources: [fixture]}]",
                "{substitution: {triangular: [2, 4, 8]}, demand: {uniform: [0.1, 0.5]}, supply: 0.5}",
                120);

        ScenarioResult one = new ScenarioRunner(REFERENCE, 1).run(scenario);
        ScenarioResult two = new ScenarioRunner(REFERENCE, 2).run(scenario);

        assertThat(two.markets()).isEqualTo(one.markets());
        assertThat(one.drawn())
                .extracting(DrawnRow::what)
                .containsExactly("elasticities.substitution", "elasticities.demand", "gas-fixture RUS/pipeline -> CHN");
    }

    /**
     * On seeded random markets where one seller is banned from one buyer, a range of that flow
     * stretched about its stated value never narrows the buyer's shortfall band. Why it must hold:
     * with the same seed every draw's value moves away from the stated one as the range stretches
     * ({@code stated + k (low + u (high - low) - stated)}), and the shortfall rises with the banned
     * share of the buyer's purchases, so draws above the central shortfall rise and those below it
     * fall; a band that holds the central value can then only widen.
     */
    @Test
    void aWiderRangeNeverNarrowsTheBandOnSeededRandomMarkets() throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> countries = List.of("CHN", "JPN", "KOR", "AUS", "QAT", "USA");
        int checked = 0;
        for (int market = 0; market < 12; market++) {
            int n = 3 + random.nextInt(countries.size() - 2);
            List<String> regions = new ArrayList<>(countries.subList(0, n));
            regions.add("ROW");
            double[][] flows = new double[regions.size()][regions.size()];
            for (double[] row : flows) {
                for (int d = 0; d < row.length; d++) {
                    row[d] = random.nextDouble() < 0.3 ? 0 : Math.exp(3 * random.nextGaussian());
                }
            }
            flows[1][0] = Math.max(flows[1][0], 0.5); // the banned flow JPN -> CHN
            double down = 0.05 + 0.25 * random.nextDouble();
            double up = 0.05 + 0.25 * random.nextDouble();
            double[] widths = new double[2];
            double[][] bands = new double[2][];
            for (int k = 1; k <= 2; k++) {
                ScenarioResult result = new ScenarioRunner(REFERENCE, 1)
                        .run(randomScenario(regions, flows, 1 - k * down, 1 + k * up, market));
                MarketRow row = result.markets().stream()
                        .filter(r -> r.region().equals("CHN") && r.period().equals("2026-01"))
                        .findFirst()
                        .orElseThrow();
                bands[k - 1] = new double[] {row.shortfallPctP5(), row.shortfallPct(), row.shortfallPctP95()};
                widths[k - 1] = row.shortfallPctP95() - row.shortfallPctP5();
            }
            assertThat(bands[1][0]).as("market %d: low end", market).isLessThanOrEqualTo(bands[0][0] + 1e-9);
            assertThat(bands[1][2]).as("market %d: high end", market).isGreaterThanOrEqualTo(bands[0][2] - 1e-9);
            if (widths[1] > widths[0] + 1e-6) {
                checked++;
            }
        }
        assertThat(checked)
                .as("the law is exercised: most markets' bands really widen")
                .isGreaterThan(8);
    }

    Scenario randomScenario(List<String> regions, double[][] flows, double low, double high, int market)
            throws IOException {
        StringBuilder text = new StringBuilder(String.join(
                "\n",
                "kind: baseline",
                "version: 1",
                "id: random-" + market,
                "good: {chain: lng, stage: lng}",
                "unit: t",
                "period: \"2024\"",
                "regions: [" + String.join(", ", regions) + "]",
                "price: {value: 500, unit: USD/t, how: \"made up\", sources: [r]}",
                "sources:",
                "  r: {publisher: \"Chokepoint tests\", title: \"A random market\"}",
                "flows:",
                ""));
        for (int s = 0; s < regions.size(); s++) {
            for (int d = 0; d < regions.size(); d++) {
                if (flows[s][d] > 0) {
                    text.append(String.format(
                            Locale.ROOT,
                            "  - {from: %s, to: %s, quantity: %s, sources: [r]%s}%n",
                            regions.get(s),
                            regions.get(d),
                            Double.toString(flows[s][d]),
                            s == 1 && d == 0
                                    ? String.format(
                                            Locale.ROOT,
                                            ", range: {low: %s, high: %s, how: \"test\", sources: [r]}",
                                            Double.toString(flows[s][d] * low),
                                            Double.toString(flows[s][d] * high))
                                    : ""));
                }
            }
        }
        Files.writeString(folder.resolve("random-" + market + ".yaml"), text.toString());
        return new ScenarioLoader(REFERENCE, folder)
                .read(
                        "random.yaml",
                        String.join(
                                "\n",
                                "kind: scenario",
                                "version: 1",
                                "name: random",
                                "question: \"What if Japan stops selling to China?\"",
                                "baseline: random-" + market,
                                "start: 2026-01",
                                "months: 1",
                                "elasticities: {substitution: 3, demand: 0.4, supply: 0.8}",
                                "shocks: [{instrument: export-ban, exporter: JPN, importers: CHN}]",
                                "monte_carlo: {draws: 100, seed: " + market + "}",
                                ""));
    }

    @Test
    void aDrawsTableHoldsEveryFigureWithinItsSpread() throws IOException {
        Scenario scenario = scenario(
                ", range: {low: 20, high: 45, how: \"test\", sources: [fixture]}",
                "{substitution: 4, demand: 0.3, supply: 0.5}",
                0);
        Baseline baseline = scenario.baseline();
        int pipeline = baseline.indexOf("RUS/pipeline");
        int china = baseline.indexOf("CHN");
        for (int i = 0; i < 100; i++) {
            double[][] table = baseline.table(Draw.number(5, i));
            assertThat(table[pipeline][china]).isBetween(20.0, 45.0);
            assertThat(table[china][china])
                    .as("figures without a spread stay as stated")
                    .isEqualTo(100);
        }
        assertThat(baseline.table(Draw.central())[pipeline][china]).isEqualTo(30);
    }
}
