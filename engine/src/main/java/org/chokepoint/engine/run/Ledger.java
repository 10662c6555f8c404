package org.chokepoint.engine.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Delivery;
import org.chokepoint.engine.instrument.Transfers;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.MarketModel;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;

/**
 * The rows of one run as they accumulate month by month: every month's scenario solution is set
 * against the same month without shocks (its seasons and elasticities included), so that a result
 * shows what the shocks did. Quantities in the market are annual rates; a month carries a twelfth.
 */
final class Ledger {

    private final Baseline baseline;
    private final MarketModel model;
    /** Whether flows and welfare are kept: a Monte Carlo draw needs only the market rows. */
    private final boolean full;

    final List<FlowRow> flows = new ArrayList<>();
    final List<MarketRow> markets = new ArrayList<>();
    private final Map<String, WelfareRow> welfare = new LinkedHashMap<>();

    Ledger(Baseline baseline, MarketModel model, boolean full) {
        this.baseline = baseline;
        this.model = model;
        this.full = full;
        for (String region : baseline.regions()) {
            welfare.put(region, WelfareRow.none(region));
        }
    }

    /**
     * One month: the market it was solved on, the month without shocks and with them, the stocks, and
     * what the instruments moved outside the market (payments, and new plants' and routes' deliveries,
     * which count among the seller's sales and the flows).
     */
    void add(
            YearMonth month,
            Market market,
            Solution reference,
            MarketPolicy policy,
            Solution solution,
            double[] stocks,
            List<Transfers> moved) {
        int n = market.size();
        double price = baseline.price();
        // The choke price of demand (the scenario's, ten times the baseline price by default). Under
        // rationing the composite price is a virtual one that can rise without bound; up to the choke a
        // consumer loss is the area under the demand curve, and beyond it the buyer is indifferent to
        // the units it cannot get, so a rationed region's loss is a finite number. What sellers and
        // licence holders earn is valued at prices no higher than the choke.
        double choke = policy.choke();
        String period = month.toString();
        String good = baseline.good();
        double[][] x0 = reference.flows();
        double[][] x = solution.flows();
        double[][] delivered = new double[n][n];
        double[][] deliveredValue = new double[n][n];
        for (Transfers transfers : moved) {
            for (Delivery delivery : transfers.deliveries()) {
                double paid = delivery.paid(marketPrice(reference, solution, choke, delivery.buyer()));
                delivered[delivery.seller()][delivery.buyer()] += delivery.quantity();
                deliveredValue[delivery.seller()][delivery.buyer()] += delivery.quantity() * paid;
            }
        }
        for (int s = 0; s < n && full; s++) {
            for (int d = 0; d < n; d++) {
                if (x0[s][d] > 0 || x[s][d] > 0 || delivered[s][d] > 0) {
                    flows.add(new FlowRow(
                            good,
                            baseline.regions().get(s),
                            baseline.regions().get(d),
                            period,
                            x0[s][d] / 12,
                            (x[s][d] + delivered[s][d]) / 12,
                            baseline.unit(),
                            x0[s][d] / 12 * reference.prices()[s] * price,
                            (x[s][d] * solution.prices()[s] * price + deliveredValue[s][d]) / 12));
                }
            }
        }
        for (int r = 0; r < n; r++) {
            double sold0 = 0;
            double sold = 0;
            double soldElsewhere = 0;
            for (int k = 0; k < n; k++) {
                sold0 += x0[r][k];
                sold += x[r][k];
                soldElsewhere += delivered[r][k];
            }
            // Demand in composite units (engine.md 7a) on the model's own curve (armington A s P^-epsilon),
            // against the same month without shocks; what the region goes without at the pre-shock
            // price is the shortfall
            double composite = solution.compositePrices()[r] / reference.compositePrices()[r];
            double wanted = model.consumption(market, policy, r, reference.compositePrices()[r]);
            double consumed = model.consumption(market, policy, r, solution.compositePrices()[r]);
            double shortfall = model.shortfall(market, policy, reference, solution, r);
            // The price the region pays: the landed unit value of its purchases (licence shadow
            // prices are not in the wedges; a variety it cannot buy has no price), at most the
            // choke, as sellers' prices are valued. What it goes without beyond its demand's
            // response to that price is rationed.
            double paid = Math.min(choke, paidPrice(reference, solution, r));
            double rationed = Double.isNaN(paid)
                    ? shortfall
                    : Math.min(
                            shortfall,
                            Math.max(
                                    0,
                                    model.consumption(
                                                    market, policy, r, reference.compositePrices()[r] * paid)
                                            - consumed));
            markets.add(MarketRow.single(
                    good,
                    baseline.regions().get(r),
                    period,
                    wanted > 0 && Double.isFinite(composite) ? 100 * (composite - 1) : Double.NaN,
                    wanted > 0 ? 100 * (consumed / wanted - 1) : Double.NaN,
                    sold0 > 0 ? 100 * ((sold + soldElsewhere) / sold0 - 1) : Double.NaN,
                    shortfall / 12,
                    wanted > 0 ? 100 * shortfall / wanted : 0,
                    stocks[r],
                    sold0 > 0 ? 100 * (received(policy, solution, r) / reference.prices()[r] - 1) : Double.NaN,
                    Double.isNaN(paid) ? Double.NaN : 100 * (paid - 1),
                    wanted > 0 ? 100 * rationed / wanted : 0));
            if (!full) {
                continue;
            }
            // Demand chokes at choke times the month without shocks: a consumer loss is the area
            // under the demand curve up to it, and a seller's price is valued at no more than it
            double before = reference.compositePrices()[r];
            double consumers = model.consumerSurplusChange(
                            market, policy, r, before, Math.min(solution.compositePrices()[r], choke * before))
                    * price
                    / 12;
            double p0 = reference.prices()[r];
            double p = Math.min(solution.prices()[r], choke * p0);
            double producers = (model.producerSurplus(market, r, sold, p) - model.producerSurplus(market, r, sold0, p0))
                    * price
                    / 12;
            double tariffs = 0;
            double discounts = 0;
            double rents = 0;
            for (int s = 0; s < n; s++) {
                // tariff revenue against the month without shocks, whose tariffs are the baseline's
                double tariff = solution.wedges()[s][r] / policy.premium(s, r);
                double tariff0 = market.wedges()[s][r];
                tariffs += ((tariff - 1) * solution.prices()[s] * x[s][r]
                                - (tariff0 - 1) * reference.prices()[s] * x0[s][r])
                        * price
                        / 12;
                discounts += solution.prices()[r] * x[r][s] * (1 - 1 / policy.premium(r, s)) * price / 12;
                // route rents (spatial: rising route costs) go to the region the route starts from:
                // who owns the carriers is not modelled, and world welfare adds up either way
                rents += (model.routeRent(market, policy, r, s, x[r][s])
                                - model.routeRent(market, policy, r, s, x0[r][s]))
                        * price
                        / 12;
            }
            credit(new WelfareRow(baseline.regions().get(r), consumers, producers, tariffs, discounts, 0, rents));
        }
        if (full) {
            settle(reference, solution, choke, moved);
        }
        for (int c = 0; c < policy.caps().size() && full; c++) {
            if (!policy.caps().get(c).rentToSeller()) {
                continue; // contracts hold the price: the shadow price is nobody's income
            }
            double shadow = solution.capShadows()[c];
            for (int[] pair : policy.caps().get(c).pairs()) {
                // licence rents go to the exporter's producers, at a delivered price no higher than the choke
                double seller = solution.prices()[pair[0]];
                double perUnit = Math.min(
                        rentPerUnit(shadow, seller),
                        Math.max(0, choke * reference.compositePrices()[pair[1]] - seller));
                double rent = perUnit * x[pair[0]][pair[1]] * price / 12;
                credit(new WelfareRow(baseline.regions().get(pair[0]), 0, rent, 0, 0, 0, 0));
            }
        }
    }

