package org.chokepoint.engine.market;

/**
 * Composite demand that stops at a choke price (engine.md section 9, losses are priced): {@code
 * A s P^-epsilon h(P)} with {@code h = 1 - u^2}, {@code u = (P - 1) / (c - 1)}, for prices between the
 * baseline's 1 and the choke {@code c}, 1 below the baseline price and 0 from the choke up. A buyer
 * would rather go without than pay the choke, so a rationed buyer bids no higher and a seller it
 * turns to cannot charge more. {@code h} and its slope are 1 and 0 at the baseline price, so the
 * calibration and the demand elasticity there are unchanged; the bend only matters for prices that
 * are multiples of the baseline's. An infinite choke is the plain constant-elasticity curve.
 */
final class ChokedDemand {

    private ChokedDemand() {}

    /** {@code h(P)}: the share of constant-elasticity demand left at price P. */
    static double factor(double price, double choke) {
        if (!(price > 1) || choke == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double u = (price - 1) / (choke - 1);
        return u >= 1 ? 0 : 1 - u * u;
    }

    /** The demand elasticity {@code -d ln D / d ln P} at price P: epsilon plus the bend's. */
    static double elasticity(double epsilon, double price, double choke) {
        double h = factor(price, choke);
        if (h == 1 || h == 0) {
            return epsilon;
        }
        double u = (price - 1) / (choke - 1);
        return epsilon + 2 * u * price / ((choke - 1) * h);
    }

    /** Demand at price P per unit of {@code A s}. */
    static double perUnit(double epsilon, double price, double choke) {
        if (!Double.isFinite(price)) {
            return 0;
        }
        return Math.pow(price, -epsilon) * factor(price, choke);
    }

    /**
     * {@code integral from 1 to P of q^-epsilon h(q) dq}, per unit of {@code A s}: the area under the
     * curve from the baseline price, negative below it, constant from the choke up. Infinite for an
     * infinite price without a choke when demand is no more than unit-elastic.
     */
    static double area(double epsilon, double price, double choke) {
        if (price <= 1 || choke == Double.POSITIVE_INFINITY) {
            if (!Double.isFinite(price)) {
                return epsilon > 1 ? -power(-epsilon, 1) : Double.POSITIVE_INFINITY;
            }
            return power(-epsilon, price) - power(-epsilon, 1);
        }
        double top = Math.min(price, choke);
        double plain = power(-epsilon, top) - power(-epsilon, 1);
        // integral of q^-epsilon (q - 1)^2 = q^(2-epsilon) - 2 q^(1-epsilon) + q^-epsilon
        double bend = (power(2 - epsilon, top) - power(2 - epsilon, 1))
                - 2 * (power(1 - epsilon, top) - power(1 - epsilon, 1))
                + (power(-epsilon, top) - power(-epsilon, 1));
        return plain - bend / ((choke - 1) * (choke - 1));
    }

    /** An antiderivative of {@code q^m} at q: {@code q^(m+1)/(m+1)}, or ln q when m = -1. */
    private static double power(double m, double q) {
        if (Math.abs(m + 1) < 1e-12) {
            return Math.log(q);
        }
        return Math.pow(q, m + 1) / (m + 1);
    }
}
