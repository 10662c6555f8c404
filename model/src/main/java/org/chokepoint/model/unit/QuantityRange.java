package org.chokepoint.model.unit;

import java.util.Objects;

/**
 * A range as a source states it ("30-40%", "2800萬至3200萬美元"): both ends in one unit, low not
 * above high.
 */
public record QuantityRange(Quantity low, Quantity high) implements Amount {

    public QuantityRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (!low.unit().equals(high.unit())) {
            high = high.to(low.unit());
        }
        if (low.value() > high.value()) {
            throw new IllegalArgumentException("A range's low end " + low + " is above its high end " + high);
        }
    }

    @Override
    public Unit unit() {
        return low.unit();
    }

    @Override
    public Quantity central() {
        return new Quantity((low.value() + high.value()) / 2, low.unit());
    }

    @Override
    public String toString() {
        return QuantityFormat.number(low.value()) + "-" + QuantityFormat.format(high);
    }
}
