package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seasons, commercial stocks and the move from short-run to long-run elasticities (engine.md section 5). */
class TimeTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final ScenarioLoader LOADER = new ScenarioLoader(REFERENCE, Path.of("src/test/resources/baselines"));
    static final ScenarioRunner RUNNER = new ScenarioRunner(REFERENCE, 1);

    static Scenario scenario(String elasticities, String shocks, String inventories) {
        return LOADER.read(
                "time.yaml",
                String.join(
                        "\n",
                        "kind: scenario",
                        "version: 1",
                        "name: time",
                        "question: \"How does it play out month by month?\"",
                        "baseline: gas-fixture",
                        "start: 2026-01",
                        "months: 12",
                        "elasticities: " + elasticities,
                        "shocks: " + shocks,
                        inventories,
                        ""));
    }

    static MarketRow row(ScenarioResult result, String region, String month) {
        return result.markets().stream()
                .filter(r -> r.region().equals(region) && r.period().equals(month))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void seasonsMoveDemandButWithoutShocksNothingChangesAgainstTheSameMonth() {
        ScenarioResult result = RUNNER.run(scenario("{substitution: 4, demand: 0.5, supply: 1}", "[]", ""));

        assertThat(result.markets()).allSatisfy(row -> {
            assertThat(row.shortfallPct()).isCloseTo(0, within(1e-9));
            assertThat(row.priceChangePct()).satisfiesAnyOf(p -> assertThat(p).isNaN(), p -> assertThat(p)
                    .isCloseTo(0, within(1e-9)));
        });
        double january = result.flows().stream()
                .filter(f -> f.exporter().equals("QAT")
                        && f.importer().equals("CHN")
                        && f.period().equals("2026-01"))
                .findFirst()
                .orElseThrow()
                .baselineQty();
        double july = result.flows().stream()
                .filter(f -> f.exporter().equals("QAT")
                        && f.importer().equals("CHN")
                        && f.period().equals("2026-07"))
                .findFirst()
                .orElseThrow()
                .baselineQty();
        assertThat(january).as("China buys more in its winter peak").isGreaterThan(july * 1.3);
    }

    @Test
    void stocksCoverAShortfallWhileTheyLastAndAreRefilledAfterwards() {
        String ban = "[{instrument: export-ban, exporter: RUS, importers: CHN, from: 2026-01, until: 2026-06}]";
        ScenarioResult without = RUNNER.run(scenario("{substitution: 4, demand: 0.3, supply: 0.5}", ban, ""));
        ScenarioResult with = RUNNER.run(scenario(
                "{substitution: 4, demand: 0.3, supply: 0.5}",
                ban,
                "inventories: [{region: CHN, months_of_demand: 1, refill_months: 3}]"));
        double full = 1 * (100 + 30 + 10 + 3 + 20) / 12.0; // a month of China's baseline purchases

        assertThat(row(without, "CHN", "2026-01").shortfallPct()).isPositive();
        assertThat(row(with, "CHN", "2026-01").shortfallPct())
                .as("covered, in per cent")
                .isCloseTo(0, within(0.01));
        assertThat(row(with, "CHN", "2026-01").stockQty()).isBetween(0.0, full);
        assertThat(row(with, "CHN", "2026-06").stockQty()).as("run out").isZero();
        assertThat(row(with, "CHN", "2026-06").shortfallPct())
                .isCloseTo(row(without, "CHN", "2026-06").shortfallPct(), within(1e-6));
        assertThat(row(with, "CHN", "2026-12").stockQty())
                .as("refilled after the ban")
                .isCloseTo(full, within(1e-9 * full));
    }

    @Test
    void aWithdrawalLimitLeavesPartOfTheShortfallUncovered() {
        String ban = "[{instrument: export-ban, exporter: RUS, importers: CHN, from: 2026-01, until: 2026-06}]";
        ScenarioResult without = RUNNER.run(scenario("{substitution: 4, demand: 0.3, supply: 0.5}", ban, ""));
        ScenarioResult limited = RUNNER.run(scenario(
                "{substitution: 4, demand: 0.3, supply: 0.5}",
                ban,
                "inventories: [{region: CHN, months_of_demand: 1, refill_months: 3, max_draw_months: 0.05}]"));
        double monthly = (100 + 30 + 10 + 3 + 20) / 12.0;

        MarketRow january = row(limited, "CHN", "2026-01");
        assertThat(january.shortfallPct())
                .isPositive()
                .isLessThan(row(without, "CHN", "2026-01").shortfallPct());
        assertThat(monthly - january.stockQty()).as("drawn in January").isCloseTo(0.05 * monthly, within(1e-9));
    }

    @Test
    void withLongRunElasticitiesTheShortfallOfALastingBanShrinks() {
        ScenarioResult result = RUNNER.run(scenario(
                "{substitution: 1.5, demand: 0.2, supply: 0.2, long_run: {substitution: 8, demand: 0.8, supply: 2, after_months: 12}}",
                "[{instrument: export-ban, exporter: RUS, importers: CHN}]",
                ""));

        List<Double> path = result.markets().stream()
                .filter(r -> r.region().equals("CHN"))
                .map(MarketRow::shortfallPct)
                .toList();
        for (int m = 1; m < path.size(); m++) {
            assertThat(path.get(m)).isLessThanOrEqualTo(path.get(m - 1) + 1e-9);
        }
        assertThat(path.get(11)).isLessThan(path.get(0));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 24).boxed();
    }

    /** The law of engine.md section 5 that a refill over N months takes N months, whatever was drawn. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRefillOverNMonthsTakesNMonthsInEqualSteps(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int halt = 1 + random.nextInt(4);
        int refill = 2 + random.nextInt(7);
        double cover = 0.2 + 2 * random.nextDouble();
        String ban =
                "[{instrument: export-ban, exporter: RUS, importers: CHN, from: 2026-01, until: 2026-0" + halt + "}]";
        ScenarioResult result = RUNNER.run(scenario(
                "{substitution: " + (2 + 6 * random.nextDouble()) + ", demand: 0.3, supply: 0.5}",
                ban,
                "inventories: [{region: CHN, cover: " + cover + " months, refill: " + refill + " months}]"));
        List<Double> stock = result.markets().stream()
                .filter(r -> r.region().equals("CHN"))
                .map(MarketRow::stockQty)
                .toList();
        double full = cover * (100 + 30 + 10 + 3 + 20) / 12.0;

        double low = stock.get(halt - 1);
        assertThat(low).as("drawn during the halt").isLessThan(full);
        for (int m = 1; m <= refill; m++) {
            assertThat(stock.get(halt - 1 + m))
                    .as("month %d of a %d-month refill", m, refill)
                    .isCloseTo(low + m * (full - low) / refill, within(1e-9 * full));
        }
        assertThat(stock.subList(halt + refill - 1, stock.size()))
                .allSatisfy(level -> assertThat(level).isCloseTo(full, within(1e-9 * full)));
    }

    /**
     * The law that a dated halt's worst month falls inside the halt or, with stocks, within the
     * refill that follows it (its stated lag), under a supply limit in force in both runs.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theWorstMonthOfAHaltFallsInsideItOrItsRefill(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int from = 1 + random.nextInt(4);
        int until = from + random.nextInt(3);
        int refill = 1 + random.nextInt(4);
        boolean stocks = random.nextBoolean();
        String halt = "[{instrument: outage, seller: RUS/pipeline, lost_share: " + (0.3 + 0.7 * random.nextDouble())
                + ", from: 2026-0" + from + ", until: 2026-0" + until + "}]";
        ScenarioResult result = RUNNER.run(LOADER.read(
                "halt.yaml",
                String.join(
                        "\n",
                        "kind: scenario",
                        "version: 1",
                        "name: halt",
                        "question: \"When is a halt worst?\"",
                        "baseline: gas-fixture",
                        "start: 2026-01",
                        "months: 12",
                        "elasticities: {substitution: " + (2 + 6 * random.nextDouble()) + ", demand: 0.3, supply: 0.5}",
                        "limits: [{instrument: capacity, sellers: [QAT, ROW], share_of_baseline: 1.02}]",
                        "shocks: " + halt,
                        stocks ? "inventories: [{region: CHN, cover: 0.3 months, refill: " + refill + " months}]" : "",
                        "")));
        List<MarketRow> china =
                result.markets().stream().filter(r -> r.region().equals("CHN")).toList();
        int worst = 0;
        for (int m = 1; m < china.size(); m++) {
            if (china.get(m).shortfallPct() > china.get(worst).shortfallPct()) {
                worst = m;
            }
        }

        assertThat(china.get(worst).shortfallPct())
                .as("the halt leaves China short")
                .isPositive();
        assertThat(worst + 1)
                .as(
                        "the worst month (1 = January) of a halt from month %d to %d, stocks %s, refill %d",
                        from, until, stocks, refill)
                .isBetween(from, until + (stocks ? refill : 0));
    }
}
