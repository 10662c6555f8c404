package org.chokepoint.model.commodity;

import java.util.Objects;
import org.chokepoint.model.unit.Dimension;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;

/**
 * How much of an input an industry can do without or replace (thrifting, other materials, other
 * designs) when it runs short: {@code limit} of its need, reached in a straight line over {@code
 * after} from the first month it is short (at once when {@code after} is zero).
 */
public record Substitution(double limit, Quantity after) {

    public Substitution {
        Objects.requireNonNull(after, "after");
        if (!(limit >= 0 && limit <= 1)) {
            throw new IllegalArgumentException("A substitution limit must be within 0 and 1, not " + limit);
        }
        if (!after.unit().dimension().equals(Dimension.TIME) || !(after.value() >= 0)) {
            throw new IllegalArgumentException(
                    "A substitution's 'after' must be a time of 0 months or more, not " + after);
        }
    }

    /** The share of the need that can be done without in the {@code month}-th month short (1 the first). */
    public double limitAt(int month) {
        double ramp = after.to(Units.MONTH).value();
        return ramp <= 0 ? limit : limit * Math.min(1, month / ramp);
    }
}
