package org.chokepoint.engine.uncertainty;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The values of a scenario's uncertain parameters in one run: central values for a single run, one
 * draw per parameter for a Monte Carlo draw (the same value in every month of the run).
 */
public final class Draw {

    private final SplittableRandom random;
    private final Map<Parameter, Double> values = new IdentityHashMap<>();

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    /** Every parameter at its central value. */
    public static Draw central() {
        return new Draw(null);
    }

    /** Draw number {@code index} of a run seeded with {@code seed}: the same seed gives the same draws. */
    public static Draw number(long seed, int index) {
        return new Draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index));
    }

    public synchronized double value(Parameter parameter) {
        return values.computeIfAbsent(parameter, p -> random == null ? p.central() : p.draw(random));
    }
}
