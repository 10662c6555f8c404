package org.chokepoint.engine.market;

/**
 * The Fischer-Burmeister function, which turns a complementarity condition ({@code a >= 0},
 * {@code b >= 0}, {@code a b = 0}) into one equation that a semismooth Newton method can solve; the
 * models write bans, caps, capacities and free disposal with it (engine.md section 3).
 */
final class Complementarity {

    private Complementarity() {}

    /** phi(a, b) = sqrt(a^2 + b^2) - a - b: zero exactly when a >= 0, b >= 0 and a b = 0. */
    static double fischerBurmeister(double a, double b) {
        return Math.hypot(a, b) - a - b;
    }

    /** The partial derivatives of phi; at the kink (0, 0) an element of its generalised Jacobian. */
    static double[] partials(double a, double b) {
        double r = Math.hypot(a, b);
        if (r == 0) {
            double half = Math.sqrt(0.5) - 1;
            return new double[] {half, half};
        }
        return new double[] {a / r - 1, b / r - 1};
    }
}
