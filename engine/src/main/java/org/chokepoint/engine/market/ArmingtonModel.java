package org.chokepoint.engine.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Armington partial-equilibrium model of engine.md section 2: goods differentiated by origin,
 * a CES composite in each destination, constant-elasticity composite demand and supply. Calibrated
 * with baseline prices of 1 so that the baseline flows are reproduced exactly. Caps and capacities
 * are complementarity conditions (engine.md section 3), solved together with market clearing by a
 * semismooth Newton method on the Fischer-Burmeister function with the analytic Jacobian and a
 * backtracking line search ({@link DampedNewton}, as in the spatial model); a cap's unknown is
 * log(1 + shadow price) and a capacity's the log of its rationing factor, which keeps the equations
 * well scaled when a cap binds hard. Bans are the limit of an unbounded shadow price: the banned
 * variety leaves the buyer's CES aggregate. Price floors are a fixed point around the solve. Valid
 * for large shocks.
 */
public final class ArmingtonModel implements MarketModel {

    private static final int MAX_FLOOR_ROUNDS = 200;
    /** From this many regions a Newton step without caps is solved iteratively, without forming the Jacobian. */
    static final int ITERATIVE_FROM = 128;

    @Override
    public String name() {
        return "armington";
    }

    @Override
    public Solution solve(Market market, double[][] wedges) {
        return solve(market, MarketPolicy.ofWedges(market, wedges));
    }

