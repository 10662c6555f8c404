package org.chokepoint.engine.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.instrument.Transfers;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.MarketModel;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.scenario.Inventory;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioException;
import org.chokepoint.engine.scenario.Upstream;
import org.chokepoint.engine.spec.Elasticities;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * One run of a scenario through its months (engine.md sections 4 and 5): each month's market has
 * that month's elasticities (short run moving to long run) and seasons; it is solved without shocks
 * and with the instruments in force; regions with commercial stocks draw them to cover what they go
 * without and refill them once supply is back. With an upstream stage, the two stages are solved in
 * turn until they agree: the input its users get limits the good's sellers (a Leontief step) and
 * what those sellers make sets how much input they buy (derived demand).
 */
final class Simulation {

    /** How many times a month's stock draws are topped up to what is still short. */
    private static final int STOCK_ROUNDS = 20;

    /** How many times the two stages of a chain are solved in turn before they must agree. */
    private static final int CHAIN_ROUNDS = 50;

    private final Scenario scenario;
    private final MarketModel model;
    private final Draw draw;
    private final Stage good;
    private final Optional<Stage> input;
    /** Each region's commercial stock, null where it holds none. */
    private final CommercialStock[] stocks;

    private final boolean full;

    /** The result of a run: the good's rows and, with a chain, the input's. */
    record Ledgers(Ledger good, Optional<Ledger> input) {}

    /** A run of {@code scenario} in one draw; {@code full} keeps flows and welfare beside the markets. */
    Simulation(Scenario scenario, MarketModel model, Draw draw, boolean full) {
        this.full = full;
        this.scenario = scenario;
        this.model = model;
        this.draw = draw;
        this.good = new Stage(scenario.baseline(), scenario.elasticities(), scenario.limits(), scenario.shocks());
        this.input = scenario.upstream().map(up -> new Stage(up.baseline(), up.elasticities(), List.of(), up.shocks()));
        int n = good.size();
        this.stocks = new CommercialStock[n];
        double[][] table = scenario.baseline().table(draw);
        for (Inventory inventory : scenario.inventories()) {
            int r = scenario.baseline().indexOf(inventory.region());
            double monthly = 0;
            for (int s = 0; s < n; s++) {
                monthly += table[s][r] / 12;
            }
            stocks[r] = new CommercialStock(
                    inventory.monthsOfDemand() * monthly,
                    inventory.refillMonths(),
                    inventory.maxDrawMonths() * monthly);
        }
    }

    /** Each region's stock level, NaN where it holds none. */
    private double[] levels() {
        double[] levels = new double[stocks.length];
        for (int r = 0; r < stocks.length; r++) {
            levels[r] = stocks[r] == null ? Double.NaN : stocks[r].level();
        }
        return levels;
    }

    private void restore(double[] levels) {
        for (int r = 0; r < stocks.length; r++) {
            if (stocks[r] != null) {
                stocks[r].restore(levels[r]);
            }
        }
    }

