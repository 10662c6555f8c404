package org.chokepoint.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.stream.Stream;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * New routes (engine.md section 9, routes can open): a seller with no baseline trade to a buyer can
 * deliver to it; the seller's producers get the revenue, the buyer buys less from the market. On
 * seeded random markets without tariffs (so the only change is the new supply): a route whose cost
 * is zero never lowers world welfare, whatever price it is paid at (the price only moves money from
 * buyer to seller), and the route's delivery shows in the flows and the seller's sales.
 */
class NewRouteTest {

    private static final List<String> COUNTRIES = List.of("CHN", "JPN", "KOR", "USA", "DEU", "IND", "AUS");

    @TempDir
    static Path folder;

    static Stream<Arguments> markets() {
        return LongStream.range(0, 40)
                .mapToObj(seed ->
                        Arguments.of(seed, List.of("armington", "spatial").get((int) (seed % 2))));
    }

    /** A random baseline with zeros, and a seller and buyer with no trade between them. */
    private static String[] randomMarket(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3 + random.nextInt(COUNTRIES.size() - 2);
        List<String> regions = new ArrayList<>(COUNTRIES.subList(0, n));
        regions.add("ROW");
        int seller;
        int buyer;
        do {
            seller = random.nextInt(regions.size());
            buyer = random.nextInt(regions.size());
        } while (seller == buyer);
        StringBuilder flows = new StringBuilder();
        for (int s = 0; s < regions.size(); s++) {
            for (int d = 0; d < regions.size(); d++) {
                boolean trades = s == d || random.nextDouble() < 0.6;
                if (trades && !(s == seller && d == buyer)) {
                    flows.append(String.format(
                            Locale.ROOT,
                            "  - {from: %s, to: %s, quantity: %.3f, sources: [made-up]}%n",
                            regions.get(s),
                            regions.get(d),
                            Math.exp(random.nextGaussian() * 1.5) * 100));
                }
            }
        }
        String id = "random-" + seed;
        String baseline = String.join(
                "\n",
                "kind: baseline",
                "version: 1",
                "id: " + id,
                "good: {chain: lng, stage: lng}",
                "unit: t",
                "period: \"2024\"",
                "regions: [" + String.join(", ", regions) + "]",
                "price: {value: 500, unit: USD/t, how: \"made up\", sources: [made-up]}",
                "sources:",
                "  made-up: {publisher: \"Chokepoint tests\", title: \"A random market\"}",
                "flows:",
                flows.toString());
        try {
            Files.writeString(folder.resolve(id + ".yaml"), baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double capacity = 20 + 200 * random.nextDouble();
        double share = 1.5 * random.nextDouble();
        return new String[] {
            id,
            regions.get(seller),
            regions.get(buyer),
            String.format(Locale.ROOT, "%.3f", capacity),
            String.format(Locale.ROOT, "%.3f", share),
            String.format(
                    Locale.ROOT,
                    "{substitution: %.2f, demand: %.2f, supply: %.2f}",
                    2 + 6 * random.nextDouble(),
                    0.1 + random.nextDouble(),
                    0.2 + 2 * random.nextDouble())
        };
    }

    private static ScenarioResult run(String baseline, String model, String elasticities, String shocks) {
        ScenarioLoader loader = new ScenarioLoader(TimeTest.REFERENCE, folder);
        return TimeTest.RUNNER.run(loader.read(
                "route.yaml",
                String.join(
                        "\n",
                        "kind: scenario",
                        "version: 1",
                        "name: route",
                        "question: \"What does a new route do?\"",
                        "baseline: " + baseline,
                        "model: " + model,
                        "start: 2026-01",
                        "months: 3",
                        "elasticities: " + elasticities,
                        "shocks: " + shocks,
                        "")));
    }

    private static double world(ScenarioResult result) {
        return result.welfare().stream().mapToDouble(WelfareRow::total).sum();
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("markets")
    void aRouteAtNoCostNeverLowersWorldWelfareAndItsDeliveriesShow(long seed, String model) {
        String[] m = randomMarket(seed);
        String route = "[{instrument: new-route, seller: " + m[1] + ", buyer: " + m[2] + ", capacity: " + m[3]
                + " t/yr, price_share: " + m[4] + ", cost: 0 USD/t}]";

        ScenarioResult result = run(m[0], model, m[5], route);

        double world = world(result);
        double scale = 500 * Double.parseDouble(m[3]) / 4; // a quarter's deliveries at the baseline price
        assertThat(world).as("world welfare change with a free new route").isGreaterThanOrEqualTo(-1e-9 * scale);
        FlowRow delivered = result.flows().stream()
                .filter(f -> f.exporter().equals(m[1])
                        && f.importer().equals(m[2])
                        && f.period().equals("2026-03"))
                .findFirst()
                .orElseThrow();
        assertThat(delivered.baselineQty()).isZero();
        assertThat(delivered.scenarioQty()).isCloseTo(Double.parseDouble(m[3]) / 12, within(1e-9));
        WelfareRow seller = result.welfare().stream()
                .filter(w -> w.region().equals(m[1]))
                .findFirst()
                .orElseThrow();
        WelfareRow sellerWithoutRoute = run(
                        m[0],
                        model,
                        m[5],
                        "[{instrument: new-plant, region: " + m[2] + ", capacity: " + m[3] + " t/yr, cost: 0 USD/t}]")
                .welfare()
                .stream()
                .filter(w -> w.region().equals(m[1]))
                .findFirst()
                .orElseThrow();
        double paid = result.flows().stream()
                .filter(f -> f.exporter().equals(m[1]) && f.importer().equals(m[2]))
                .mapToDouble(FlowRow::scenarioValueUsd)
                .sum();
        assertThat(seller.total() - sellerWithoutRoute.total())
                .as("the route's owner gains what the buyer pays it, over the same market outcome")
                .isCloseTo(paid, within(1e-6 * scale));
    }

    /**
     * A route with no baseline trade: a buyer cut off from its sellers by a ban is less short when a
     * seller with no trade to it may open a route, the route carries goods, and world welfare is no
     * lower than under the ban alone; in the spatial model the route opens on price, in armington the
     * seller's goods enter the buyer's CES with their entry share.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBannedBuyerIsLessShortWhenARouteMayOpen(long seed) {
        String[] m = randomMarket(seed);
        String elasticities = "{substitution: 4, demand: 0.5, supply: 1}";
        String ban = "{instrument: export-ban, exporter: [" + others(m) + "], importers: " + m[2] + "}";
        for (String model : List.of("spatial", "armington")) {
            String open = "{instrument: open-route, seller: " + m[1] + ", buyer: " + m[2] + ", capacity: " + m[3]
                    + " t/yr, cost: 25 USD/t" + (model.equals("armington") ? ", entry_share: 2%" : "") + "}";

            ScenarioResult banned = run(m[0], model, elasticities, "[" + ban + "]");
            ScenarioResult opened = run(m[0], model, elasticities, "[" + ban + ", " + open + "]");

            MarketRow without = TimeTest.row(banned, m[2], "2026-03");
            MarketRow with = TimeTest.row(opened, m[2], "2026-03");
            assertThat(without.shortfallPct()).as(model).isPositive();
            assertThat(with.shortfallPct()).as(model).isLessThan(without.shortfallPct());
            assertThat(opened.flows())
                    .as(model)
                    .filteredOn(f -> f.exporter().equals(m[1]) && f.importer().equals(m[2]))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.scenarioQty()).isPositive());
            assertThat(world(opened)).as(model).isGreaterThanOrEqualTo(world(banned) - 1e-9 * Math.abs(world(banned)));
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 12).boxed();
    }

    /** Every seller of the random market's buyer except itself, the route's seller and the buyer's own output. */
    private static String others(String[] m) {
        List<String> sellers = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder.resolve(m[0] + ".yaml"))) {
                if (line.contains("to: " + m[2] + ",")) {
                    String from = line.substring(line.indexOf("from: ") + 6, line.indexOf(','));
                    if (!from.equals(m[2]) && !from.equals(m[1])) {
                        sellers.add(from);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(", ", sellers);
    }

    @Test
    void armingtonNeedsAnEntryShareAndTheSpatialModelRefusesOne() {
        String[] m = randomMarket(3);
        String open = "{instrument: open-route, seller: " + m[1] + ", buyer: " + m[2] + ", capacity: " + m[3] + " t/yr";
        assertThatThrownBy(() -> run(m[0], "armington", m[5], "[" + open + "}]"))
                .hasMessageContaining("needs an entry_share in armington");
        assertThatThrownBy(() -> run(m[0], "spatial", m[5], "[" + open + ", entry_share: 2%}]"))
                .hasMessageContaining("entry_share is for model: armington");
    }

    @Test
    void aRouteShiftsNoWelfareBetweenBuyerAndSellerBeyondItsPrice() {
        String[] m = randomMarket(7);
        String at = "[{instrument: new-route, seller: " + m[1] + ", buyer: " + m[2] + ", capacity: " + m[3]
                + " t/yr, price: 100 USD/t}]";
        String higher = "[{instrument: new-route, seller: " + m[1] + ", buyer: " + m[2] + ", capacity: " + m[3]
                + " t/yr, price: 300 USD/t}]";
        ScenarioResult cheap = run(m[0], "armington", m[5], at);
        ScenarioResult dear = run(m[0], "armington", m[5], higher);
        double moved = 200 * Double.parseDouble(m[3]) * 3 / 12;
        double sellerGain = total(dear, m[1]) - total(cheap, m[1]);
        double buyerGain = total(dear, m[2]) - total(cheap, m[2]);
        assertThat(sellerGain).isCloseTo(moved, within(1e-6 * moved));
        assertThat(buyerGain).isCloseTo(-moved, within(1e-6 * moved));
        assertThat(world(dear)).isCloseTo(world(cheap), within(1e-6 * moved));
    }

    private static double total(ScenarioResult result, String region) {
        return result.welfare().stream()
                .filter(w -> w.region().equals(region))
                .mapToDouble(WelfareRow::total)
                .sum();
    }
}
