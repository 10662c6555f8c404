package org.chokepoint.engine.market;

/**
 * The Armington partial-equilibrium model of engine.md section 2: goods differentiated by origin,
 * a CES composite in each destination, constant-elasticity composite demand and supply. Calibrated
 * with baseline prices of 1 so that the baseline flows are reproduced exactly; solved for the
 * source prices with Newton's method on log prices and the analytic Jacobian
 * {@code J_sk = sum_d x_sd (sigma_d - epsilon_d) m_kd - [s = k] (sum_d sigma_d x_sd + eta_s S_s)},
 * where m_kd is source k's value share in destination d. Valid for large shocks; bans and
 * capacities as complementarity conditions come with the instruments (issue 4).
 */
public final class ArmingtonModel implements MarketModel {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    @Override
    public String name() {
        return "armington";
    }

    @Override
    public Solution solve(Market market, double[][] wedges) {
        Calibration calibration = new Calibration(market);
        int n = market.size();
        double[] logPrices = new double[n];
        double[] residual = calibration.residual(logPrices, wedges);
        int iteration = 0;
        while (norm(residual) > TOLERANCE && iteration < MAX_ITERATIONS) {
            double[] step = DenseSolver.solve(
                    DenseSolver.columnMajor(calibration.jacobian(logPrices, wedges)),
                    residual,
                    "Newton step " + (iteration + 1) + " of the armington market of " + n + " regions");
            double scale = 1;
            double before = norm(residual);
            double[] trial;
            double[] trialResidual;
            do {
                trial = logPrices.clone();
                for (int s = 0; s < n; s++) {
                    trial[s] -= scale * step[s];
                }
                trialResidual = calibration.residual(trial, wedges);
                scale /= 2;
            } while (norm(trialResidual) > before && scale > 1e-6);
            logPrices = trial;
            residual = trialResidual;
            iteration++;
        }
        if (norm(residual) > 1e-9) {
            throw new IllegalStateException("The armington market did not converge: residual " + norm(residual)
                    + " after " + iteration + " Newton steps");
        }
        return calibration.solution(logPrices, wedges, iteration, norm(residual));
    }

    private static double norm(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** The calibrated parameters of one market and the equations they define. */
    private static final class Calibration {
        private final Market market;
        private final int n;
        private final double[][] theta;
        private final double[] scaleOfDemand;
        private final double[] baselineSupply;

        Calibration(Market market) {
            this.market = market;
            this.n = market.size();
            this.theta = new double[n][n];
            this.scaleOfDemand = new double[n];
            this.baselineSupply = new double[n];
            for (int d = 0; d < n; d++) {
                double expenditure = 0;
                for (int s = 0; s < n; s++) {
                    expenditure += market.wedges()[s][d] * market.flows()[s][d];
                }
                scaleOfDemand[d] = expenditure;
                for (int s = 0; s < n; s++) {
                    double share = expenditure > 0 ? market.wedges()[s][d] * market.flows()[s][d] / expenditure : 0;
                    theta[s][d] = share * Math.pow(market.wedges()[s][d], market.substitution()[d] - 1);
                }
            }
            for (int s = 0; s < n; s++) {
                for (int d = 0; d < n; d++) {
                    baselineSupply[s] += market.flows()[s][d];
                }
            }
        }

        /** Flows x[s][d] and value shares m[s][d] at the given log prices. */
        private double[][][] flowsAndShares(double[] logPrices, double[][] wedges, double[] composite) {
            double[][] flows = new double[n][n];
            double[][] shares = new double[n][n];
            for (int d = 0; d < n; d++) {
                if (scaleOfDemand[d] <= 0) {
                    composite[d] = 1;
                    continue;
                }
                double sigma = market.substitution()[d];
                double sum = 0;
                double[] terms = new double[n];
                for (int s = 0; s < n; s++) {
                    if (theta[s][d] > 0) {
                        terms[s] = theta[s][d] * Math.pow(Math.exp(logPrices[s]) * wedges[s][d], 1 - sigma);
                        sum += terms[s];
                    }
                }
                double price = Math.pow(sum, 1 / (1 - sigma));
                composite[d] = price;
                double demand = scaleOfDemand[d] * Math.pow(price, -market.demand()[d]);
                for (int s = 0; s < n; s++) {
                    if (theta[s][d] > 0) {
                        double landed = Math.exp(logPrices[s]) * wedges[s][d];
                        flows[s][d] = theta[s][d] * Math.pow(landed / price, -sigma) * demand;
                        shares[s][d] = terms[s] / sum;
                    }
                }
            }
            return new double[][][] {flows, shares};
        }

        private double supply(int s, double logPrice) {
            return baselineSupply[s] * Math.exp(market.supply()[s] * logPrice);
        }

        /** Excess demand per source relative to its baseline supply; sources with none are pinned at price 1. */
        double[] residual(double[] logPrices, double[][] wedges) {
            double[][] flows = flowsAndShares(logPrices, wedges, new double[n])[0];
            double[] residual = new double[n];
            for (int s = 0; s < n; s++) {
                if (baselineSupply[s] <= 0) {
                    residual[s] = logPrices[s];
                    continue;
                }
                double demanded = 0;
                for (int d = 0; d < n; d++) {
                    demanded += flows[s][d];
                }
                residual[s] = (demanded - supply(s, logPrices[s])) / baselineSupply[s];
            }
            return residual;
        }

        double[][] jacobian(double[] logPrices, double[][] wedges) {
            double[][][] both = flowsAndShares(logPrices, wedges, new double[n]);
            double[][] flows = both[0];
            double[][] shares = both[1];
            double[][] sharesByDestination = new double[n][n]; // transposed, so the inner loop runs along a row
            for (int k = 0; k < n; k++) {
                for (int d = 0; d < n; d++) {
                    sharesByDestination[d][k] = shares[k][d];
                }
            }
            double[][] jacobian = new double[n][n];
            for (int s = 0; s < n; s++) {
                if (baselineSupply[s] <= 0) {
                    jacobian[s][s] = 1;
                    continue;
                }
                double own = 0;
                for (int d = 0; d < n; d++) {
                    double x = flows[s][d];
                    if (x == 0) {
                        continue;
                    }
                    double spill = x * (market.substitution()[d] - market.demand()[d]);
                    double[] row = jacobian[s];
                    double[] sharesInD = sharesByDestination[d];
                    for (int k = 0; k < n; k++) {
                        row[k] += spill * sharesInD[k];
                    }
                    own += market.substitution()[d] * x;
                }
                own += market.supply()[s] * supply(s, logPrices[s]);
                jacobian[s][s] -= own;
                for (int k = 0; k < n; k++) {
                    jacobian[s][k] /= baselineSupply[s];
                }
            }
            return jacobian;
        }

        Solution solution(double[] logPrices, double[][] wedges, int iterations, double residual) {
            double[] composite = new double[n];
            double[][] flows = flowsAndShares(logPrices, wedges, composite)[0];
            double[] prices = new double[n];
            for (int s = 0; s < n; s++) {
                prices[s] = Math.exp(logPrices[s]);
            }
            return new Solution(prices, composite, flows, iterations, residual);
        }
    }
}
