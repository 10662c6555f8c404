package org.chokepoint.engine.market;

import java.util.ArrayList;
import java.util.List;

/**
 * Spatial price equilibrium of engine.md section 2b: one homogeneous good (not differentiated by
 * origin) shipped over routes. Every source has a supply price {@code p_s}, every destination a
 * demand price {@code P_d}; a flow {@code x_sd >= 0} is complementary to
 * {@code p_s tau_sd + c_sd(x_sd) + mu - P_d >= 0} and a capped set of flows
 * {@code limit - sum x >= 0} to its rent {@code mu >= 0} (a cap on one flow is a route capacity).
 *
 * <p>Calibration (docs/model.md, section "spatial"). Baseline prices are 1 at both ends. A route is a
 * pair with a baseline flow (home use included); its marginal cost rises linearly,
 * {@code c_sd(x) = 1 - tau0_sd + (x / x0_sd - 1) / sigma_d}: a rise of the price gap by 1% of the
 * baseline price moves the flow by {@code sigma_d}% of its baseline. The rising cost makes the
 * problem strictly convex, so the baseline is its unique equilibrium. Supply and demand are linear
 * with the market's point elasticities at the baseline; a source's capacity makes its supply
 * vertical.
 *
 * <p>For fixed specific wedges the equilibrium is the optimum of a quadratic programme (consumer
 * plus producer surplus less route costs and wedges, subject to caps and capacities), its prices the
 * multipliers; {@code SpatialQpTest} checks that with ojAlgo's convex solver. The engine solves the
 * equivalent complementarity problem in the 2n prices and the caps' rents instead (engine.md
 * section 3): every flow is an explicit, piecewise-linear function of the prices, so semismooth
 * Newton ({@link DampedNewton}) with the analytic Jacobian converges in a few steps to 1e-12 and ad valorem wedges and
 * price floors ({@code max(p_s, floor) tau_sd}) need no outer fixed point.
 */
public final class SpatialModel implements MarketModel {

    @Override
    public String name() {
        return "spatial";
    }

    @Override
    public String buyersPrice() {
        return "the buyer's delivered price";
    }

    @Override
    public Solution solve(Market market, double[][] wedges) {
        return solve(market, MarketPolicy.ofWedges(market, wedges));
    }

    /**
     * Consumer surplus under the linear demand {@link #consumption}: {@code -integral D(P) dP}, with
     * prices above the choke price {@code 1 + 1/epsilon} (where demand is zero) counted at it.
     */
    @Override
    public double consumerSurplusChange(Market market, MarketPolicy policy, int d, double before, double after) {
        double baseline = market.purchases(d);
        double epsilon = market.demand()[d];
        double choke = epsilon > 0 ? 1 + 1 / epsilon : Double.POSITIVE_INFINITY;
        double from = Math.min(before, choke);
        double to = Math.min(after, choke);
        if (!Double.isFinite(to) || !Double.isFinite(from)) {
            return Double.isFinite(from) == Double.isFinite(to) ? 0 : Double.NEGATIVE_INFINITY;
        }
        double scale = baseline * policy.demandScale(d);
        return -scale * ((to - from) - epsilon * ((to - 1) * (to - 1) - (from - 1) * (from - 1)) / 2);
    }

    /**
     * Producer surplus under the linear supply {@code S0 (1 + eta (p - 1))}: {@code p q - C(q)} with C
     * the area under the inverse supply curve from zero output, counting output that would be
     * offered at a zero price as costless.
     */
    @Override
    public double producerSurplus(Market market, int s, double sold, double price) {
        double baseline = market.sales(s);
        double eta = market.supply()[s];
        if (baseline <= 0 || eta <= 0) {
            return price * sold;
        }
        double free = baseline * (1 - eta); // output offered at a zero price, if positive
        double cost;
        if (free >= 0) {
            cost = sold <= free ? 0 : (sold - free) * (sold - free) / (2 * baseline * eta);
        } else {
            cost = ((sold - free) * (sold - free) - free * free) / (2 * baseline * eta);
        }
        return price * sold - cost;
    }

