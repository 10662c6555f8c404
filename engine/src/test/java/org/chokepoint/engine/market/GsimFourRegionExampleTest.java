package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GSIM's four-region illustration (United States, Japan, European Union, rest of world) with a
 * US-EU free-trade agreement, matched to the four-decimal world-price changes reported for it.
 *
 * <p><b>Provenance, stated exactly.</b> The data and the reported figures were found in a public
 * R script headed "GSIM 4x4 model" (a stored copy in the search index, whose repository the
 * index does not name). It sets up the example below and records, as "reported prices", the
 * world-price changes {@code 0.0792, -0.0316, 0.0480, -0.0184} for US, JP, EU, RW. The data
 * (Em = -1.25, Es = 5, Ex = 1.5 in every region; the trade and tariff tables) have the shape of
 * the illustration distributed with Francois and Hall's GSIM, "Global Simulation Analysis of
 * Industry-Level Trade Policy" (J. Francois and H. K. Hall, version 3.0, 21 April 2003,
 * wits.worldbank.org/witsweb/download/docs/GSIMpaper.pdf), but the paper's tables could not be
 * read here, so the table and page are not cited and the figures are not claimed as the paper's.
 * No welfare figures were reported with them, so welfare is checked in {@link GsimWelfareTest}
 * against hand-derived values instead.
 *
 * <p><b>Conventions mapped.</b> GSIM's trade table is at world prices with exporters in rows and
 * importers in columns, as {@link Market#flows()}; intra-EU and intra-RW trade sit on its
 * diagonal, which the market reads as a region's sales to itself (GSIM treats them alike:
 * another source in the importer's composite). GSIM's import tariffs {@code T0 = 1 + t} are the
 * market's baseline wedges, the diagonal included (intra-RW trade pays 15%). Elasticity signs:
 * GSIM's composite import demand elasticity is negative, the market's epsilon is its absolute
 * value, so {@code epsilon = -Em = 1.25}, {@code sigma = Es = 5}, {@code eta = Ex = 1.5}. The
 * agreement sets {@code T1 = 1} on US-to-EU and EU-to-US trade.
 */
class GsimFourRegionExampleTest {

    private static final List<String> REGIONS = List.of("US", "JP", "EU", "RW");

    /** Trade at world prices, exporter (row) to importer (column). */
    private static final double[][] TRADE = {
        {0, 50, 200, 300},
        {500, 0, 150, 200},
        {300, 100, 200, 200},
        {50, 100, 110, 20}
    };

    /** Initial import tariffs T0 = 1 + t, exporter (row) to importer (column). */
    private static final double[][] TARIFFS = {
        {1.00, 1.21, 1.41, 1.22},
        {1.37, 1.00, 1.31, 1.23},
        {1.32, 1.36, 1.00, 1.18},
        {1.57, 1.41, 1.25, 1.15}
    };

    static Market market() {
        double[] sigma = {5, 5, 5, 5};
        double[] epsilon = {1.25, 1.25, 1.25, 1.25};
        double[] eta = {1.5, 1.5, 1.5, 1.5};
        return new Market(REGIONS, TRADE, TARIFFS, sigma, epsilon, eta);
    }

    static double[][] usEuAgreement() {
        double[][] wedges = Market.copy(TARIFFS);
        wedges[2][0] = 1; // EU exports to the US
        wedges[0][2] = 1; // US exports to the EU
        return wedges;
    }

    @Test
    void worldPricesMatchTheReportedFourDecimals() {
        Solution solution = new GsimModel().solve(market(), usEuAgreement());

        double[] reported = {0.0792, -0.0316, 0.0480, -0.0184};
        for (int i = 0; i < REGIONS.size(); i++) {
            assertThat(solution.prices()[i] - 1)
                    .as("world price change of %s, reported to four decimals", REGIONS.get(i))
                    .isCloseTo(reported[i], within(0.00005));
        }
    }

    @Test
    void theAgreementShiftsImportsTowardThePartners() {
        Market market = market();
        Solution solution = new GsimModel().solve(market, usEuAgreement());

        assertThat(solution.flows()[2][0]).as("EU exports to the US").isGreaterThan(market.flows()[2][0]);
        assertThat(solution.flows()[0][2]).as("US exports to the EU").isGreaterThan(market.flows()[0][2]);
        assertThat(solution.flows()[1][0]).as("Japan's exports to the US").isLessThan(market.flows()[1][0]);
        assertThat(solution.flows()[3][2]).as("RW's exports to the EU").isLessThan(market.flows()[3][2]);
    }
}