    @Override
    public Solution solve(Market market, MarketPolicy policy) {
        int n = market.size();
        double[][] wedges = policy.wedges();
        for (MarketPolicy.OpenRoute open : policy.openRoutes()) {
            String route = market.regions().get(open.seller()) + " -> "
                    + market.regions().get(open.buyer());
            if (!(open.entryShare() > 0)) {
                throw new UnsupportedOperationException("The open route " + route + " needs an entry_share in"
                        + " armington: the share of the buyer's spending its goods would take at their landed price"
                        + " had they been sold there all along (from a source, or an assumption said as such)");
            }
            if (!(market.sales(open.seller()) > 0)) {
                throw new IllegalArgumentException(
                        "A route opens only from a region that sells in the baseline, not " + route);
            }
        }
        Solution solution = new Equations(market, policy, wedges).solve();
        for (int round = 0; round < MAX_FLOOR_ROUNDS; round++) {
            double[][] floored = policy.wedges();
            double change = 0;
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    double floor = policy.floor(s, d);
                    if (floor > 0) {
                        floored[s][d] *= Math.max(1, floor / solution.prices()[s]);
                        change = Math.max(change, Math.abs(floored[s][d] / wedges[s][d] - 1));
                    }
                }
            }
            if (change < 1e-11) {
                return solution;
            }
            wedges = floored;
            solution = new Equations(market, policy, wedges).solve();
        }
        throw new IllegalStateException("The price floors did not reach a fixed point in " + MAX_FLOOR_ROUNDS
                + " rounds; the floor tariffs keep changing");
    }

    /**
     * The calibrated market under one set of wedges: unknowns are the log source prices, one shadow
     * price per cap and one capacity rationing variable per source with a finite capacity.
     */
    private static final class Equations {
        private final Market market;
        private final int n;
        private final double[][] theta;
        private final double[] scaleOfDemand;
        private final double[] baselineSupply;
        private final double[][] wedges;
        private final double[][] logTheta;
        private final double[][] logWedges;
        private final boolean[][] banned;
        private final double[] netSupply;
        private final double[] demandScale;
        private final double choke;
        private final List<Cap> caps;
        private final int[][] capOf;
        private final int[] limited;
        private final double[] capacity;
        private final boolean[] stranded;
        private final int size;

        Equations(Market market, MarketPolicy policy, double[][] wedges) {
            this.market = market;
            this.n = market.size();
            this.theta = new double[n][n];
            this.scaleOfDemand = new double[n];
            this.baselineSupply = new double[n];
            this.wedges = withRouteCosts(wedges, policy);
            this.banned = new boolean[n][n];
            this.netSupply = new double[n];
            this.demandScale = new double[n];
            this.choke = policy.choke();
            this.caps = policy.caps();
            this.capOf = new int[n][n];
            this.capacity = new double[n];
            this.stranded = new boolean[n];
            for (int d = 0; d < n; d++) {
                double expenditure = market.spending(d);
                scaleOfDemand[d] = expenditure;
                netSupply[d] = policy.netSupply(d);
                demandScale[d] = policy.demandScale(d);
                for (int s = 0; s < n; s++) {
                    double share = expenditure > 0 ? market.wedges()[s][d] * market.flows()[s][d] / expenditure : 0;
                    theta[s][d] = share * Math.pow(market.wedges()[s][d], market.substitution()[d] - 1);
                    capOf[s][d] = -1;
                }
            }
            for (MarketPolicy.OpenRoute open : policy.openRoutes()) {
                // a new variety, weighted to take entryShare of the buyer's spending at its landed price
                // (the seller's baseline price with the route's wedge and cost) beside the baseline's
                // varieties, whose weights add up to 1 (Feenstra's entry of a variety into a CES)
                int s = open.seller();
                int d = open.buyer();
                double landed = market.wedges()[s][d] * (1 + open.cost());
                theta[s][d] =
                        open.entryShare() / (1 - open.entryShare()) * Math.pow(landed, market.substitution()[d] - 1);
            }
            this.logTheta = new double[n][n];
            this.logWedges = new double[n][n];
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    logTheta[s][d] = theta[s][d] > 0 ? Math.log(theta[s][d]) : Double.NEGATIVE_INFINITY;
                    logWedges[s][d] = Math.log(this.wedges[s][d]);
                }
            }
            List<Integer> withCapacity = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                baselineSupply[s] = market.sales(s);
                capacity[s] = policy.capacity(s);
                boolean noOutput = capacity[s] <= 1e-12 * Math.max(1, baselineSupply[s]);
                boolean anyBuyer = false;
                for (int d = 0; d < n; d++) {
                    banned[s][d] = policy.banned(s, d) || noOutput;
                    anyBuyer |= theta[s][d] > 0 && !banned[s][d];
                }
                stranded[s] = baselineSupply[s] > 0 && !anyBuyer;
                if (baselineSupply[s] > 0 && !stranded[s] && Double.isFinite(capacity[s])) {
                    withCapacity.add(s);
                }
            }
            this.limited = withCapacity.stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < caps.size(); c++) {
                for (int[] pair : caps.get(c).pairs()) {
                    capOf[pair[0]][pair[1]] = c;
                }
            }
            this.size = n + caps.size() + limited.length;
        }

        /** The wedges with each opened route's cost on top (a share of the baseline price). */
        private static double[][] withRouteCosts(double[][] wedges, MarketPolicy policy) {
            double[][] routed = new double[wedges.length][];
            for (int s = 0; s < wedges.length; s++) {
                routed[s] = wedges[s].clone();
            }
            for (MarketPolicy.OpenRoute open : policy.openRoutes()) {
                routed[open.seller()][open.buyer()] *= 1 + open.cost();
            }
            return routed;
        }

        Solution solve() {
            DampedNewton.Result<State> result =
                    DampedNewton.solve(new double[size], State::new, "the armington market");
            DampedNewton.Report report = result.report();
            if (!report.converged()) {
                throw new IllegalStateException("The armington market did not converge: " + report.summary());
            }
            return result.point().solution(report);
        }

        /** Flows, shares and supplies at one point of the unknowns. */
        private final class State implements DampedNewton.Point {
            final double[] z;
            final double[][] flows = new double[n][n];
            final double[][] shares = new double[n][n];
            final double[] composite = new double[n];
            final double[] demandElasticity = new double[n];
            final double[] supply = new double[n];
            final double[] rationing = new double[n];

            State(double[] z) {
                this.z = z;
                for (int s = 0; s < n; s++) {
                    rationing[s] = 1;
                }
                for (int k = 0; k < limited.length; k++) {
                    rationing[limited[k]] = Math.exp(z[n + caps.size() + k]);
                }
                for (int s = 0; s < n; s++) {
                    supply[s] = baselineSupply[s] * Math.exp(market.supply()[s] * z[s]) / rationing[s];
                }
                double[] landed = new double[n];
                double[] priceOf = new double[n];
                for (int s = 0; s < n; s++) {
                    priceOf[s] = Math.exp(z[s]);
                }
                for (int d = 0; d < n; d++) {
                    if (scaleOfDemand[d] <= 0) {
                        composite[d] = 1;
                        continue;
                    }
                    double sigma = market.substitution()[d];
                    double sum = 0;
                    for (int s = 0; s < n; s++) {
                        if (theta[s][d] > 0 && !banned[s][d]) {
                            int c = capOf[s][d];
                            double logLanded = z[s] + (c < 0 ? 0 : z[n + c]) + logWedges[s][d];
                            landed[s] = (c < 0 ? priceOf[s] : Math.exp(z[s] + z[n + c])) * wedges[s][d];
                            // theta landed^(1 - sigma) as one exponential
                            shares[s][d] = Math.exp(logTheta[s][d] + (1 - sigma) * logLanded);
                            sum += shares[s][d];
                        }
                    }
                    if (!(sum > 0)) {
                        composite[d] = Double.POSITIVE_INFINITY; // every source banned: nothing to buy
                        continue;
                    }
                    double price = Math.pow(sum, 1 / (1 - sigma));
                    composite[d] = price;
                    double notional =
                            scaleOfDemand[d] * demandScale[d] * ChokedDemand.perUnit(market.demand()[d], price, choke);
                    double demand = notional - netSupply[d];
                    if (demand <= 0) {
                        for (int s = 0; s < n; s++) {
                            shares[s][d] = 0;
                        }
                        continue;
                    }
                    demandElasticity[d] = ChokedDemand.elasticity(market.demand()[d], price, choke) * notional / demand;
                    for (int s = 0; s < n; s++) {
                        if (shares[s][d] > 0) {
                            shares[s][d] /= sum;
                            flows[s][d] = shares[s][d] * price * demand / landed[s];
                        }
                    }
                }
            }

            @Override
            public double[] residual() {
                double[] residual = new double[size];
                for (int s = 0; s < n; s++) {
                    if (baselineSupply[s] <= 0 || stranded[s]) {
                        residual[s] = z[s];
                        continue;
                    }
                    double demanded = 0;
                    for (int d = 0; d < n; d++) {
                        demanded += flows[s][d];
                    }
                    residual[s] = (demanded - supply[s]) / baselineSupply[s];
                }
                for (int c = 0; c < caps.size(); c++) {
                    residual[n + c] = Complementarity.fischerBurmeister(z[n + c], slack(c));
                }
                for (int k = 0; k < limited.length; k++) {
                    int s = limited[k];
                    residual[n + caps.size() + k] = Complementarity.fischerBurmeister(
                            z[n + caps.size() + k], (capacity[s] - supply[s]) / baselineSupply[s]);
                }
                return residual;
            }

            private double slack(int c) {
                double carried = 0;
                for (int[] pair : caps.get(c).pairs()) {
                    carried += flows[pair[0]][pair[1]];
                }
                return (caps.get(c).limit() - carried) / caps.get(c).limit();
            }

            /**
             * The Jacobian of market clearing alone (no caps or capacities) as a {@link ShareSystem}:
             * {@code J_sk = (sum_d x_sd (sigma_d - epsilon_d) m_kd - [s = k](sum_d sigma_d x_sd + eta_s S_s)) / B_s}.
             */
            ShareSystem shareSystem() {
                double[][] weighted = new double[n][n];
                double[] diagonal = new double[n];
                for (int s = 0; s < n; s++) {
                    if (baselineSupply[s] <= 0 || stranded[s]) {
                        diagonal[s] = 1;
                        continue;
                    }
                    double own = market.supply()[s] * supply[s];
                    for (int d = 0; d < n; d++) {
                        double x = flows[s][d];
                        if (x != 0) {
                            weighted[d][s] = x * (market.substitution()[d] - demandElasticity[d]) / baselineSupply[s];
                            own += market.substitution()[d] * x;
                        }
                    }
                    diagonal[s] = -own / baselineSupply[s];
                }
                return new ShareSystem(shares, weighted, diagonal);
            }

            /** Matrix-free for large markets without caps or capacities, else empty: solve with the dense Jacobian. */
            @Override
            public Optional<double[]> direction(double[] residual) {
                if (caps.isEmpty() && limited.length == 0 && n >= ITERATIVE_FROM) {
                    return shareSystem().solve(residual, 1e-14, 500);
                }
                return Optional.empty();
            }

            @Override
            public double[][] jacobian() {
                int m = caps.size();
                double[][] jacobian = new double[size][size];
                double[][] sharesByDestination = new double[n][n];
                for (int k = 0; k < n; k++) {
                    for (int d = 0; d < n; d++) {
                        sharesByDestination[d][k] = shares[k][d];
                    }
                }
                // capShare[c][d]: the value share in d of the flows cap c covers
                double[][] capShare = new double[m][n];
                for (int c = 0; c < m; c++) {
                    for (int[] pair : caps.get(c).pairs()) {
                        capShare[c][pair[1]] += shares[pair[0]][pair[1]];
                    }
                }
                for (int s = 0; s < n; s++) {
                    if (baselineSupply[s] <= 0 || stranded[s]) {
                        jacobian[s][s] = 1;
                        continue;
                    }
                    double[] row = jacobian[s];
                    for (int d = 0; d < n; d++) {
                        addFlowGradient(row, s, d, sharesByDestination, capShare);
                    }
                    row[s] -= market.supply()[s] * supply[s];
                    for (int k = 0; k < limited.length; k++) {
                        if (limited[k] == s) {
                            row[n + m + k] += supply[s];
                        }
                    }
                    for (int k = 0; k < size; k++) {
                        row[k] /= baselineSupply[s];
                    }
                }
                for (int c = 0; c < m; c++) {
                    double[] row = jacobian[n + c];
                    double a = z[n + c];
                    double b = slack(c);
                    double[] partial = Complementarity.partials(a, b);
                    double limit = caps.get(c).limit();
                    // d(carried)/dz, then scaled by -partial_b / limit
                    double[] carried = new double[size];
                    for (int[] pair : caps.get(c).pairs()) {
                        addFlowGradient(carried, pair[0], pair[1], sharesByDestination, capShare);
                    }
                    for (int k = 0; k < size; k++) {
                        row[k] = -partial[1] * carried[k] / limit;
                    }
                    row[n + c] += partial[0];
                }
                for (int k = 0; k < limited.length; k++) {
                    int s = limited[k];
                    int i = n + m + k;
                    double[] partial = Complementarity.partials(z[i], (capacity[s] - supply[s]) / baselineSupply[s]);
                    jacobian[i][s] = partial[1] * (-market.supply()[s] * supply[s]) / baselineSupply[s];
                    jacobian[i][i] = partial[0] + partial[1] * supply[s] / baselineSupply[s];
                }
                return jacobian;
            }

            /**
             * Adds the gradient of flow x_sd with respect to the unknowns to {@code row}: through the
             * log prices, {@code x_sd ((sigma_d - epsilon_d) m_kd - [k = s] sigma_d)}; through a cap's
             * log(1 + shadow), the same summed over the cap's flows into d.
             */
            private void addFlowGradient(
                    double[] row, int s, int d, double[][] sharesByDestination, double[][] capShare) {
                double x = flows[s][d];
                if (x == 0) {
                    return;
                }
                double sigma = market.substitution()[d];
                double spill = x * (sigma - demandElasticity[d]);
                double[] sharesInD = sharesByDestination[d];
                for (int k = 0; k < n; k++) {
                    row[k] += spill * sharesInD[k];
                }
                row[s] -= sigma * x;
                for (int c = 0; c < capShare.length; c++) {
                    row[n + c] += spill * capShare[c][d] - (capOf[s][d] == c ? sigma * x : 0);
                }
            }

            Solution solution(DampedNewton.Report report) {
                double[] prices = new double[n];
                for (int s = 0; s < n; s++) {
                    prices[s] = Math.exp(z[s]);
                }
                double[] shadows = new double[caps.size()];
                for (int c = 0; c < caps.size(); c++) {
                    shadows[c] = Math.max(0, Math.expm1(z[n + c]));
                }
                return new Solution(prices, composite, flows, wedges, shadows, report.iterations(), report.residual());
            }
        }
    }
}
