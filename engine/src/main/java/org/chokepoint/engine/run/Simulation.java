package org.chokepoint.engine.run;

import java.time.YearMonth;
import java.util.Arrays;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.instrument.Settlement;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.MarketModel;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.scenario.Inventory;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioException;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * One run of a scenario through its months (engine.md section 5): each month's market has that
 * month's elasticities (short run moving to long run) and seasons; it is solved without shocks and
 * with the instruments in force; regions with commercial stocks draw them to cover a shortfall as
 * far as they go and refill them in equal steps once supply is back, which takes a second solve.
 */
final class Simulation {

    /** How many times a month's stock draws are topped up to what is still short. */
    private static final int STOCK_ROUNDS = 20;

    private final Scenario scenario;
    private final MarketModel model;
    private final Draw draw;
    private final Baseline baseline;
    private final int n;
    private final double[] stock;
    private final double[] full;
    private final double[] refillStep;
    private final boolean[] refilling;

    Simulation(Scenario scenario, MarketModel model, Draw draw) {
        this.scenario = scenario;
        this.model = model;
        this.draw = draw;
        this.baseline = scenario.baseline();
        this.n = baseline.regions().size();
        this.stock = new double[n];
        this.full = new double[n];
        this.refillStep = new double[n];
        this.refilling = new boolean[n];
        Arrays.fill(stock, Double.NaN);
        double[][] table = baseline.table();
        for (Inventory inventory : scenario.inventories()) {
            int r = baseline.indexOf(inventory.region());
            double monthly = 0;
            for (int s = 0; s < n; s++) {
                monthly += table[s][r] / 12;
            }
            full[r] = inventory.monthsOfDemand() * monthly;
            stock[r] = full[r];
            refillStep[r] = full[r] / inventory.refillMonths();
        }
    }

    Ledger run() {
        Ledger ledger = new Ledger(baseline);
        int elapsed = 0;
        for (YearMonth month = scenario.start(); !month.isAfter(scenario.end()); month = month.plusMonths(1)) {
            Market market = market(elapsed++);
            MarketPolicy quiet = seasonal(market, month);
            Solution reference = solve(market, quiet, month);
            MarketPolicy policy = seasonal(market, month);
            for (Instrument shock : scenario.shocks()) {
                if (shock.window().contains(month)) {
                    shock.apply(policy, month, draw);
                }
            }
            Solution solution = solve(market, policy, month);
            // Stock draws displace some purchases, so draw again on what is still short: a few rounds
            for (int round = 0;
                    round < STOCK_ROUNDS && useStocks(market, reference, policy, solution, round);
                    round++) {
                solution = solve(market, policy, month);
            }
            ledger.add(month, market, reference, policy, solution, stock.clone());
            for (Instrument shock : scenario.shocks()) {
                if (shock instanceof Settlement settlement && shock.window().contains(month)) {
                    ledger.settle(settlement.transfers(solution, month, draw, n));
                }
            }
        }
        return ledger;
    }

    /** The calibrated market with the elasticities of this draw in the {@code elapsed}-th month. */
    Market market(int elapsed) {
        double[] sigma = new double[n];
        double[] epsilon = new double[n];
        double[] eta = new double[n];
        double[][] wedges = new double[n][n];
        for (int i = 0; i < n; i++) {
            String region = baseline.regions().get(i);
            sigma[i] = scenario.elasticities().at("substitution", region, elapsed, draw);
            epsilon[i] = scenario.elasticities().at("demand", region, elapsed, draw);
            eta[i] = scenario.elasticities().at("supply", region, elapsed, draw);
            Arrays.fill(wedges[i], 1);
        }
        return new Market(baseline.regions(), baseline.table(), wedges, sigma, epsilon, eta);
    }

    private MarketPolicy seasonal(Market market, YearMonth month) {
        MarketPolicy policy = MarketPolicy.baseline(market);
        for (int r = 0; r < n; r++) {
            double factor = baseline.seasons().factor(baseline.regions().get(r), month.getMonthValue());
            if (factor != 1) {
                policy.scaleDemand(r, factor);
            }
        }
        return policy;
    }

    /**
     * Draws stocks where a region is short (as far as they go) and refills them where it is not;
     * true when the policy changed and the month must be solved again.
     */
    private boolean useStocks(Market market, Solution reference, MarketPolicy policy, Solution solution, int round) {
        boolean changed = false;
        for (int r = 0; r < n; r++) {
            if (Double.isNaN(stock[r])) {
                continue;
            }
            // what the region goes without, in composite units as the shortfall is measured
            double expenditure = 0;
            for (int s = 0; s < n; s++) {
                expenditure += market.wedges()[s][r] * market.flows()[s][r];
            }
            double epsilon = market.demand()[r];
            double price = solution.compositePrices()[r];
            double wanted =
                    expenditure * policy.demandScale(r) * Math.pow(reference.compositePrices()[r], -epsilon);
            double got = Double.isFinite(price) ? expenditure * policy.demandScale(r) * Math.pow(price, -epsilon) : 0;
            double shortMonthly = Math.max(0, wanted - got) / 12;
            if (round == 0) {
                refilling[r] = !(shortMonthly > 1e-6 * wanted / 12);
            }
            if (!refilling[r]) {
                double drawn = Math.min(stock[r], shortMonthly);
                if (drawn > 0) {
                    policy.addNetSupply(r, drawn * 12);
                    stock[r] -= drawn;
                    changed = true;
                }
            } else if (round == 0 && stock[r] < full[r]) {
                double refill = Math.min(full[r] - stock[r], refillStep[r]);
                policy.addNetSupply(r, -refill * 12);
                stock[r] += refill;
                changed = true;
            }
        }
        return changed;
    }

    private Solution solve(Market market, MarketPolicy policy, YearMonth month) {
        try {
            return model.solve(market, policy);
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw new ScenarioException("The market for " + baseline.good() + " in " + month + " of scenario "
                    + scenario.name() + " (" + scenario.file() + ") cannot be solved: " + e.getMessage());
        }
    }
}