    /**
     * The carriers' surplus on route s -> d: the marginal route cost {@code c(x) = a + x / (sigma_d
     * x0_sd)} rises with the flow, so carrying x at c(x) earns {@code x c(x)} against the area
     * {@code a x + x^2 / (2 sigma_d x0_sd)} under c, leaving {@code x^2 / (2 sigma_d x0_sd)}. Without
     * it world welfare does not add up. A cap's rent on the route is not in it (the runner credits
     * licence rents to the exporter). On an opened route the slope's scale is its capacity instead of
     * x0 (its marginal cost {@code cost + x / (sigma_d K)}). Zero on a pair with no route.
     */
    @Override
    public double routeRent(Market market, MarketPolicy policy, int s, int d, double flow) {
        double base = market.flows()[s][d];
        for (MarketPolicy.OpenRoute open : policy.openRoutes()) {
            if (open.seller() == s && open.buyer() == d) {
                base = open.capacity();
            }
        }
        if (base <= 0 || flow <= 0) {
            return 0;
        }
        return flow * flow / (2 * market.substitution()[d] * base);
    }

    /** Linear demand: the region's baseline purchases times its demand scale times (1 - epsilon (P - 1)), at least 0. */
    @Override
    public double consumption(Market market, MarketPolicy policy, int d, double price) {
        if (!Double.isFinite(price)) {
            return 0;
        }
        double baseline = market.purchases(d);
        return Math.max(0, baseline * policy.demandScale(d) * (1 - market.demand()[d] * (price - 1)));
    }

    @Override
    public Solution solve(Market market, MarketPolicy policy) {
        return new Equations(market, policy).solve();
    }

    static String describe(Market market) {
        List<String> regions = market.regions();
        String names =
                regions.size() <= 6 ? String.join(", ", regions) : String.join(", ", regions.subList(0, 5)) + ", ...";
        return "The spatial market of " + regions.size() + " regions (" + names + ")";
    }

    /**
     * Unknowns: the price of every source with baseline sales, the price of every destination with
     * baseline purchases, the rent of every cap that covers a route.
     */
    private static final class Equations {
        private final Market market;
        private final MarketPolicy policy;
        private final int n;
        private final double[][] wedges;
        private final double[] supply0;
        private final double[] demand0;
        private final double[] capacity;
        private final double[] netSupply;
        private final double[] demandScale;
        private final int[] routeSource;
        private final int[] routeDestination;
        private final double[] routeBase;
        /** A route's flow is {@code base (intercept + sigma gap)}: 1 on a baseline route, 0 on an opened one. */
        private final double[] routeIntercept;
        /** What the gap adds to the buyer's price less the landed price: tau0 - 1 on a baseline route, -cost on an opened one. */
        private final double[] routeOffset;

        private final double[] routeFloor;
        private final int[] routeCap;
        private final int[] sourceUnknown;
        private final int[] destinationUnknown;
        private final int[] capUnknown;
        private final List<Cap> caps;
        private final int size;

