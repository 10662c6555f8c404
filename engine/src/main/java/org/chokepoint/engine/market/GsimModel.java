package org.chokepoint.engine.market;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The GSIM model of Francois and Hall (engine.md section 2a): the linear approximation many trade
 * analysts know, with elasticities mapped from the market's (composite import demand E_m =
 * -epsilon, substitution E_s = sigma, export supply E_x = eta). The market-clearing conditions
 * {@code sum_v phi_iv Mhat_iv = E_x,i p_i} are linear in the price changes p, so Newton's method
 * with the analytic Jacobian {@code A_ik = sum_v phi_iv (theta_kv (E_m + E_s) - [i = k] E_s) - [i = k] E_x,i}
 * converges in one step: a dense LU solve (ojAlgo) for small markets, a matrix-free BiCGSTAB
 * ({@link ShareSystem}) from {@link #ITERATIVE_FROM} regions, its tables built a source row at a
 * time so that they are read along rows. Accurate for small shocks; use armington for large ones.
 * {@link #welfare} adds the GSIM welfare terms.
 */
public final class GsimModel implements MarketModel {

    private static final int COLUMNS_PER_BLOCK = 4;
    private static final int PARALLEL_FROM = 256;
    /** From this many regions the clearing system is solved iteratively without forming it. */
    static final int ITERATIVE_FROM = 128;

    private final int iterativeFrom;

    /** The model as scenarios use it: iterative solves for large markets. */
    public GsimModel() {
        this(ITERATIVE_FROM);
    }

    /** A model that solves iteratively from {@code iterativeFrom} regions (for tests of the two solves). */
    GsimModel(int iterativeFrom) {
        this.iterativeFrom = iterativeFrom;
    }

    /** The equilibrium of {@code market} under {@code wedges} and its welfare terms ({@link GsimWelfare}). */
    public GsimWelfare welfare(Market market, double[][] wedges) {
        return GsimWelfare.of(market, wedges, solve(market, wedges));
    }

    @Override
    public String name() {
        return "gsim";
    }

    @Override
    public String buyersPrice() {
        return "GSIM composite price";
    }

    /**
     * GSIM's composite import demand, linear in the composite price: {@code R s (1 + E_m Phat)} with
     * {@code R} the region's spending at internal prices (GsimWelfare's R_v), s the policy's demand
     * scale and {@code Phat = P - 1} (the gsim solution's composite price less 1), so that the
     * theta-weighted sum of a region's flow changes {@code sum_i theta_iv Mhat_iv = E_m Phat_v} is
     * its consumption's change. Nothing beyond the choke price {@code 1 + 1/epsilon}.
     */
    @Override
    public double consumption(Market market, MarketPolicy policy, int d, double price) {
        if (!Double.isFinite(price)) {
            return 0;
        }
        return Math.max(0, market.spending(d) * policy.demandScale(d) * (1 - market.demand()[d] * (price - 1)));
    }

    /**
     * GSIM's consumer surplus, as {@link GsimWelfare} has it: {@code -R Phat + 1/2 E_m R Phat |Phat|}
     * with {@code Phat = after / before - 1} and R as in {@link #consumption}, so that a run's welfare
     * rows are GSIM's own.
     */
    @Override
    public double consumerSurplusChange(Market market, MarketPolicy policy, int d, double before, double after) {
        double spending = market.spending(d) * policy.demandScale(d);
        double phat = after / before - 1;
        return -spending * phat - 0.5 * market.demand()[d] * spending * phat * Math.abs(phat);
    }

    /**
     * GSIM's producer surplus against world price 1: {@code X p (1 + 1/2 E_x p)} with X the
     * baseline sales (own sales included) and {@code p = price - 1}, as {@link GsimWelfare} has it.
     * GSIM sells on its supply curve (it has no caps), so what is sold does not enter.
     */
    @Override
    public double producerSurplus(Market market, int s, double sold, double price) {
        double p = price - 1;
        return market.sales(s) * p * (1 + 0.5 * market.supply()[s] * p);
    }

    @Override
    public Solution solve(Market market, double[][] wedges) {
        Shares shares = Shares.of(market, wedges);
        Clearing clearing = Clearing.of(market, shares);
        double[] p =
                clearingPrices(shares.theta(), clearing.weighted(), clearing.diagonal(), clearing.rhs(), iterativeFrom);
        return solution(market, shares, p);
    }

    /**
     * What the clearing conditions are built from: theta[k][v], source k's share of importer v's
     * spending at internal prices; change[k][v], the shock That_kv to the wedge (wedges over the
     * baseline's, less 1); and shocked[v], {@code sum_k theta_kv That_kv}. Every n x n table here
     * and below is filled and read a row at a time: going down columns of 1000 x 1000 tables
     * misses the cache on every element and cost most of a large solve.
     */
    private record Shares(double[][] theta, double[][] change, double[] shocked) {

        static Shares of(Market market, double[][] wedges) {
            int n = market.size();
            double[] internal = internalSpending(market);
            Shares shares = new Shares(new double[n][n], new double[n][n], new double[n]);
            for (int k = 0; k < n; k++) {
                shares.fillRow(market, wedges, internal, k);
            }
            return shares;
        }

        /** Each importer's baseline spending at internal prices, {@code sum_k m_kv tau_kv}. */
        private static double[] internalSpending(Market market) {
            int n = market.size();
            double[] internal = new double[n];
            for (int k = 0; k < n; k++) {
                double[] flows = market.flows()[k];
                double[] baseline = market.wedges()[k];
                for (int v = 0; v < n; v++) {
                    internal[v] += flows[v] * baseline[v];
                }
            }
            return internal;
        }

        /** Source k's row of theta and change, and its terms of shocked. */
        private void fillRow(Market market, double[][] wedges, double[] internal, int k) {
            double[] flows = market.flows()[k];
            double[] baseline = market.wedges()[k];
            double[] after = wedges[k];
            double[] thetaRow = theta[k];
            double[] changeRow = change[k];
            for (int v = 0; v < flows.length; v++) {
                thetaRow[v] = internal[v] > 0 ? flows[v] * baseline[v] / internal[v] : 0;
                changeRow[v] = after[v] / baseline[v] - 1;
                shocked[v] += thetaRow[v] * changeRow[v];
            }
        }
    }

    /**
     * The clearing system {@code (D + weighted^T theta^T) p = rhs}: weighted[v][i] is
     * {@code phi_iv (E_m + E_s)_v} with phi_iv source i's export share to v, stored by importer
     * so that {@link ShareSystem}'s kernel runs along rows; diagonal and rhs are per source.
     */
    private record Clearing(double[][] weighted, double[] diagonal, double[] rhs) {

        static Clearing of(Market market, Shares shares) {
            int n = market.size();
            Clearing clearing = new Clearing(new double[n][n], new double[n], new double[n]);
            for (int i = 0; i < n; i++) {
                clearing.fillSource(market, shares, i);
            }
            return clearing;
        }

        /** Source i's column of weighted and its diagonal and rhs entries. */
        private void fillSource(Market market, Shares shares, int i) {
            double[] flows = market.flows()[i];
            double exports = 0;
            for (double flow : flows) {
                exports += flow;
            }
            if (exports <= 0) {
                diagonal[i] = 1; // a source that sells nothing keeps its price
                return;
            }
            double[] change = shares.change()[i];
            for (int v = 0; v < flows.length; v++) {
                double phi = flows[v] / exports;
                if (phi == 0) {
                    continue;
                }
                double cross = market.substitution()[v] - market.demand()[v]; // E_m + E_s
                double own = market.substitution()[v]; // E_s
                weighted[v][i] = phi * cross;
                rhs[i] += phi * (own * change[v] - cross * shares.shocked()[v]);
                diagonal[i] -= phi * own;
            }
            diagonal[i] -= market.supply()[i];
        }
    }

    /**
     * The equilibrium at price changes p: each importer's aggregate quantity change and composite
     * price from one pass down the sources, then the flows.
     */
    private static Solution solution(Market market, Shares shares, double[] p) {
        int n = p.length;
        double[] aggregate = new double[n];
        double[] composite = new double[n];
        for (int j = 0; j < n; j++) {
            double[] theta = shares.theta()[j];
            double[] change = shares.change()[j];
            for (int v = 0; v < n; v++) {
                double cross = market.substitution()[v] - market.demand()[v];
                aggregate[v] += theta[v] * cross * (change[v] + p[j]);
                composite[v] += theta[v] * (change[v] + p[j]);
            }
        }
        double[] prices = new double[n];
        for (int i = 0; i < n; i++) {
            prices[i] = 1 + p[i];
        }
        for (int v = 0; v < n; v++) {
            composite[v] += 1;
        }
        return new Solution(prices, composite, flows(market, shares, p, aggregate), 1, 0);
    }

    /** Every flow {@code m_iv (1 + Mhat_iv)}, {@code Mhat_iv = aggregate_v - E_s,v (That_iv + p_i)}. */
    private static double[][] flows(Market market, Shares shares, double[] p, double[] aggregate) {
        int n = p.length;
        double[][] flows = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] baseline = market.flows()[i];
            double[] change = shares.change()[i];
            for (int v = 0; v < n; v++) {
                double quantityChange = aggregate[v] - market.substitution()[v] * (change[v] + p[i]);
                flows[i][v] = baseline[v] * (1 + quantityChange);
            }
        }
        return flows;
    }

    /**
     * The price changes that clear the market: matrix-free BiCGSTAB for large markets (falling back
     * to the dense solve if it stalls), a dense LU of the assembled Jacobian for small ones.
     */
    private static double[] clearingPrices(
            double[][] theta, double[][] weighted, double[] diagonal, double[] rhs, int iterativeFrom) {
        int n = diagonal.length;
        if (n >= iterativeFrom) {
            Optional<double[]> solved = new ShareSystem(theta, weighted, diagonal).solve(rhs, 1e-14, 500);
            if (solved.isPresent()) {
                return solved.get();
            }
        }
        return DenseSolver.solve(jacobian(theta, weighted, diagonal), rhs, "the gsim market of " + n + " regions");
    }

    /**
     * The Jacobian {@code A_ik = sum_v weighted_vi theta_kv + [i = k] diagonal_i}, column-major for
     * {@link DenseSolver}. Its sum is a matrix product, n^3 multiply-adds (the LU takes 2/3 n^3):
     * column k is {@code sum_v theta_kv weighted_v}, built four columns at a time so that each row
     * of {@code weighted} is read once per four columns rather than once per column, with the
     * loop over i running along rows, which the JIT vectorises. Blocks of columns are independent;
     * large markets build them on all cores.
     */
    static double[] jacobian(double[][] theta, double[][] weighted, double[] diagonal) {
        int n = diagonal.length;
        double[] columns = new double[n * n];
        IntStream blocks = IntStream.range(0, (n + COLUMNS_PER_BLOCK - 1) / COLUMNS_PER_BLOCK);
        if (n >= PARALLEL_FROM) {
            blocks = blocks.parallel();
        }
        blocks.forEach(block -> fillColumns(theta, weighted, block * COLUMNS_PER_BLOCK, columns));
        for (int i = 0; i < n; i++) {
            columns[i + i * n] += diagonal[i];
        }
        return columns;
    }

    /** Columns k0 to k0 + 3 (fewer at the end) of the Jacobian's product term. */
    private static void fillColumns(double[][] theta, double[][] weighted, int k0, double[] columns) {
        int n = theta.length;
        int width = Math.min(COLUMNS_PER_BLOCK, n - k0);
        double[][] block = new double[COLUMNS_PER_BLOCK][n];
        if (width == COLUMNS_PER_BLOCK) {
            double[] c0 = block[0];
            double[] c1 = block[1];
            double[] c2 = block[2];
            double[] c3 = block[3];
            double[] t0 = theta[k0];
            double[] t1 = theta[k0 + 1];
            double[] t2 = theta[k0 + 2];
            double[] t3 = theta[k0 + 3];
            for (int v = 0; v < n; v++) {
                double w0 = t0[v];
                double w1 = t1[v];
                double w2 = t2[v];
                double w3 = t3[v];
                if (w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0) {
                    continue;
                }
                double[] row = weighted[v];
                for (int i = 0; i < n; i++) {
                    double x = row[i];
                    c0[i] += w0 * x;
                    c1[i] += w1 * x;
                    c2[i] += w2 * x;
                    c3[i] += w3 * x;
                }
            }
        } else {
            for (int j = 0; j < width; j++) {
                double[] column = block[j];
                double[] shares = theta[k0 + j];
                for (int v = 0; v < n; v++) {
                    double w = shares[v];
                    if (w == 0) {
                        continue;
                    }
                    double[] row = weighted[v];
                    for (int i = 0; i < n; i++) {
                        column[i] += w * row[i];
                    }
                }
            }
        }
        for (int j = 0; j < width; j++) {
            System.arraycopy(block[j], 0, columns, (k0 + j) * n, n);
        }
    }
}