    Ledgers run() {
        Ledger goodLedger = new Ledger(good.baseline, model, full, good.choke());
        Optional<Ledger> inputLedger = input.map(stage -> new Ledger(stage.baseline, model, full, stage.choke()));
        int elapsed = 0;
        for (YearMonth month = scenario.start(); !month.isAfter(scenario.end()); month = month.plusMonths(1)) {
            Market market = good.market(elapsed);
            Solution reference = solve(market, good.seasonal(market, month), month);
            MarketPolicy policy;
            Solution solution;
            if (input.isEmpty()) {
                policy = good.shocked(market, month);
                solution = withStocks(market, reference, policy, month);
            } else {
                Stage stage = input.get();
                Market inputMarket = stage.market(elapsed);
                Solution inputReference = solve(inputMarket, stage.seasonal(inputMarket, month), month);
                double[] monthStart = levels(); // each round of the chain starts the month's stocks afresh
                double[] derived = new double[stage.size()];
                Arrays.fill(derived, 1);
                MarketPolicy inputPolicy = null;
                Solution inputSolution = null;
                policy = null;
                solution = null;
                for (int round = 0; round < CHAIN_ROUNDS; round++) {
                    inputPolicy = stage.shocked(inputMarket, month);
                    for (int r = 0; r < derived.length; r++) {
                        if (derived[r] != 1) {
                            inputPolicy.scaleDemand(r, derived[r]);
                        }
                    }
                    inputSolution = solve(inputMarket, inputPolicy, month);
                    restore(monthStart);
                    policy = good.shocked(market, month);
                    limitByInputs(inputMarket, inputReference, inputPolicy, inputSolution, derived, policy);
                    solution = withStocks(market, reference, policy, month);
                    double[] next = derivedDemand(reference, solution, stage.size());
                    double change = 0;
                    for (int r = 0; r < next.length; r++) {
                        change = Math.max(change, Math.abs(next[r] - derived[r]));
                    }
                    derived = next;
                    if (change < 1e-9) {
                        break;
                    }
                    if (round == CHAIN_ROUNDS - 1) {
                        throw new ScenarioException(
                                "The stages " + stage.baseline.good() + " and " + good.baseline.good()
                                        + " of scenario " + scenario.name() + " did not agree in " + month + " after "
                                        + CHAIN_ROUNDS + " rounds (last change " + change + ")");
                    }
                }
                inputLedger
                        .get()
                        .add(
                                month,
                                inputMarket,
                                inputReference,
                                inputPolicy,
                                inputSolution,
                                nan(stage.size()),
                                stage.settle(inputSolution, month));
            }
            goodLedger.add(month, market, reference, policy, solution, levels(), good.settle(solution, month));
            elapsed++;
        }
        return new Ledgers(goodLedger, inputLedger);
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * Caps each seller that makes the good from the input at its baseline output times the share of
     * its input buyers' needs they got (their composite consumption against what they wanted, after
     * derived demand), weighted by their baseline purchases.
     */
    private void limitByInputs(
            Market inputMarket,
            Solution inputReference,
            MarketPolicy inputPolicy,
            Solution inputSolution,
            double[] derived,
            MarketPolicy policy) {
        for (Upstream.Input link : scenario.upstream().orElseThrow().inputs()) {
            double weight = 0;
            double got = 0;
            for (int r : link.from()) {
                double wanted = model.consumption(
                        inputMarket, inputPolicy, r, inputReference.compositePrices()[r]);
                double consumed = model.consumption(
                        inputMarket, inputPolicy, r, inputSolution.compositePrices()[r]);
                double purchases = inputMarket.spending(r);
                weight += purchases;
                got += purchases * (wanted > 0 ? Math.min(1, consumed / wanted) : 1);
            }
            double available = weight > 0 ? got / weight : 1;
            if (available < 1 - 1e-12) {
                policy.capacity(link.seller(), policy.baselineSupply(link.seller()) * available);
            }
        }
    }

    /**
     * Derived demand: an input buyer whose users make less of the good buys less input, by the share of
     * its use that goes into the good times its users' loss of output.
     */
    private double[] derivedDemand(Solution reference, Solution solution, int inputRegions) {
        double[] scale = new double[inputRegions];
        Arrays.fill(scale, 1);
        for (Upstream.Input link : scenario.upstream().orElseThrow().inputs()) {
            double made0 = 0;
            double made = 0;
            for (int d = 0; d < good.size(); d++) {
                made0 += reference.flows()[link.seller()][d];
                made += solution.flows()[link.seller()][d];
            }
            double output = made0 > 0 ? made / made0 : 1;
            double share = draw.value(link.shareOfTheirUse());
            for (int r : link.from()) {
                scale[r] *= 1 - share * (1 - Math.min(1, output));
            }
        }
        return scale;
    }

    /** Solves a month and draws or refills stocks, topping draws up over a few rounds. */
    private Solution withStocks(Market market, Solution reference, MarketPolicy policy, YearMonth month) {
        Solution solution = solve(market, policy, month);
        for (int round = 0; round < STOCK_ROUNDS && useStocks(market, reference, policy, solution, round); round++) {
            solution = solve(market, policy, month);
        }
        return solution;
    }

