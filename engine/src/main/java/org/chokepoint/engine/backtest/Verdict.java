package org.chokepoint.engine.backtest;

import org.chokepoint.model.unit.Quantity;

/**
 * The model's answer to one reported outcome: its value of the outcome's measure, whether it moved
 * the reported way, and whether it lies within the stated tolerance of the reported value.
 */
public record Verdict(Outcome outcome, Quantity model) {

    /** How far the model is from the reported value (model minus reported), in the reported unit. */
    public Quantity gap() {
        return model.to(outcome.reported().unit()).minus(outcome.reported());
    }

    public boolean directionRight() {
        return outcome.direction().matches(model.value());
    }

    public boolean withinTolerance() {
        double gap = Math.abs(gap().value());
        return gap <= outcome.tolerance().to(outcome.reported().unit()).value();
    }

    /** The outcome passes: the model moved the reported way and lies within the tolerance. */
    public boolean passes() {
        return directionRight() && withinTolerance();
    }
}
