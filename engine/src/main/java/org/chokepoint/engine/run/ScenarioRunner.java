package org.chokepoint.engine.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.instrument.Settlement;
import org.chokepoint.engine.market.ArmingtonModel;
import org.chokepoint.engine.market.GsimModel;
import org.chokepoint.engine.market.Market;
import org.chokepoint.engine.market.MarketModel;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.market.SpatialModel;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.scenario.ScenarioException;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.ChainId;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.reference.ReferenceData;

/**
 * Runs a scenario: for every month of the horizon, applies the instruments in force to the
 * calibrated baseline market and solves it (quantities are annual rates; a month carries a
 * twelfth), then derives markets, industries and welfare. With Monte Carlo draws, runs them in
 * parallel and reports medians and 5-95% bands of the market rows.
 */
public final class ScenarioRunner {

    private static final Map<String, MarketModel> MODELS =
            Map.of("armington", new ArmingtonModel(), "gsim", new GsimModel(), "spatial", new SpatialModel());

    /** The largest price, relative to the baseline, at which surplus changes are priced. */
    static final double PRICED_LIMIT = 10;

    private final ReferenceData reference;
    private final int threads;

    /** A runner that spreads Monte Carlo draws over all cores. */
    public ScenarioRunner(ReferenceData reference) {
        this(reference, Runtime.getRuntime().availableProcessors());
    }

