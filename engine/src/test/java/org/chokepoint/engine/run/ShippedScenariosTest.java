package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.engine.spec.ScenarioSpec;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped scenario runs; the magnet ban shows the stylised fact of engine.md section 8. */
class ShippedScenariosTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final ScenarioLoader LOADER = new ScenarioLoader(REFERENCE, Path.of("../data/baselines"));
    static final ScenarioRunner RUNNER = new ScenarioRunner(REFERENCE);

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void aHigherChokePriceMakesARationedRegionsLossLarger(@TempDir Path folder) throws IOException {
        String text = Files.readString(Path.of("../scenarios/china-magnet-export-ban.yaml"));
        double[] korea = new double[2];
        int i = 0;
        for (String choke : new String[] {"5", "20"}) {
            Path copy = Files.writeString(
                    folder.resolve("ban-" + choke + ".yaml"),
                    text.replace(
                            "  supply: {uniform: [0.2, 0.8]}\n",
                            "  supply: {uniform: [0.2, 0.8]}\n  choke_price: " + choke + "\n"));
            ScenarioResult result = RUNNER.run(LOADER.load(copy).withDraws(0, 1));
            korea[i++] = welfare(result, "KOR").consumerSurplusUsd();
        }

        assertThat(korea[0]).as("Korea's loss, choke at 5 times the price").isNegative();
        assertThat(korea[1]).as("choke at 20 times").isLessThan(korea[0]);
    }

    /** The law that a rationed region's loss is priced: every region's welfare is a number in every shipped scenario. */
    @ParameterizedTest
    @MethodSource("shipped")
    void everyRegionsWelfareIsANumber(Path file) {
        ScenarioResult result = RUNNER.run(LOADER.load(file).withDraws(0, 1));

        assertThat(result.welfare()).isNotEmpty().allSatisfy(row -> assertThat(List.of(
                        row.consumerSurplusUsd(),
                        row.producerSurplusUsd(),
                        row.tariffRevenueUsd(),
                        row.guaranteeTransferUsd(),
                        row.routeRentUsd(),
                        row.total()))
                .as(row.region())
                .allSatisfy(value -> assertThat(value).isFinite()));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedScenarioRunsAndKeepsQuantitiesNonNegative(Path file) {
        Scenario scenario = LOADER.load(file).withDraws(0, 1);

        ScenarioResult result = RUNNER.run(scenario);

        int regions = scenario.baseline().regions().size()
                + scenario.chain().stream()
                        .mapToInt(up -> up.baseline().regions().size())
                        .sum();
        assertThat(result.markets()).hasSize(regions * scenario.months());
        assertThat(result.flows())
                .allSatisfy(flow -> assertThat(flow.scenarioQty()).isGreaterThanOrEqualTo(0));
        assertThat(result.markets())
                .allSatisfy(row -> assertThat(row.shortfallPct()).isBetween(0.0, 100.0));
    }

    @Test
    void aMagnetBanLeavesKoreaAlmostEntirelyShortWithItsIndustriesHit() {
        Scenario scenario = LOADER.load(Path.of("../scenarios/china-magnet-export-ban.yaml"))
                .withDraws(0, 1);

        ScenarioResult result = RUNNER.run(scenario);

        MarketRow korea = row(result, "KOR", "2026-01");
        assertThat(korea.shortfallPct())
                .as("Korea gets 87.9% of its magnets from China")
                .isGreaterThan(80);
        assertThat(row(result, "JPN", "2026-01").shortfallPct())
                .as("Japan, 31.1% from China, is hit less in the short run")
                .isLessThan(korea.shortfallPct());
        assertThat(result.flows())
                .filteredOn(f -> f.exporter().equals("CHN") && f.importer().equals("KOR"))
                .allSatisfy(f -> assertThat(f.scenarioQty()).isZero());
        assertThat(result.industries())
                .filteredOn(i -> i.region().equals("KOR") && i.period().equals("2026-01"))
                .extracting(IndustryRow::industry)
                .contains("ev-motors", "wind-turbines", "defence");
    }

    @Test
    void aStockReleasedDuringABanCoversTheUsWhileItLasts() {
        ScenarioResult result = RUNNER.run(LOADER.load(Path.of("../scenarios/project-vault-magnet-stockpile.yaml"))
                .withDraws(0, 1));

        assertThat(row(result, "USA", "2027-03").shortfallPct())
                .as("during the release")
                .isLessThan(5);
        assertThat(row(result, "USA", "2027-09").shortfallPct()).as("after it").isGreaterThan(40);
        assertThat(row(result, "KOR", "2027-03").shortfallPct())
                .as("Korea has no stock")
                .isGreaterThan(80);
    }

    @Test
    void anOfftakeGuarantorPaysWhatThePlantReceivesAboveTheMarket() {
        ScenarioResult result = RUNNER.run(LOADER.load(Path.of("../scenarios/dod-offtake-magnet-plant.yaml"))
                .withDraws(0, 1));

        WelfareRow usa = result.welfare().stream()
                .filter(w -> w.region().equals("USA"))
                .findFirst()
                .orElseThrow();
        assertThat(usa.guaranteeTransferUsd()).isNegative();
        assertThat(usa.routeRentUsd()).as("armington has no route rents").isZero();
        double sales = result.flows().stream()
                .filter(f -> f.exporter().equals("USA") && f.importer().equals("USA"))
                .mapToDouble(FlowRow::scenarioValueUsd)
                .sum();
        assertThat(sales).as("the plant's sales at the US market price").isPositive();
        assertThat(usa.producerSurplusUsd())
                .as("the plant gets the market price and the guarantee's top-up (no cost given)")
                .isCloseTo(sales - usa.guaranteeTransferUsd(), within(1e-6 * Math.abs(usa.producerSurplusUsd())));
        assertThat(row(result, "USA", "2030-12").priceChangePct())
                .as("the plant's output lowers the US price")
                .isNegative();
    }

    @Test
    void powerOfSiberia2IsARussianRouteRussiaGainsAndLngExportersLose() {
        ScenarioResult result = RUNNER.run(
                LOADER.load(Path.of("../scenarios/power-of-siberia-2.yaml")).withDraws(0, 1));

        double russia = result.welfare().stream()
                .filter(w -> w.region().startsWith("RUS"))
                .mapToDouble(WelfareRow::total)
                .sum();
        assertThat(russia).as("Russia's welfare, all its sellers together").isPositive();
        assertThat(welfare(result, "RUS/pipeline").producerSurplusUsd())
                .as("the route's revenue goes to its owner")
                .isPositive();
        for (String lng : List.of("AUS", "USA", "RUS/lng", "RUS/arctic-lng-2")) {
            assertThat(welfare(result, lng).total()).as(lng + " sells LNG").isNegative();
        }
        FlowRow pipeline = result.flows().stream()
                .filter(f -> f.exporter().equals("RUS/pipeline")
                        && f.importer().equals("CHN")
                        && f.period().equals("2036-12"))
                .findFirst()
                .orElseThrow();
        assertThat(pipeline.scenarioQty() - pipeline.baselineQty())
                .as("China's import mix shifts to Russian pipeline gas: the route's full rate a month, less a"
                        + " little of Power of Siberia 1's sales at China's lower price")
                .isBetween(0.9 * 36.76e6 / 12, 36.76e6 / 12);
        FlowRow australia = result.flows().stream()
                .filter(f -> f.exporter().equals("AUS")
                        && f.importer().equals("CHN")
                        && f.period().equals("2036-12"))
                .findFirst()
                .orElseThrow();
        assertThat(australia.scenarioQty()).isLessThan(australia.baselineQty());
    }

    @Test
    void aBanOnCompoundsCutsMagnetOutputOutsideChinaAndChinaSellsMoreMagnets() {
        ScenarioResult result = RUNNER.run(LOADER.load(Path.of("../scenarios/china-ree-compounds-ban-chain.yaml"))
                .withDraws(0, 1));

        MarketRow makers = result.markets().stream()
                .filter(r -> r.good().equals("rare-earths/ndfeb-magnets")
                        && r.region().equals("ROW")
                        && r.period().equals("2026-06"))
                .findFirst()
                .orElseThrow();
        MarketRow china = result.markets().stream()
                .filter(r -> r.good().equals("rare-earths/ndfeb-magnets")
                        && r.region().equals("CHN")
                        && r.period().equals("2026-06"))
                .findFirst()
                .orElseThrow();
        MarketRow japan = result.markets().stream()
                .filter(r -> r.good().equals("rare-earths/ree-compounds")
                        && r.region().equals("JPN")
                        && r.period().equals("2026-06"))
                .findFirst()
                .orElseThrow();
        assertThat(japan.shortfallPct()).as("Japan's compounds").isGreaterThan(5);
        assertThat(makers.supplyChangePct())
                .as("magnet makers outside China, short of inputs")
                .isLessThan(-5);
        assertThat(china.supplyChangePct())
                .as("Chinese magnets fill part of the gap")
                .isPositive();
        assertThat(result.flows()).anySatisfy(f -> assertThat(f.good()).isEqualTo("rare-earths/ree-compounds"));
        assertThat(result.convergence())
                .as("each month's rounds and last change, in the chain table")
                .hasSize(12)
                .allSatisfy(row -> assertThat(row.lastChange()).isLessThan(row.tolerance()));
        assertThat(ResultTables.of(result).get("chain")).hasSize(1 + 12);
    }

    @Test
    void removingTariffsTheBaselineCarriesRaisesTheTaxedFlowsAndLosesTheRevenue() {
        ScenarioResult result = RUNNER.run(LOADER.load(Path.of("../scenarios/china-tariffs-russian-coal.yaml"))
                .withDraws(0, 1));

        assertThat(result.scenario().baseline().tariffs()).hasSize(2);
        assertThat(result.flows())
                .filteredOn(f -> f.exporter().equals("RUS")
                        && f.importer().equals("CHN")
                        && f.period().equals("2024-06"))
                .allSatisfy(f -> assertThat(f.scenarioQty()).isGreaterThan(f.baselineQty()));
        WelfareRow china = result.welfare().stream()
                .filter(w -> w.region().equals("CHN"))
                .findFirst()
                .orElseThrow();
        assertThat(china.tariffRevenueUsd())
                .as("China forgoes its tariff revenue")
                .isNegative();
    }

    /** The law that the month without shocks has the same limits: with its shocks gone, a scenario changes nothing. */
    @ParameterizedTest
    @MethodSource("shipped")
    void aScenarioWithoutShocksChangesNothingUnderTheSameLimits(Path file) {
        Scenario shipped = LOADER.load(file).withDraws(0, 1);
        Scenario none = rebound(shipped, 12, List.of(), ScenarioSpec.MonteCarlo.NONE);

        ScenarioResult result = RUNNER.run(none);

        assertThat(result.markets()).allSatisfy(row -> {
            assertThat(row.shortfallPct()).isCloseTo(0, within(1e-9));
            if (!Double.isNaN(row.priceChangePct())) {
                assertThat(row.priceChangePct()).isCloseTo(0, within(1e-9));
            }
        });
        assertThat(result.flows()).allSatisfy(f -> assertThat(f.scenarioQty())
                .isCloseTo(f.baselineQty(), within(1e-9 * (1 + f.baselineQty()))));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedScenarioAlsoRunsWithTheSpatialModel(Path file, @TempDir Path folder) throws IOException {
        String text = Files.readString(file);
        assertThat(text).containsPattern("(?m)^model: ");
        Path copy = folder.resolve(file.getFileName());
        Files.writeString(copy, text.replaceFirst("(?m)^model: .*$", "model: spatial"));
        Scenario scenario = LOADER.load(copy).withDraws(0, 1);

        ScenarioResult result = RUNNER.run(scenario);

        assertThat(result.flows())
                .allSatisfy(flow -> assertThat(flow.scenarioQty()).isGreaterThanOrEqualTo(0));
        assertThat(result.markets())
                .allSatisfy(row -> assertThat(row.shortfallPct()).isBetween(0.0, 100.0));
    }

    @Test
    void theKazakhHaltInTheSpatialModelIsFilledByOtherRoutesAtAHigherPrice(@TempDir Path folder) throws IOException {
        String text = Files.readString(Path.of("../scenarios/kazakh-winter-gas-halt.yaml"));
        assertThat(text).contains("model: armington");
        Path copy = folder.resolve("kazakh-winter-gas-halt-spatial.yaml");
        Files.writeString(copy, text.replace("model: armington", "model: spatial"));
        Scenario scenario = LOADER.load(copy).withDraws(0, 1);
        assertThat(scenario.model()).isEqualTo("spatial");

        ScenarioResult result = RUNNER.run(scenario);

        MarketRow before = row(result, "CHN", "2026-11");
        MarketRow during = row(result, "CHN", "2027-01");
        assertThat(before.shortfallPct()).isCloseTo(0, within(1e-9));
        assertThat(before.priceChangePct()).isCloseTo(0, within(1e-9));
        assertThat(during.priceChangePct()).as("gas dearer in China").isPositive();
        assertThat(during.shortfallPct())
                .as("Kazakhstan sold China about 1.1% of its gas; other routes fill most of it")
                .isBetween(0.0, 1.1);
        assertThat(result.flows())
                .filteredOn(f -> f.exporter().equals("KAZ") && f.period().equals("2027-01"))
                .allSatisfy(f -> assertThat(f.scenarioQty()).isZero());
        assertThat(result.flows())
                .filteredOn(f -> f.exporter().equals("TKM")
                        && f.importer().equals("CHN")
                        && f.period().equals("2027-01"))
                .allSatisfy(f -> assertThat(f.scenarioQty()).isGreaterThan(f.baselineQty()));
        assertThat(row(result, "CHN", "2027-10").shortfallPct())
                .as("after the halt, once storage is refilled over its 7 months (March to September)")
                .isCloseTo(0, within(1e-9));
        assertThat(welfare(result, "KAZ").routeRentUsd())
                .as("the halted pipeline earns no route rent")
                .isNegative();
        assertThat(welfare(result, "TKM").routeRentUsd())
                .as("the fuller Turkmen pipeline earns more")
                .isPositive();
    }

    @Test
    void theSameSeedGivesTheSameBands() {
        Scenario scenario = LOADER.load(Path.of("../scenarios/china-magnet-export-ban.yaml"));
        Scenario short1 = rebound(scenario, 2, scenario.spec().shocks(), new ScenarioSpec.MonteCarlo(20, 7));

        ScenarioResult first = RUNNER.run(short1);
        ScenarioResult second = RUNNER.run(short1);

        assertThat(first.markets()).isEqualTo(second.markets());
        MarketRow korea = row(first, "KOR", "2026-01");
        assertThat(korea.shortfallPctP5()).isLessThanOrEqualTo(korea.shortfallPct());
        assertThat(korea.shortfallPct()).isLessThanOrEqualTo(korea.shortfallPctP95());
    }

    static MarketRow row(ScenarioResult result, String region, String period) {
        return result.markets().stream()
                .filter(r -> r.region().equals(region) && r.period().equals(period))
                .findFirst()
                .orElseThrow();
    }

    private static WelfareRow welfare(ScenarioResult result, String region) {
        return result.welfare().stream()
                .filter(w -> w.region().equals(region))
                .findFirst()
                .orElseThrow();
    }

    /** The scenario's spec with another horizon, shocks and draws, bound again: its limits kept, no stocks or upstream when shockless. */
    static Scenario rebound(Scenario scenario, int months, List<Shock> shocks, ScenarioSpec.MonteCarlo draws) {
        ScenarioSpec spec = scenario.spec();
        boolean keep = !shocks.isEmpty();
        return LOADER.bind(
                new ScenarioSpec(
                        spec.name(),
                        spec.question(),
                        spec.baseline(),
                        spec.model(),
                        spec.start(),
                        months,
                        spec.elasticities(),
                        spec.limits(),
                        shocks,
                        keep ? spec.inventories() : List.of(),
                        keep ? spec.upstream() : Optional.empty(),
                        draws),
                scenario.file(),
                Path.of("../scenarios"));
    }
}