    /**
     * What seller s receives a unit on average: its price, plus on flows under a licence the licence's
     * rent ({@link #rentPerUnit}), so that a licensed or capped exporter's world price is what buyers
     * pay at its border, not its marginal cost. Its price where it sells nothing.
     */
    private static double received(MarketPolicy policy, Solution solution, int s) {
        double[] premium = new double[solution.flows().length];
        for (int c = 0; c < policy.caps().size(); c++) {
            if (policy.caps().get(c).rentToSeller()) {
                for (int[] pair : policy.caps().get(c).pairs()) {
                    if (pair[0] == s) {
                        premium[pair[1]] += solution.capShadows()[c];
                    }
                }
            }
        }
        double price = solution.prices()[s];
        double sold = 0;
        double value = 0;
        for (int d = 0; d < premium.length; d++) {
            sold += solution.flows()[s][d];
            value += solution.flows()[s][d] * (price + rentPerUnit(premium[d], price));
        }
        return sold > 0 ? value / sold : price;
    }

    /**
     * A cap's rent a unit, in baseline money: its shadow price is a share of the capped seller's price,
     * or of the baseline price where the seller's price is zero (a spatial seller whose marginal cost
     * has fallen to nothing, MarketModel's contract for {@code capShadows}).
     */
    private static double rentPerUnit(double shadow, double sellerPrice) {
        return shadow * (sellerPrice > 0 ? sellerPrice : 1);
    }

