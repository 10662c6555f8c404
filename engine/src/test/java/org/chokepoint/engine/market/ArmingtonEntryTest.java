package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A variety with no baseline trade entering a buyer's CES through an opened route, on the contract
 * test's seeded random markets: its weight is calibrated so that at its landed price it would take
 * the entry share of the buyer's spending beside the baseline's varieties, the buyer gains from it,
 * and the route's capacity caps it.
 */
class ArmingtonEntryTest {

    private static final MarketModel MODEL = new ArmingtonModel();

    /** A market with a pair {seller, buyer} that has no baseline flow, the seller selling elsewhere. */
    private record Entry(Market market, int seller, int buyer, double share, double cost) {}

    static Stream<Entry> entries() {
        return LongStream.range(0, 200)
                .mapToObj(seed -> {
                    Random random = new Random(seed);
                    Market market = MarketModelContractTest.randomMarket(random, 3 + random.nextInt(4));
                    for (int s = 0; s < market.size(); s++) {
                        for (int d = 0; d < market.size(); d++) {
                            if (s != d && market.flows()[s][d] == 0 && market.sales(s) > 0 && market.spending(d) > 0) {
                                return Optional.of(new Entry(
                                        market, s, d, 0.001 + 0.2 * random.nextDouble(), random.nextDouble()));
                            }
                        }
                    }
                    return Optional.<Entry>empty();
                })
                .flatMap(Optional::stream)
                .limit(60);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theNewVarietyTakesItsEntryShareAtItsLandedPriceAndTheBuyerPaysLess(Entry e) {
        Market market = e.market();
        int s = e.seller();
        int d = e.buyer();
        Solution after = MODEL.solve(
                market, MarketPolicy.baseline(market).open(s, d, e.cost(), 1e9 * market.sales(s), e.share()));

        double sigma = market.substitution()[d];
        double value = after.flows()[s][d] * after.prices()[s] * market.wedges()[s][d] * (1 + e.cost());
        assertThat(value).isPositive();
        double spending = market.spending(d);
        for (int k = 0; k < market.size(); k++) {
            double baseline = market.wedges()[k][d] * market.flows()[k][d];
            if (baseline > 0) {
                // value ratio of the new variety to variety k: (theta_s / theta_k) (landed_s / landed_k)^(1 - sigma)
                double expected = e.share()
                        / (1 - e.share())
                        / (baseline / spending)
                        * Math.pow(after.prices()[s] / after.prices()[k], 1 - sigma);
                double ratio = value / (after.flows()[k][d] * after.prices()[k] * market.wedges()[k][d]);
                assertThat(ratio).isCloseTo(expected, within(1e-8 * expected));
            }
        }
        assertThat(after.compositePrices()[d]).as("the buyer gains a variety").isLessThan(1);
    }

    @ParameterizedTest
    @MethodSource("entries")
    void theRoutesCapacityCapsTheNewVarietyWithARent(Entry e) {
        Market market = e.market();
        Solution free = MODEL.solve(
                market,
                MarketPolicy.baseline(market)
                        .open(e.seller(), e.buyer(), e.cost(), 1e9 * market.sales(e.seller()), e.share()));
        double capacity = free.flows()[e.seller()][e.buyer()] / 2;

        Solution capped = MODEL.solve(
                market, MarketPolicy.baseline(market).open(e.seller(), e.buyer(), e.cost(), capacity, e.share()));

        assertThat(capped.flows()[e.seller()][e.buyer()]).isCloseTo(capacity, within(1e-8 * capacity));
        assertThat(capped.capShadows()).hasSize(1);
        assertThat(capped.capShadows()[0]).isPositive();
    }
}
