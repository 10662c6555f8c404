package org.chokepoint.engine.market;

import org.ojalgo.matrix.decomposition.LU;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Dense square linear solves for the market models: ojAlgo's LU decomposition with partial
 * pivoting on a column-major array, the layout ojAlgo's {@code R064Store} wraps without copying.
 */
final class DenseSolver {

    static {
        // ojAlgo prints a note about unknown hardware to standard output when it first starts,
        // which would end up in the middle of a command's output; any value of this property
        // silences it. A value set by the user is left alone.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    private DenseSolver() {}

    /**
     * The solution x of {@code A x = b}.
     *
     * @param columnMajor A, n x n, element (i, k) at {@code i + k * n}; may be overwritten
     * @param rhs b, length n; not changed
     * @param what names the system in the error thrown when A is singular
     */
    static double[] solve(double[] columnMajor, double[] rhs, String what) {
        int n = rhs.length;
        if (columnMajor.length != n * n) {
            throw new IllegalArgumentException(
                    "A " + n + " x " + n + " matrix needs " + n * n + " elements, not " + columnMajor.length);
        }
        LU<Double> lu = LU.R064.make(n, n);
        if (!lu.decompose(R064Store.wrap(columnMajor, n)) || !lu.isSolvable()) {
            throw new IllegalStateException("The linear system of " + what + " is singular: its " + n + " x " + n
                    + " matrix has no LU decomposition with a non-zero pivot");
        }
        MatrixStore<Double> solution = lu.getSolution(R064Store.wrap(rhs.clone(), n));
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = solution.doubleValue(i);
        }
        return x;
    }

    /** A row-major n x n table laid out column-major, for {@link #solve}. */
    static double[] columnMajor(double[][] rows) {
        int n = rows.length;
        double[] columns = new double[n * n];
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            for (int k = 0; k < n; k++) {
                columns[i + k * n] = row[k];
            }
        }
        return columns;
    }
}
