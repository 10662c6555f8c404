package org.chokepoint.engine.uncertainty;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The values of a scenario's uncertain parameters and baseline figures in one run: central values
 * (the stated figures) for a single run, one draw per parameter and per figure with a {@link Spread}
 * for a Monte Carlo draw (the same value in every month of the run). Figures are drawn from a stream
 * of their own, so a baseline that gains a range leaves the parameters' draws as they were.
 */
public final class Draw {

    private final SplittableRandom random;
    private final SplittableRandom data;
    private final Map<Parameter, Double> values = new IdentityHashMap<>();
    private final Map<Spread, Double> figures = new IdentityHashMap<>();

    private Draw(SplittableRandom random, SplittableRandom data) {
        this.random = random;
        this.data = data;
    }

    /** Every parameter at its central value, every figure as stated. */
    public static Draw central() {
        return new Draw(null, null);
    }

    /** Draw number {@code index} of a run seeded with {@code seed}: the same seed gives the same draws. */
    public static Draw number(long seed, int index) {
        return new Draw(
                new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index),
                new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + index + 0x165667B19E3779F9L));
    }

    /** A baseline figure in this draw: as stated in a central run, else drawn once from its spread. */
    public synchronized double figure(double stated, Spread spread) {
        if (data == null) {
            return stated;
        }
        return figures.computeIfAbsent(spread, s -> s.draw(stated, data));
    }

    public synchronized double value(Parameter parameter) {
        return values.computeIfAbsent(parameter, p -> random == null ? p.central() : p.draw(random));
    }
}
