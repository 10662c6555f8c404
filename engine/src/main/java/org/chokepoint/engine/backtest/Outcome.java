package org.chokepoint.engine.backtest;

import java.util.Objects;
import org.chokepoint.model.unit.Quantity;

/**
 * One reported outcome of a real episode and how the model is judged on it: what was measured, the
 * model measure it is compared with, the reported change, its direction, the tolerance stated
 * before the model was run, whether it is the episode's headline, and its source.
 *
 * @param measured what the source measured, in words
 * @param measure the model's counterpart
 * @param reported the reported change, in %
 * @param direction which way it moved
 * @param tolerance how far from {@code reported} the model may be and still pass, in the same unit
 * @param headline whether this is the episode's headline outcome (exactly one is)
 * @param source where it was reported
 */
public record Outcome(
        String measured,
        ModelMeasure measure,
        Quantity reported,
        Direction direction,
        Quantity tolerance,
        boolean headline,
        ReportedSource source) {

    public Outcome {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(source, "source");
        if (!reported.unit().isCompatibleWith(tolerance.unit())) {
            throw new IllegalArgumentException("A tolerance of " + tolerance + " cannot bound " + reported);
        }
    }
}