    /**
     * Draws stocks where a region is short (as far as they go) and refills them where it is not;
     * true when the policy changed and the month must be solved again.
     */
    private boolean useStocks(Market market, Solution reference, MarketPolicy policy, Solution solution, int round) {
        boolean changed = false;
        for (int r = 0; r < good.size(); r++) {
            CommercialStock stock = stocks[r];
            if (stock == null) {
                continue;
            }
            // what the region goes without, in composite units as the shortfall is measured
            double wanted = model.consumption(market, policy, r, reference.compositePrices()[r]);
            double got = model.consumption(market, policy, r, solution.compositePrices()[r]);
            double shortMonthly = Math.max(0, wanted - got) / 12;
            if (round == 0) {
                stock.startMonth(shortMonthly, wanted / 12);
            }
            double drawn = stock.draw(shortMonthly);
            if (drawn > 0) {
                policy.addNetSupply(r, drawn * 12);
                changed = true;
            } else if (round == 0) {
                double refill = stock.refill();
                if (refill > 0) {
                    policy.addNetSupply(r, -refill * 12);
                    changed = true;
                }
            }
        }
        return changed;
    }

    private Solution solve(Market market, MarketPolicy policy, YearMonth month) {
        try {
            return model.solve(market, policy);
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw new ScenarioException("A market of scenario " + scenario.name() + " (" + scenario.file()
                    + ", regions " + String.join(", ", market.regions()) + ") cannot be solved in " + month + ": "
                    + e.getMessage());
        }
    }

    /** One stage of the chain: its baseline, elasticities, limits and shocks. */
    private final class Stage {
        final Baseline baseline;
        final Elasticities elasticities;
        final List<Instrument> limits;
        final List<Instrument> shocks;

        Stage(Baseline baseline, Elasticities elasticities, List<Instrument> limits, List<Instrument> shocks) {
            this.baseline = baseline;
            this.elasticities = elasticities;
            this.limits = limits;
            this.shocks = shocks;
        }

        int size() {
            return baseline.regions().size();
        }

        /** The choke price of demand in this draw, relative to the month without shocks. */
        double choke() {
            return draw.value(elasticities.chokePrice());
        }

        /**
         * The market calibrated on this draw's baseline table (its figures with spreads drawn) with the
         * elasticities of this draw in the {@code elapsed}-th month.
         */
        Market market(int elapsed) {
            int n = size();
            double[] sigma = new double[n];
            double[] epsilon = new double[n];
            double[] eta = new double[n];
            double[][] wedges = baseline.wedges();
            for (int i = 0; i < n; i++) {
                String region = baseline.regions().get(i);
                sigma[i] = elasticities.at("substitution", region, elapsed, draw);
                epsilon[i] = elasticities.at("demand", region, elapsed, draw);
                eta[i] = elasticities.at("supply", region, elapsed, draw);
            }
            return new Market(baseline.regions(), baseline.table(draw), wedges, sigma, epsilon, eta);
        }

        /** The month without shocks: the baseline with its seasons and the limits in force. */
        MarketPolicy seasonal(Market market, YearMonth month) {
            MarketPolicy policy = MarketPolicy.baseline(market).choke(choke());
            for (int r = 0; r < size(); r++) {
                double factor = baseline.seasons().factor(baseline.regions().get(r), month.getMonthValue());
                if (factor != 1) {
                    policy.scaleDemand(r, factor);
                }
            }
            for (Instrument limit : limits) {
                if (limit.window().contains(month)) {
                    limit.apply(policy, month, draw);
                }
            }
            return policy;
        }

        /** What the instruments in force move outside the market once the month is solved. */
        List<Transfers> settle(Solution solution, YearMonth month) {
            List<Transfers> moved = new ArrayList<>();
            for (Instrument shock : shocks) {
                if (shock.window().contains(month)) {
                    shock.settle(solution, month, draw).ifPresent(moved::add);
                }
            }
            return moved;
        }

        /** The month with the instruments in force. */
        MarketPolicy shocked(Market market, YearMonth month) {
            MarketPolicy policy = seasonal(market, month);
            for (Instrument shock : shocks) {
                if (shock.window().contains(month)) {
                    shock.apply(policy, month, draw);
                }
            }
            return policy;
        }
    }
}
