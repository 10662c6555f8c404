package org.chokepoint.engine.market;

import java.util.List;
import java.util.Objects;

/**
 * One good's baseline market: the regions, the baseline flows from each source to each
 * destination (in physical units at baseline prices normalised to 1; a region's sales to itself
 * on the diagonal), the baseline trade wedges, and the elasticities of engine.md section 2.
 *
 * @param regions region ids, sources and destinations alike
 * @param flows flows[s][d], non-negative
 * @param wedges baseline wedges tau[s][d] = (1 + tariff)(1 + trade cost)(1 + risk premium), at least 1
 * @param substitution sigma per destination (elasticity of substitution between origins, > 0, not 1)
 * @param demand epsilon per destination (composite demand elasticity, >= 0)
 * @param supply eta per source (supply elasticity, >= 0)
 */
public record Market(
        List<String> regions,
        double[][] flows,
        double[][] wedges,
        double[] substitution,
        double[] demand,
        double[] supply) {

    public Market {
        regions = List.copyOf(regions);
        int n = regions.size();
        Objects.requireNonNull(flows, "flows");
        if (flows.length != n
                || wedges.length != n
                || substitution.length != n
                || demand.length != n
                || supply.length != n) {
            throw new IllegalArgumentException("Every table of a market must have one row per region (" + n + ")");
        }
        for (int s = 0; s < n; s++) {
            if (flows[s].length != n || wedges[s].length != n) {
                throw new IllegalArgumentException("Flows and wedges must be " + n + " x " + n);
            }
            for (int d = 0; d < n; d++) {
                if (!(flows[s][d] >= 0) || !(wedges[s][d] >= 1)) {
                    throw new IllegalArgumentException("Flow " + regions.get(s) + " -> " + regions.get(d)
                            + " must be >= 0 and its wedge >= 1, not " + flows[s][d] + " and " + wedges[s][d]);
                }
            }
            if (!(substitution[s] > 0)
                    || Math.abs(substitution[s] - 1) < 1e-9
                    || !(demand[s] >= 0)
                    || !(supply[s] >= 0)) {
                throw new IllegalArgumentException("Elasticities of " + regions.get(s)
                        + " out of range: sigma > 0 and not 1," + " epsilon >= 0, eta >= 0");
            }
        }
        flows = copy(flows);
        wedges = copy(wedges);
        substitution = substitution.clone();
        demand = demand.clone();
        supply = supply.clone();
    }

    public int size() {
        return regions.size();
    }

    /** What source s sells in the baseline, its own use included: B_s. */
    public double sales(int s) {
        double sum = 0;
        for (double x : flows[s]) {
            sum += x;
        }
        return sum;
    }

    /** What region d buys in the baseline, from itself included. */
    public double purchases(int d) {
        double sum = 0;
        for (double[] row : flows) {
            sum += row[d];
        }
        return sum;
    }

    /** What region d spends in the baseline at internal prices (wedges included): A_d. */
    public double spending(int d) {
        double sum = 0;
        for (int s = 0; s < flows.length; s++) {
            sum += wedges[s][d] * flows[s][d];
        }
        return sum;
    }

    static double[][] copy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }
}