    /**
     * The landed unit value of region d's purchases against the month without shocks (1 unchanged),
     * NaN where it buys nothing in either month.
     */
    private static double paidPrice(Solution reference, Solution solution, int d) {
        double bought0 = 0;
        double value0 = 0;
        double bought = 0;
        double value = 0;
        for (int s = 0; s < reference.flows().length; s++) {
            bought0 += reference.flows()[s][d];
            value0 +=
                    reference.flows()[s][d] * reference.prices()[s] * reference.wedges()[s][d];
            bought += solution.flows()[s][d];
            value += solution.flows()[s][d] * solution.prices()[s] * solution.wedges()[s][d];
        }
        return bought0 > 0 && bought > 0 && value0 > 0 ? (value / bought) / (value0 / bought0) : Double.NaN;
    }

    /**
     * What instruments moved outside the market in one month, at annual rates: guaranteed-price
     * payments (producers receive, guarantors pay), and deliveries of new plants and routes. The
     * buyer's consumers are counted as paying its market price for every unit they use, delivered
     * ones included; a delivery's seller gets the contract price less its cost, and the buyer keeps
     * what the market price exceeds the contract price by.
     */
    private void settle(Solution reference, Solution solution, double choke, List<Transfers> moved) {
        for (Transfers transfers : moved) {
            double[] received = transfers.received();
            double[] paid = transfers.paid();
            for (int r = 0; r < baseline.regions().size(); r++) {
                if (received[r] != 0 || paid[r] != 0) {
                    credit(new WelfareRow(baseline.regions().get(r), 0, received[r] / 12, 0, 0, -paid[r] / 12, 0));
                }
            }
            for (Delivery delivery : transfers.deliveries()) {
                double market = marketPrice(reference, solution, choke, delivery.buyer());
                double unitPaid = delivery.paid(market);
                double quantity = delivery.quantity() / 12;
                credit(new WelfareRow(
                        baseline.regions().get(delivery.seller()),
                        0,
                        (unitPaid - delivery.cost()) * quantity,
                        0,
                        0,
                        0,
                        0));
                credit(new WelfareRow(
                        baseline.regions().get(delivery.buyer()), (market - unitPaid) * quantity, 0, 0, 0, 0, 0));
            }
        }
    }

    /** The buyer's market price in USD a unit: its composite price, valued at no more than the choke. */
    private double marketPrice(Solution reference, Solution solution, double choke, int buyer) {
        double before = reference.compositePrices()[buyer];
        return Math.min(solution.compositePrices()[buyer], choke * before) * baseline.price();
    }

    /** Adds a month's gains and losses to the region's account. */
    private void credit(WelfareRow change) {
        welfare.merge(change.region(), change, WelfareRow::plus);
    }

    List<WelfareRow> welfare() {
        return new ArrayList<>(welfare.values());
    }
}
