package org.chokepoint.engine.market;

import java.util.Optional;
import java.util.function.Function;

/**
 * The semismooth Newton method the armington and spatial models solve their complementarity
 * problems with (engine.md section 3): a Newton direction from the analytic Jacobian, with a ridge
 * where it is singular at a kink, and a backtracking line search on the squared residual. Stops
 * when every residual is below 1e-12 or after 200 steps; converged when every residual is below 1e-9.
 */
final class DampedNewton {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-12;
    private static final double ACCEPTED = 1e-9;

    private DampedNewton() {}

    /** The equations at one point of the unknowns. */
    interface Point {

        /** The residuals, zero at the solution. */
        double[] residual();

        /** The Jacobian of {@link #residual}, row-major; an element of the generalised one at a kink. */
        double[][] jacobian();

        /**
         * The Newton direction {@code J^-1 residual} found without forming the Jacobian, for a model
         * with a cheaper way; empty to solve with the dense Jacobian.
         */
        default Optional<double[]> direction(double[] residual) {
            return Optional.empty();
        }
    }

    /**
     * How the solve went.
     *
     * @param iterations Newton steps taken
     * @param residual the largest residual left
     * @param halvings times the line search halved a step, over all steps
     */
    record Report(int iterations, double residual, int halvings) {

        boolean converged() {
            return residual <= ACCEPTED;
        }

        /** For an error: the residual left and the steps taken. */
        String summary() {
            return "residual " + residual + " after " + iterations + " Newton steps, " + halvings
                    + " line-search halvings";
        }
    }

    /** The last point reached and how the solve went; check {@link Report#converged} before using it. */
    record Result<P extends Point>(P point, Report report) {}

    /**
     * Solves from {@code start}, evaluating the equations with {@code at}.
     *
     * @param what names the system in the error thrown when its Jacobian is singular even with a ridge
     */
    static <P extends Point> Result<P> solve(double[] start, Function<double[], P> at, String what) {
        double[] z = start;
        P point = at.apply(z);
        double[] residual = point.residual();
        int iteration = 0;
        int halvings = 0;
        while (norm(residual) > TOLERANCE && iteration < MAX_ITERATIONS) {
            double[] step = direction(point, residual, what);
            double merit = squares(residual);
            double scale = 1;
            while (true) {
                double[] next = z.clone();
                for (int i = 0; i < next.length; i++) {
                    next[i] -= scale * step[i];
                }
                point = at.apply(next);
                residual = point.residual();
                if (squares(residual) <= (1 - 1e-4 * scale) * merit || scale < 1e-10) {
                    z = next;
                    break;
                }
                scale /= 2;
                halvings++;
            }
            iteration++;
        }
        return new Result<>(point, new Report(iteration, norm(residual), halvings));
    }

    /** The point's own Newton direction if it has one, else the (regularised) dense solve. */
    private static double[] direction(Point point, double[] residual, String what) {
        return point.direction(residual).orElseGet(() -> solveRegularised(point.jacobian(), residual, what));
    }

    /**
     * The solution of {@code A x = b} for a row-major A, which may be singular where a
     * complementarity pair sits at its kink: then a slightly regularised one, with a ridge on the
     * diagonal growing from 1e-10 until the system solves (as in Levenberg-Marquardt), up to 1.
     */
    private static double[] solveRegularised(double[][] rows, double[] rhs, String what) {
        for (double ridge = 0; ; ridge = ridge == 0 ? 1e-10 : ridge * 100) {
            double[] columns = DenseSolver.columnMajor(rows);
            int n = rhs.length;
            for (int i = 0; i < n; i++) {
                columns[i + i * n] += ridge * (rows[i][i] >= 0 ? 1 : -1);
            }
            try {
                return DenseSolver.solve(columns, rhs, what);
            } catch (IllegalStateException singular) {
                if (ridge > 1) {
                    throw singular;
                }
            }
        }
    }

    private static double norm(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static double squares(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }
}
