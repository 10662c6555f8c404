package org.chokepoint.engine.market;

import java.util.Optional;

/**
 * A linear system {@code A p = r} of the form both market models' Jacobians take,
 * {@code A = D + W S^T}: a diagonal of own-price terms plus, for every destination, a row's weight
 * there times each source's share there (gsim: export shares times E_m + E_s, against internal-price
 * shares; armington: flows times sigma - epsilon, against value shares). It is applied without
 * forming A: a product costs two passes over n x n tables instead of the n^3 of building A. Large
 * markets solve it with BiCGSTAB, preconditioned by A's diagonal; the matrix is close to diagonally
 * dominant, so few iterations are needed. Neither Hipparchus (its Krylov solvers are for symmetric
 * operators) nor ojAlgo (its iterative solvers take a stored matrix) offers this matrix-free.
 */
final class ShareSystem {

    private final int n;
    private final double[][] theta;
    private final double[][] weighted;
    private final double[] diagonal;
    private final double[] preconditioner;

    /**
     * @param theta theta[k][v], source k's share in destination v
     * @param weighted weighted[v][i], row i's weight on destination v
     * @param diagonal the own-price terms of each row
     */
    ShareSystem(double[][] theta, double[][] weighted, double[] diagonal) {
        this.n = diagonal.length;
        this.theta = theta;
        this.weighted = weighted;
        this.diagonal = diagonal;
        this.preconditioner = new double[n];
        for (int i = 0; i < n; i++) {
            double entry = diagonal[i];
            for (int v = 0; v < n; v++) {
                entry += weighted[v][i] * theta[i][v];
            }
            preconditioner[i] = entry == 0 ? 1 : 1 / entry;
        }
    }

    /** A p. */
    double[] apply(double[] p) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            double pk = p[k];
            if (pk == 0) {
                continue;
            }
            double[] row = theta[k];
            for (int v = 0; v < n; v++) {
                t[v] += row[v] * pk;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = diagonal[i] * p[i];
        }
        for (int v = 0; v < n; v++) {
            double tv = t[v];
            if (tv == 0) {
                continue;
            }
            double[] row = weighted[v];
            for (int i = 0; i < n; i++) {
                y[i] += row[i] * tv;
            }
        }
        return y;
    }

    /** The solution to a relative residual of {@code tolerance}, or empty if BiCGSTAB breaks down or stalls. */
    Optional<double[]> solve(double[] rhs, double tolerance, int maxIterations) {
        double bNorm = norm(rhs);
        double[] x = new double[n];
        if (bNorm == 0) {
            return Optional.of(x);
        }
        double[] r = rhs.clone();
        double[] shadow = rhs.clone();
        double[] p = new double[n];
        double[] v = new double[n];
        double rho = 1;
        double alpha = 1;
        double omega = 1;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double rhoNext = dot(shadow, r);
            if (rhoNext == 0 || omega == 0) {
                return Optional.empty();
            }
            double beta = (rhoNext / rho) * (alpha / omega);
            for (int i = 0; i < n; i++) {
                p[i] = r[i] + beta * (p[i] - omega * v[i]);
            }
            double[] y = precondition(p);
            v = apply(y);
            double denominator = dot(shadow, v);
            if (denominator == 0) {
                return Optional.empty();
            }
            alpha = rhoNext / denominator;
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] += alpha * y[i];
                s[i] = r[i] - alpha * v[i];
            }
            if (norm(s) <= tolerance * bNorm) {
                return Optional.of(x);
            }
            double[] z = precondition(s);
            double[] t = apply(z);
            double tt = dot(t, t);
            if (tt == 0) {
                return Optional.empty();
            }
            omega = dot(t, s) / tt;
            for (int i = 0; i < n; i++) {
                x[i] += omega * z[i];
                r[i] = s[i] - omega * t[i];
            }
            if (norm(r) <= tolerance * bNorm) {
                return Optional.of(x);
            }
            rho = rhoNext;
        }
        return Optional.empty();
    }

    private double[] precondition(double[] values) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = preconditioner[i] * values[i];
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double norm(double[] values) {
        return Math.sqrt(dot(values, values));
    }
}