        Equations(Market market, MarketPolicy policy) {
            this.market = market;
            this.policy = policy;
            this.n = market.size();
            this.wedges = policy.wedges();
            this.caps = policy.caps();
            double[][] x0 = market.flows();
            supply0 = new double[n];
            demand0 = new double[n];
            capacity = new double[n];
            netSupply = new double[n];
            demandScale = new double[n];
            int[][] capOf = new int[n][n];
            for (int s = 0; s < n; s++) {
                java.util.Arrays.fill(capOf[s], -1);
                capacity[s] = policy.capacity(s);
                netSupply[s] = policy.netSupply(s);
                demandScale[s] = policy.demandScale(s);
                supply0[s] = market.sales(s);
                demand0[s] = market.purchases(s);
            }
            for (int c = 0; c < caps.size(); c++) {
                for (int[] pair : caps.get(c).pairs()) {
                    capOf[pair[0]][pair[1]] = c;
                }
            }
            List<int[]> routes = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    // a source without capacity (a halt) sells on no route, as if every one were banned
                    boolean halted = capacity[s] <= 1e-12 * supply0[s];
                    if (x0[s][d] > 0 && !policy.banned(s, d) && !halted) {
                        routes.add(new int[] {s, d});
                    }
                }
            }
            int baselineRoutes = routes.size();
            for (MarketPolicy.OpenRoute open : policy.openRoutes()) {
                if (open.entryShare() > 0) {
                    throw new IllegalArgumentException("An entry_share is for model: armington (a variety entering a"
                            + " buyer's CES); in the spatial model a route opens on price alone: drop it");
                }
                boolean halted = capacity[open.seller()] <= 1e-12 * supply0[open.seller()];
                if (supply0[open.seller()] <= 0 || demand0[open.buyer()] <= 0) {
                    throw new IllegalArgumentException("A route opens only from a region that sells to one that buys"
                            + " in the baseline, not " + market.regions().get(open.seller()) + " -> "
                            + market.regions().get(open.buyer()));
                }
                if (!policy.banned(open.seller(), open.buyer()) && !halted) {
                    routes.add(new int[] {open.seller(), open.buyer()});
                }
            }
            int m = routes.size();
            routeIntercept = new double[m];
            routeOffset = new double[m];
            routeSource = new int[m];
            routeDestination = new int[m];
            routeBase = new double[m];
            routeFloor = new double[m];
            routeCap = new int[m];
            int next = 0;
            sourceUnknown = new int[n];
            destinationUnknown = new int[n];
            boolean[] sells = new boolean[n];
            boolean[] buys = new boolean[n];
            for (int[] route : routes) {
                sells[route[0]] = true;
                buys[route[1]] = true;
            }
            // a region whose every route is banned has no price to find (see solution())
            for (int r = 0; r < n; r++) {
                sourceUnknown[r] = sells[r] ? next++ : -1;
            }
            for (int r = 0; r < n; r++) {
                destinationUnknown[r] = buys[r] ? next++ : -1;
            }
            capUnknown = new int[caps.size()];
            java.util.Arrays.fill(capUnknown, -1);
            for (int k = 0; k < m; k++) {
                int s = routes.get(k)[0];
                int d = routes.get(k)[1];
                routeSource[k] = s;
                routeDestination[k] = d;
                if (k < baselineRoutes) {
                    routeBase[k] = x0[s][d];
                    routeIntercept[k] = 1;
                    routeOffset[k] = market.wedges()[s][d] - 1;
                } else {
                    MarketPolicy.OpenRoute open = openRoute(policy, s, d);
                    routeBase[k] = open.capacity();
                    routeOffset[k] = -open.cost();
                }
                routeFloor[k] = policy.floor(s, d);
                routeCap[k] = capOf[s][d];
                if (routeCap[k] >= 0 && capUnknown[routeCap[k]] < 0) {
                    capUnknown[routeCap[k]] = next++;
                }
            }
            this.size = next;
        }

        private static MarketPolicy.OpenRoute openRoute(MarketPolicy policy, int s, int d) {
            return policy.openRoutes().stream()
                    .filter(r -> r.seller() == s && r.buyer() == d)
                    .findFirst()
                    .orElseThrow();
        }

        Solution solve() {
            double[] z = new double[size];
            for (int r = 0; r < n; r++) {
                if (sourceUnknown[r] >= 0) {
                    z[sourceUnknown[r]] = 1;
                }
                if (destinationUnknown[r] >= 0) {
                    z[destinationUnknown[r]] = 1;
                }
            }
            DampedNewton.Result<State> result = DampedNewton.solve(z, State::new, describe(market));
            DampedNewton.Report report = result.report();
            if (!report.converged()) {
                throw new IllegalStateException(describe(market) + " did not converge: " + report.summary()
                        + " (no equilibrium exists when a region whose demand or supply is perfectly"
                        + " inelastic is cut off)");
            }
            return result.point().solution(report);
        }

        private double sourcePrice(double[] z, int s) {
            return sourceUnknown[s] >= 0 ? z[sourceUnknown[s]] : 1;
        }

        private double destinationPrice(double[] z, int d) {
            return destinationUnknown[d] >= 0 ? z[destinationUnknown[d]] : 1;
        }

        /** Flows, supplies and residuals at one point of the unknowns. */
        private final class State implements DampedNewton.Point {
            final double[] z;
            final double[] flow;
            final boolean[] live;
            final boolean[] aboveFloor;
            final double[] sold = new double[n];
            final double[] bought = new double[n];
            final double[] supplied = new double[n];
            final boolean[] supplyMoves = new boolean[n];
            final double[] demanded = new double[n];
            final boolean[] demandMoves = new boolean[n];
            final double[] residual = new double[size];

            State(double[] z) {
                this.z = z;
                int m = routeSource.length;
                flow = new double[m];
                live = new boolean[m];
                aboveFloor = new boolean[m];
                double[] carried = new double[caps.size()];
                for (int k = 0; k < m; k++) {
                    int s = routeSource[k];
                    int d = routeDestination[k];
                    double p = sourcePrice(z, s);
                    aboveFloor[k] = routeFloor[k] <= 0 || p >= routeFloor[k];
                    double landed = (aboveFloor[k] ? p : routeFloor[k]) * wedges[s][d];
                    double rent = routeCap[k] >= 0 ? z[capUnknown[routeCap[k]]] : 0;
                    double gap = destinationPrice(z, d) - landed + routeOffset[k] - rent;
                    double level = routeIntercept[k] + market.substitution()[d] * gap;
                    live[k] = level > 0;
                    flow[k] = live[k] ? routeBase[k] * level : 0;
                    sold[s] += flow[k];
                    bought[d] += flow[k];
                    if (routeCap[k] >= 0) {
                        carried[routeCap[k]] += flow[k];
                    }
                }
                for (int r = 0; r < n; r++) {
                    if (sourceUnknown[r] >= 0) {
                        double curve = supply0[r] * (1 + market.supply()[r] * (sourcePrice(z, r) - 1));
                        supplied[r] = Math.min(capacity[r], Math.max(0, curve));
                        supplyMoves[r] = curve > 0 && curve < capacity[r];
                        // p >= 0 complementary to unsold output >= 0: at a zero price a seller may shut in
                        residual[sourceUnknown[r]] = Complementarity.fischerBurmeister(
                                sourcePrice(z, r), (supplied[r] - sold[r]) / supply0[r]);
                    }
                    if (destinationUnknown[r] >= 0) {
                        double curve =
                                demand0[r] * demandScale[r] * (1 - market.demand()[r] * (destinationPrice(z, r) - 1));
                        demanded[r] = Math.max(0, curve);
                        demandMoves[r] = curve > 0;
                        // P >= 0 complementary to the excess supply >= 0 (free disposal at a zero price)
                        residual[destinationUnknown[r]] = Complementarity.fischerBurmeister(
                                destinationPrice(z, r), (bought[r] + netSupply[r] - demanded[r]) / demand0[r]);
                    }
                }
                for (int c = 0; c < caps.size(); c++) {
                    if (capUnknown[c] >= 0) {
                        double limit = caps.get(c).limit();
                        residual[capUnknown[c]] =
                                Complementarity.fischerBurmeister(z[capUnknown[c]], (limit - carried[c]) / limit);
                    }
                }
            }

            @Override
            public double[] residual() {
                return residual;
            }

            @Override
            public double[][] jacobian() {
                double[][] jacobian = new double[size][size];
                int m = routeSource.length;
                // d(flow k)/d(unknown), added into the rows of the flow's source, destination and cap
                for (int k = 0; k < m; k++) {
                    if (!live[k]) {
                        continue;
                    }
                    int s = routeSource[k];
                    int d = routeDestination[k];
                    double slope = routeBase[k] * market.substitution()[d];
                    int[] columns = {
                        aboveFloor[k] ? sourceUnknown[s] : -1,
                        destinationUnknown[d],
                        routeCap[k] >= 0 ? capUnknown[routeCap[k]] : -1
                    };
                    double[] partials = {-slope * wedges[s][d], slope, -slope};
                    for (int j = 0; j < 3; j++) {
                        if (columns[j] < 0) {
                            continue;
                        }
                        jacobian[sourceUnknown[s]][columns[j]] += partials[j] / supply0[s];
                        jacobian[destinationUnknown[d]][columns[j]] += partials[j] / demand0[d];
                    }
                }
                for (int r = 0; r < n; r++) {
                    if (sourceUnknown[r] >= 0 && supplyMoves[r]) {
                        jacobian[sourceUnknown[r]][sourceUnknown[r]] -= market.supply()[r];
                    }
                    if (destinationUnknown[r] >= 0 && demandMoves[r]) {
                        jacobian[destinationUnknown[r]][destinationUnknown[r]] += market.demand()[r] * demandScale[r];
                    }
                }
                // so far the rows hold the gradients of (sold - supplied) / S0 and of the excess supply
                // (bought + net - demanded) / D0; the residuals are Fischer-Burmeister functions of them
                for (int r = 0; r < n; r++) {
                    int row = sourceUnknown[r];
                    if (row >= 0) {
                        double excess = (supplied[r] - sold[r]) / supply0[r];
                        double[] partial = Complementarity.partials(z[row], excess);
                        for (int j = 0; j < size; j++) {
                            jacobian[row][j] *= -partial[1];
                        }
                        jacobian[row][row] += partial[0];
                    }
                    row = destinationUnknown[r];
                    if (row >= 0) {
                        double excess = (bought[r] + netSupply[r] - demanded[r]) / demand0[r];
                        double[] partial = Complementarity.partials(z[row], excess);
                        for (int j = 0; j < size; j++) {
                            jacobian[row][j] *= partial[1];
                        }
                        jacobian[row][row] += partial[0];
                    }
                }
                for (int c = 0; c < caps.size(); c++) {
                    int row = capUnknown[c];
                    if (row < 0) {
                        continue;
                    }
                    double limit = caps.get(c).limit();
                    double carried = 0;
                    double[] gradient = new double[size];
                    for (int k = 0; k < m; k++) {
                        if (routeCap[k] != c) {
                            continue;
                        }
                        carried += flow[k];
                        if (!live[k]) {
                            continue;
                        }
                        int s = routeSource[k];
                        int d = routeDestination[k];
                        double slope = routeBase[k] * market.substitution()[d];
                        if (aboveFloor[k]) {
                            gradient[sourceUnknown[s]] -= slope * wedges[s][d];
                        }
                        gradient[destinationUnknown[d]] += slope;
                        gradient[row] -= slope;
                    }
                    double[] partial = Complementarity.partials(z[row], (limit - carried) / limit);
                    for (int j = 0; j < size; j++) {
                        jacobian[row][j] = -partial[1] * gradient[j] / limit;
                    }
                    jacobian[row][row] += partial[0];
                }
                return jacobian;
            }

            Solution solution(DampedNewton.Report report) {
                double[] prices = new double[n];
                double[] composite = new double[n];
                double[][] flows = new double[n][n];
                double[][] held = Market.copy(wedges);
                for (int r = 0; r < n; r++) {
                    // a price at zero (shut in, or free disposal) is reported as exactly zero
                    prices[r] = Math.abs(sourcePrice(z, r)) < 1e-12 ? 0 : sourcePrice(z, r);
                    composite[r] = Math.abs(destinationPrice(z, r)) < 1e-12 ? 0 : destinationPrice(z, r);
                    double eta = market.supply()[r];
                    if (supply0[r] > 0 && sourceUnknown[r] < 0) {
                        // every buyer banned: the price at which it would supply nothing, at least 0
                        prices[r] = eta > 0 ? Math.max(0, 1 - 1 / eta) : 0;
                    }
                    double epsilon = market.demand()[r];
                    if (demand0[r] > 0 && destinationUnknown[r] < 0) {
                        // every source banned: the price at which it wants no more than it has
                        double has = Math.max(0, netSupply[r]) / demand0[r];
                        composite[r] = epsilon > 0 ? 1 + (1 - has) / epsilon : has >= 1 ? 1 : Double.POSITIVE_INFINITY;
                    }
                    if (destinationUnknown[r] >= 0 && !demandMoves[r]) {
                        // cut off: any price above the choke price clears; report the choke price,
                        // or an infinite one where demand is perfectly inelastic
                        composite[r] = market.demand()[r] > 0 ? 1 + 1 / market.demand()[r] : Double.POSITIVE_INFINITY;
                    }
                }
                for (int k = 0; k < routeSource.length; k++) {
                    flows[routeSource[k]][routeDestination[k]] = flow[k];
                }
                for (int s = 0; s < n; s++) {
                    for (int d = 0; d < n; d++) {
                        double floor = policy.floor(s, d);
                        if (floor > 0) {
                            held[s][d] *= Math.max(1, floor / prices[s]);
                        }
                    }
                }
                // a cap's shadow price as its rent per unit over the capped seller's price (an
                // export-tax equivalent, as in armington), so that shadow x price x flow is the rent;
                // over the baseline price where the seller's price is zero
                double[] shadows = new double[caps.size()];
                for (int c = 0; c < caps.size(); c++) {
                    if (capUnknown[c] >= 0) {
                        double rent = Math.max(0, z[capUnknown[c]]);
                        double price = prices[caps.get(c).pairs().get(0)[0]];
                        shadows[c] = rent == 0 ? 0 : price > 1e-9 ? rent / price : rent;
                    }
                }
                return new Solution(prices, composite, flows, held, shadows, report.iterations(), report.residual());
            }
        }
    }
}
