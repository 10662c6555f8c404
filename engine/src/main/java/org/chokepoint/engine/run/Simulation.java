package org.chokepoint.engine.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * without and refill them once supply is back. With stages before the good (compounds, metals,
 * magnets), the chain is solved jointly each month: top-down, the input its users get caps each
 * stage's sellers (a Leontief step); bottom-up, what those sellers make sets how much input they buy
 * (derived demand, moved halfway each round); the rounds repeat until no buyer's derived demand is
 * {@value #TOLERANCE} or more away from what the stage below's output asks for.
 */
final class Simulation {

    /** How many times a month's stock draws are topped up to what is still short. */
    private static final int STOCK_ROUNDS = 20;

    /** How many rounds of the chain are solved before its stages must agree. */
    private static final int CHAIN_ROUNDS = 100;

    /**
     * How far each round moves derived demand towards what the stage below's output asks for. The
     * stages' feedback alternates (less output, less input bought, a cheaper input, more output), so
     * a full step overshoots: chains of three stages took up to 97 rounds on the seeded chains of
     * {@code ChainLawTest}, and a half step takes at most 27.
     */
    private static final double DAMPING = 0.5;

    /** How far derived demand may be from what the stage below asks for when the stages agree. */
    static final double TOLERANCE = 1e-9;

    private final Scenario scenario;
    private final MarketModel model;
    private final Draw draw;
    /** The good first, then the stages before it, nearest first. */
    private final List<Stage> stages;
    /** Each region's commercial stock of the good, null where it holds none. */
    private final CommercialStock[] stocks;

    private final boolean full;

    /**
     * The result of a run: the rows of each stage, the good's first, and with a chain how its stages
     * agreed each month.
     */
    record Ledgers(List<Ledger> stages, List<ChainRow> convergence) {}

    /** A run of {@code scenario} in one draw; {@code full} keeps flows and welfare beside the markets. */
    Simulation(Scenario scenario, MarketModel model, Draw draw, boolean full) {
        this.full = full;
        this.scenario = scenario;
        this.model = model;
        this.draw = draw;
        List<Stage> chain = new ArrayList<>();
        chain.add(new Stage(
                scenario.baseline(), scenario.elasticities(), scenario.limits(), scenario.shocks(), List.of()));
        for (Upstream up : scenario.chain()) {
            chain.add(new Stage(up.baseline(), up.elasticities(), List.of(), up.shocks(), up.inputs()));
        }
        this.stages = List.copyOf(chain);
        int n = stages.get(0).size();
        this.stocks = new CommercialStock[n];
        double[][] table = stages.get(0).table;
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
        int top = stages.size() - 1;
        List<Ledger> ledgers = new ArrayList<>();
        for (Stage stage : stages) {
            ledgers.add(new Ledger(stage.baseline, model, full));
        }
        List<ChainRow> convergence = new ArrayList<>();
        int elapsed = 0;
        for (YearMonth month = scenario.start(); !month.isAfter(scenario.end()); month = month.plusMonths(1)) {
            Market[] markets = new Market[stages.size()];
            Solution[] references = new Solution[stages.size()];
            MarketPolicy[] policies = new MarketPolicy[stages.size()];
            Solution[] solutions = new Solution[stages.size()];
            double[][] derived = new double[stages.size()][];
            for (int k = 0; k <= top; k++) {
                Stage stage = stages.get(k);
                markets[k] = stage.market(elapsed);
                references[k] = solve(markets[k], stage.seasonal(markets[k], month), month);
                derived[k] = new double[stage.size()];
                Arrays.fill(derived[k], 1);
            }
            double[] monthStart = levels(); // each round of the chain starts the month's stocks afresh
            int rounds = 0;
            double change = 0;
            do {
                restore(monthStart);
                for (int k = top; k >= 0; k--) { // caps from inputs, top-down
                    Stage stage = stages.get(k);
                    policies[k] = stage.shocked(markets[k], month);
                    for (int r = 0; r < derived[k].length; r++) {
                        if (derived[k][r] != 1) {
                            policies[k].scaleDemand(r, derived[k][r]);
                        }
                    }
                    if (k < top) {
                        limitByInputs(
                                stages.get(k + 1),
                                markets[k + 1],
                                references[k + 1],
                                policies[k + 1],
                                solutions[k + 1],
                                policies[k]);
                    }
                    solutions[k] = k == 0
                            ? withStocks(markets[k], references[k], policies[k], month)
                            : solve(markets[k], policies[k], month);
                }
                change = 0;
                for (int k = 1; k <= top; k++) { // derived demand, bottom-up
                    double[] next =
                            derivedDemand(stages.get(k), stages.get(k - 1), references[k - 1], solutions[k - 1]);
                    for (int r = 0; r < next.length; r++) {
                        change = Math.max(change, Math.abs(next[r] - derived[k][r]));
                        derived[k][r] += DAMPING * (next[r] - derived[k][r]);
                    }
                }
                rounds++;
                if (change >= TOLERANCE && rounds == CHAIN_ROUNDS) {
                    throw new ScenarioException("The stages " + goods() + " of scenario " + scenario.name()
                            + " did not agree in " + month + " after " + CHAIN_ROUNDS
                            + " rounds (largest last change of derived demand " + change + ", tolerance "
                            + TOLERANCE + ")");
                }
            } while (change >= TOLERANCE);
            if (top > 0) {
                convergence.add(new ChainRow(goods(), month.toString(), rounds, change, TOLERANCE));
            }
            for (int k = top; k >= 0; k--) {
                Stage stage = stages.get(k);
                ledgers.get(k)
                        .add(
                                month,
                                markets[k],
                                references[k],
                                policies[k],
                                solutions[k],
                                k == 0 ? levels() : nan(stage.size()),
                                stage.settle(solutions[k], month));
            }
            elapsed++;
        }
        return new Ledgers(ledgers, convergence);
    }

    /** The goods of the chain, top first: "rare-earths/ree-compounds -> ... -> rare-earths/ndfeb-magnets". */
    private String goods() {
        List<String> goods = new ArrayList<>();
        for (int k = stages.size() - 1; k >= 0; k--) {
            goods.add(stages.get(k).baseline.good());
        }
        return String.join(" -> ", goods);
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * Caps each seller in {@code policy} that makes its good from {@code input}'s good at its baseline
     * output times the share of its input buyers' needs they got (their composite consumption against
     * what they wanted, after derived demand), weighted by their baseline purchases.
     */
    private void limitByInputs(
            Stage input,
            Market inputMarket,
            Solution inputReference,
            MarketPolicy inputPolicy,
            Solution inputSolution,
            MarketPolicy policy) {
        for (Upstream.Input link : input.inputs) {
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
     * Derived demand: an input buyer of {@code input} whose users in {@code user} make less buy less
     * input, by the share of its use that goes into their good times their loss of output.
     */
    private double[] derivedDemand(Stage input, Stage user, Solution reference, Solution solution) {
        double[] scale = new double[input.size()];
        Arrays.fill(scale, 1);
        for (Upstream.Input link : input.inputs) {
            double made0 = 0;
            double made = 0;
            for (int d = 0; d < user.size(); d++) {
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
        for (int r = 0; r < stocks.length; r++) {
            CommercialStock stock = stocks[r];
            if (stock == null) {
                continue;
            }
            double wanted = model.consumption(market, policy, r, reference.compositePrices()[r]);
            double shortMonthly = model.shortfall(market, policy, reference, solution, r) / 12;
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

    /**
     * One stage of the chain: its baseline, elasticities, limits and shocks, and which sellers of the
     * stage below make their good from its buyers' supply.
     */
    private final class Stage {
        final Baseline baseline;
        final Elasticities elasticities;
        final List<Instrument> limits;
        final List<Instrument> shocks;
        final List<Upstream.Input> inputs;
        /** The baseline's flows in this draw (its figures with spreads drawn once for the whole run). */
        final double[][] table;
        /** The baseline's wedges (the tariffs in force), the same every month. */
        final double[][] wedges;

        Stage(
                Baseline baseline,
                Elasticities elasticities,
                List<Instrument> limits,
                List<Instrument> shocks,
                List<Upstream.Input> inputs) {
            this.baseline = baseline;
            this.elasticities = elasticities;
            this.limits = limits;
            this.shocks = shocks;
            this.inputs = inputs;
            this.table = baseline.table(draw);
            this.wedges = baseline.wedges();
        }

        int size() {
            return baseline.regions().size();
        }

        /** The choke price of demand in this draw, relative to the month without shocks. */
        double choke() {
            return draw.value(elasticities.chokePrice());
        }

        /**
         * The market calibrated on this draw's baseline {@link #table} with the
         * elasticities of this draw in the {@code elapsed}-th month.
         */
        Market market(int elapsed) {
            int n = size();
            double[] sigma = new double[n];
            double[] epsilon = new double[n];
            double[] eta = new double[n];
            for (int i = 0; i < n; i++) {
                String region = baseline.regions().get(i);
                sigma[i] = elasticities.at("substitution", region, elapsed, draw);
                epsilon[i] = elasticities.at("demand", region, elapsed, draw);
                eta[i] = elasticities.at("supply", region, elapsed, draw);
            }
            return new Market(baseline.regions(), table, wedges, sigma, epsilon, eta);
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
