package org.chokepoint.engine.market;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The GSIM model of Francois and Hall (engine.md section 2a): the linear approximation many trade
 * analysts know, with elasticities mapped from the market's (composite import demand E_m =
 * -epsilon, substitution E_s = sigma, export supply E_x = eta). The market-clearing conditions
 * {@code sum_v phi_iv Mhat_iv = E_x,i p_i} are linear in the price changes p, so Newton's method
 * with the analytic Jacobian {@code A_ik = sum_v phi_iv (theta_kv (E_m + E_s) - [i = k] E_s) - [i = k] E_x,i}
 * converges in one step. Accurate for small shocks; use armington for large ones.
 */
public final class GsimModel implements MarketModel {

    @Override
    public String name() {
        return "gsim";
    }

    @Override
    public Solution solve(Market market, double[][] wedges) {
        int n = market.size();
        double[][] m = market.flows();
        double[][] theta = new double[n][n];
        double[][] phi = new double[n][n];
        double[][] change = new double[n][n];
        double[] exports = new double[n];
        for (int v = 0; v < n; v++) {
            double internal = 0;
            for (int k = 0; k < n; k++) {
                internal += m[k][v] * market.wedges()[k][v];
            }
            for (int i = 0; i < n; i++) {
                theta[i][v] = internal > 0 ? m[i][v] * market.wedges()[i][v] / internal : 0;
                change[i][v] = wedges[i][v] / market.wedges()[i][v] - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < n; w++) {
                exports[i] += m[i][w];
            }
            for (int v = 0; v < n; v++) {
                phi[i][v] = exports[i] > 0 ? m[i][v] / exports[i] : 0;
            }
        }
        double[][] thetaByImporter = new double[n][n]; // theta transposed, so the inner loops run along rows
        double[] shockedShares = new double[n]; // sum_k theta_kv That_kv per importer v
        for (int k = 0; k < n; k++) {
            for (int v = 0; v < n; v++) {
                thetaByImporter[v][k] = theta[k][v];
                shockedShares[v] += theta[k][v] * change[k][v];
            }
        }
        double[][] jacobian = new double[n][n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            if (exports[i] <= 0) {
                jacobian[i][i] = 1; // a source that sells nothing keeps its price
                continue;
            }
            for (int v = 0; v < n; v++) {
                if (phi[i][v] == 0) {
                    continue;
                }
                double cross = market.substitution()[v] - market.demand()[v]; // E_m + E_s
                double own = market.substitution()[v]; // E_s
                double weight = phi[i][v] * cross;
                double[] row = jacobian[i];
                double[] shares = thetaByImporter[v];
                for (int k = 0; k < n; k++) {
                    row[k] += weight * shares[k];
                }
                rhs[i] -= weight * shockedShares[v];
                jacobian[i][i] -= phi[i][v] * own;
                rhs[i] += phi[i][v] * own * change[i][v];
            }
            jacobian[i][i] -= market.supply()[i];
        }
        RealVector p = new LUDecomposition(new Array2DRowRealMatrix(jacobian, false))
                .getSolver()
                .solve(new ArrayRealVector(rhs, false));
        double[] prices = new double[n];
        for (int i = 0; i < n; i++) {
            prices[i] = 1 + p.getEntry(i);
        }
        double[][] flows = new double[n][n];
        double[] composite = new double[n];
        for (int v = 0; v < n; v++) {
            double cross = market.substitution()[v] - market.demand()[v];
            double aggregate = 0;
            for (int j = 0; j < n; j++) {
                aggregate += theta[j][v] * cross * (change[j][v] + p.getEntry(j));
                composite[v] += theta[j][v] * (change[j][v] + p.getEntry(j));
            }
            composite[v] += 1;
            for (int i = 0; i < n; i++) {
                double quantityChange = aggregate - market.substitution()[v] * (change[i][v] + p.getEntry(i));
                flows[i][v] = m[i][v] * (1 + quantityChange);
            }
        }
        return new Solution(prices, composite, flows, 1, 0);
    }
}