    /** A runner that spreads Monte Carlo draws over {@code threads} threads. */
    public ScenarioRunner(ReferenceData reference, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("A runner needs at least one thread, not " + threads);
        }
        this.reference = reference;
        this.threads = threads;
    }

    public ScenarioResult run(Scenario scenario) {
        Run central = runOnce(scenario, Draw.central());
        List<MarketRow> markets = central.markets;
        if (scenario.draws() > 0) {
            List<List<MarketRow>> draws = draws(scenario);
            markets = Bands.of(central.markets, draws);
        }
        return new ScenarioResult(scenario, central.flows, markets, industries(scenario, markets), central.welfare());
    }

    private List<List<MarketRow>> draws(Scenario scenario) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, scenario.draws())
                            .parallel()
                            .mapToObj(i -> runOnce(scenario, Draw.number(scenario.seed(), i)).markets)
                            .toList())
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running the draws of " + scenario.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The calibrated market of the baseline with the elasticities of one draw. */
    static Market market(Scenario scenario, Draw draw) {
        Baseline baseline = scenario.baseline();
        int n = baseline.regions().size();
        double[] sigma = new double[n];
        double[] epsilon = new double[n];
        double[] eta = new double[n];
        double[][] wedges = new double[n][n];
        for (int i = 0; i < n; i++) {
            String region = baseline.regions().get(i);
            sigma[i] = draw.value(scenario.elasticities().of("substitution", region));
            epsilon[i] = draw.value(scenario.elasticities().of("demand", region));
            eta[i] = draw.value(scenario.elasticities().of("supply", region));
            Arrays.fill(wedges[i], 1);
        }
        return new Market(baseline.regions(), baseline.table(), wedges, sigma, epsilon, eta);
    }

    private Run runOnce(Scenario scenario, Draw draw) {
        Market market = market(scenario, draw);
        MarketModel model = MODELS.get(scenario.model());
        Run run = new Run(scenario, market);
        for (YearMonth month = scenario.start(); !month.isAfter(scenario.end()); month = month.plusMonths(1)) {
            MarketPolicy policy = MarketPolicy.baseline(market);
            for (Instrument shock : scenario.shocks()) {
                if (shock.window().contains(month)) {
                    shock.apply(policy, month, draw);
                }
            }
            Solution solution;
            try {
                solution = model.solve(market, policy);
            } catch (IllegalStateException | UnsupportedOperationException e) {
                throw new ScenarioException(
                        "The market for " + scenario.baseline().good() + " in " + month + " of scenario "
                                + scenario.name() + " (" + scenario.file() + ") cannot be solved: " + e.getMessage());
            }
            run.add(month, policy, solution);
            for (Instrument shock : scenario.shocks()) {
                if (shock instanceof Settlement settlement && shock.window().contains(month)) {
                    run.settle(settlement.transfers(solution, month, draw, market.size()));
                }
            }
        }
        return run;
    }

    private List<IndustryRow> industries(Scenario scenario, List<MarketRow> markets) {
        Baseline baseline = scenario.baseline();
        Chain chain = reference.commodities().chains().stream()
                .filter(c -> c.id().equals(new ChainId(baseline.chain())))
                .findFirst()
                .orElseThrow();
        List<EndUse> uses = chain.usesOf(new StageId(baseline.stage()));
        List<IndustryRow> rows = new ArrayList<>();
        for (MarketRow market : markets) {
            for (EndUse use : uses) {
                // Leontief step: an industry short of an essential input loses output in proportion,
                // every user rationed alike (engine.md sections 4 and 5)
                rows.add(new IndustryRow(
                        use.industry().slug(),
                        market.region(),
                        market.period(),
                        market.shortfallPct(),
                        baseline.stage()));
            }
        }
        return rows;
    }

    /** The rows of one run as they accumulate month by month. */
    private static final class Run {
        final Scenario scenario;
        final Market market;
        final Baseline baseline;
        final List<FlowRow> flows = new ArrayList<>();
        final List<MarketRow> markets = new ArrayList<>();
        final Map<String, double[]> welfare = new LinkedHashMap<>();

        Run(Scenario scenario, Market market) {
            this.scenario = scenario;
            this.market = market;
            this.baseline = scenario.baseline();
            for (String region : baseline.regions()) {
                welfare.put(region, new double[5]);
            }
        }

        void add(YearMonth month, MarketPolicy policy, Solution solution) {
            int n = market.size();
            double price = baseline.price();
            String period = month.toString();
            String good = baseline.good();
            double[][] x0 = market.flows();
            double[][] x = solution.flows();
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    if (x0[s][d] > 0 || x[s][d] > 0) {
                        flows.add(new FlowRow(
                                good,
                                baseline.regions().get(s),
                                baseline.regions().get(d),
                                period,
                                x0[s][d] / 12,
                                x[s][d] / 12,
                                baseline.unit(),
                                x0[s][d] / 12 * price,
                                x[s][d] / 12 * solution.prices()[s] * price));
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                double bought0 = 0;
                double bought = 0;
                double sold0 = 0;
                double sold = 0;
                for (int k = 0; k < n; k++) {
                    bought0 += x0[k][r];
                    bought += x[k][r];
                    sold0 += x0[r][k];
                    sold += x[r][k];
                }
                double available = bought + policy.netSupply(r);
                double composite = solution.compositePrices()[r];
                double shortfall = Math.max(0, bought0 - available);
                markets.add(MarketRow.single(
                        good,
                        baseline.regions().get(r),
                        period,
                        bought0 > 0 && Double.isFinite(composite) ? 100 * (composite - 1) : Double.NaN,
                        bought0 > 0 ? 100 * (available / bought0 - 1) : Double.NaN,
                        sold0 > 0 ? 100 * (sold / sold0 - 1) : Double.NaN,
                        shortfall / 12,
                        bought0 > 0 ? 100 * shortfall / bought0 : 0));
                double[] w = welfare.get(baseline.regions().get(r));
                // Surplus changes are priced only while prices stay within ten times the baseline:
                // beyond that the constant-elasticity curves are far outside what they were
                // calibrated on, and the loss shows as shortfall and lost output instead (NaN here).
                w[0] += composite > PRICED_LIMIT
                        ? Double.NaN
                        : consumerSurplus(composite, market.demand()[r], r) * price / 12;
                double p = solution.prices()[r];
                double eta = market.supply()[r];
                w[1] += p > PRICED_LIMIT ? Double.NaN : producerSurplusChange(sold0, sold, p, eta) * price / 12;
                for (int s = 0; s < n; s++) {
                    double tariff = solution.wedges()[s][r] / (market.wedges()[s][r] * policy.premium(s, r));
                    w[2] += (tariff - 1) * solution.prices()[s] * x[s][r] * price / 12;
                    w[3] += solution.prices()[r] * x[r][s] * (1 - 1 / policy.premium(r, s)) * price / 12;
                }
            }
            for (int c = 0; c < policy.caps().size(); c++) {
                double shadow = solution.capShadows()[c];
                if (!policy.caps().get(c).rentToSeller()) {
                    continue; // contracts hold the price: the shadow price is nobody's income
                }
                for (int[] pair : policy.caps().get(c).pairs()) {
                    // licence rents go to the exporter's producers
                    welfare.get(baseline.regions().get(pair[0]))[1] +=
                            shadow * solution.prices()[pair[0]] * x[pair[0]][pair[1]] * price / 12;
                }
            }
        }

        /** Guaranteed-price payments of one month, USD per year: producers receive, guarantors pay. */
        void settle(Settlement.Transfers transfers) {
            for (int r = 0; r < market.size(); r++) {
                double[] w = welfare.get(baseline.regions().get(r));
                w[1] += transfers.received()[r] / 12;
                w[4] -= transfers.paid()[r] / 12;
            }
        }

        /**
         * Change of producer surplus p q - C(q) from the baseline's B / (1 + eta), where C is the
         * cost curve behind supply B p^eta. It holds off the supply curve too: a seller held below
         * it by a capacity keeps the rent, one that sells nothing loses all its surplus.
         */
        private static double producerSurplusChange(double baseline, double sold, double price, double eta) {
            if (baseline <= 0) {
                return 0;
            }
            double cost = eta > 0 ? baseline * Math.pow(sold / baseline, (1 + eta) / eta) * eta / (1 + eta) : 0;
            return price * sold - cost - baseline / (1 + eta);
        }

        /** Change of consumer surplus of CES composite demand A P^-epsilon (A = baseline expenditure) when P moves from 1. */
        private double consumerSurplus(double composite, double epsilon, int region) {
            double expenditure = 0;
            for (int s = 0; s < market.size(); s++) {
                expenditure += market.wedges()[s][region] * market.flows()[s][region];
            }
            if (expenditure == 0 || composite == 1) {
                return 0;
            }
            if (!Double.isFinite(composite)) {
                return epsilon > 1 ? -expenditure / (epsilon - 1) : Double.NEGATIVE_INFINITY;
            }
            if (Math.abs(epsilon - 1) < 1e-9) {
                return -expenditure * Math.log(composite);
            }
            return -expenditure * (Math.pow(composite, 1 - epsilon) - 1) / (1 - epsilon);
        }

        List<WelfareRow> welfare() {
            List<WelfareRow> rows = new ArrayList<>();
            welfare.forEach((region, w) -> rows.add(new WelfareRow(region, w[0], w[1], w[2], w[3], w[4])));
            return rows;
        }
    }
}
