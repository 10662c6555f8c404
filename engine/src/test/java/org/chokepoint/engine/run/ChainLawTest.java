package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chains of three stages solved jointly (engine.md section 4), on seeded random rare-earth chains:
 * compounds, metals and magnets, each with random regions, flows and elasticities, every maker
 * outside China linked to its own and some other buyers of the stage above. Without shocks nothing
 * moves and the stages agree in one round; a Chinese ban on compounds never raises the output of a
 * magnet maker outside China, cuts some, and the months' convergence is reported below the
 * tolerance.
 */
class ChainLawTest {

    private static final List<String> COUNTRIES = List.of("JPN", "USA", "DEU", "KOR", "VNM");
    private static final List<String> STAGES = List.of("ree-compounds", "ree-metals", "ndfeb-magnets");

    @TempDir
    static Path folder;

    static LongStream seeds() {
        return LongStream.range(0, 12);
    }

    /**
     * A random chain's scenario text with {@code shocks} at its top stage, its baselines written to
     * {@code dir} and named by id, or by path ("./chain-3-ree-metals.yaml") when {@code byPath}.
     */
    static String chain(long seed, String shocks, Path dir, boolean byPath) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> regions = new ArrayList<>(List.of("CHN"));
        regions.addAll(COUNTRIES.subList(0, 1 + random.nextInt(COUNTRIES.size())));
        regions.add("ROW");
        List<String> ids = new ArrayList<>();
        for (String stage : STAGES) {
            String id = "chain-" + seed + "-" + stage;
            write(dir, id, stage, regions, random);
            ids.add(byPath ? "./" + id + ".yaml" : id);
        }
        StringBuilder text = new StringBuilder(String.join(
                "\n",
                "kind: scenario",
                "version: 1",
                "name: chain-" + seed,
                "question: \"What does a ban at the top of a chain do?\"",
                "baseline: " + ids.get(2),
                "model: armington",
                "start: 2026-01",
                "months: 3",
                "elasticities: " + elasticities(random),
                ""));
        for (int k = 1; k >= 0; k--) {
            String indent = "  ".repeat(2 - k - 1);
            text.append(indent).append("upstream:\n");
            text.append(indent).append("  baseline: ").append(ids.get(k)).append('\n');
            text.append(indent)
                    .append("  elasticities: ")
                    .append(elasticities(random))
                    .append('\n');
            if (k == 0) {
                text.append(indent).append("  shocks: ").append(shocks).append('\n');
            }
            text.append(indent).append("  inputs:\n");
            for (String maker : regions.subList(1, regions.size())) {
                String other = regions.get(1 + random.nextInt(regions.size() - 1));
                text.append(indent)
                        .append(String.format(
                                Locale.ROOT,
                                "    - {seller: %s, from: [%s], share_of_their_use: %.3f}%n",
                                maker,
                                maker.equals(other) ? maker : maker + ", " + other,
                                0.2 + 0.8 * random.nextDouble()));
            }
        }
        return text.toString();
    }

    private static String elasticities(SplittableRandom random) {
        return String.format(
                Locale.ROOT,
                "{substitution: %.2f, demand: %.2f, supply: %.2f}",
                2 + 6 * random.nextDouble(),
                0.1 + 0.5 * random.nextDouble(),
                0.2 + random.nextDouble());
    }

    /** A random baseline of {@code stage} in which China sells to every region. */
    private static void write(Path dir, String id, String stage, List<String> regions, SplittableRandom random) {
        StringBuilder flows = new StringBuilder();
        for (String seller : regions) {
            for (String buyer : regions) {
                if (seller.equals(buyer) || seller.equals("CHN") || random.nextDouble() < 0.5) {
                    flows.append(String.format(
                            Locale.ROOT,
                            "  - {from: %s, to: %s, quantity: %.3f, sources: [made-up]}%n",
                            seller,
                            buyer,
                            Math.exp(random.nextGaussian()) * 100));
                }
            }
        }
        String baseline = String.join(
                "\n",
                "kind: baseline",
                "version: 1",
                "id: " + id,
                "good: {chain: rare-earths, stage: " + stage + "}",
                "unit: t",
                "period: \"2024\"",
                "regions: [" + String.join(", ", regions) + "]",
                "price: {value: 50000, unit: USD/t, how: \"made up\", sources: [made-up]}",
                "sources:",
                "  made-up: {publisher: \"Chokepoint tests\", title: \"A random chain\"}",
                "flows:",
                flows.toString());
        try {
            Files.writeString(dir.resolve(id + ".yaml"), baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioResult run(long seed, String shocks) {
        ScenarioLoader loader = new ScenarioLoader(TimeTest.REFERENCE, folder);
        return TimeTest.RUNNER.run(loader.read("chain-" + seed + ".yaml", chain(seed, shocks, folder, false)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutShocksNothingMovesAndTheStagesAgreeAtOnce(long seed) {
        ScenarioResult result = run(seed, "[]");

        assertThat(result.markets()).hasSizeGreaterThan(3 * 3).allSatisfy(row -> {
            assertThat(row.supplyChangePct())
                    .as(row.good() + " " + row.region())
                    .isCloseTo(0, within(1e-6));
            assertThat(row.shortfallPct()).as(row.good() + " " + row.region()).isCloseTo(0, within(1e-6));
        });
        assertThat(result.flows())
                .allSatisfy(flow -> assertThat(flow.scenarioQty()).isCloseTo(flow.baselineQty(), within(1e-6)));
        assertThat(result.convergence()).hasSize(3).allSatisfy(row -> {
            assertThat(row.rounds()).isEqualTo(1);
            assertThat(row.lastChange()).isLessThan(row.tolerance());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBanAtTheTopNeverRaisesMagnetOutputOutsideChinaAndTheChainConverges(long seed) {
        ScenarioResult result = run(seed, "[{instrument: export-ban, exporter: CHN}]");

        List<MarketRow> makers = result.markets().stream()
                .filter(row -> row.good().equals("rare-earths/ndfeb-magnets")
                        && !row.region().equals("CHN"))
                .toList();
        assertThat(makers).isNotEmpty().allSatisfy(row -> assertThat(row.supplyChangePct())
                .as(row.region() + " " + row.period())
                .isLessThanOrEqualTo(1e-6));
        assertThat(makers)
                .as("some maker outside China is short of metal made from Chinese compounds")
                .anySatisfy(row -> assertThat(row.supplyChangePct()).isLessThan(-1e-3));
        assertThat(result.convergence()).hasSize(3).allSatisfy(row -> {
            assertThat(row.stages())
                    .isEqualTo("rare-earths/ree-compounds -> rare-earths/ree-metals -> rare-earths/ndfeb-magnets");
            assertThat(row.rounds()).isGreaterThan(1);
            assertThat(row.lastChange()).isLessThan(row.tolerance());
        });
    }
}
