package org.chokepoint.engine.backtest;

import java.util.List;

/**
 * An episode's verdicts, one per reported outcome in its order. The episode passes when the model
 * moved every reported quantity the reported way and its headline outcome lies within tolerance.
 */
public record EpisodeResult(Episode episode, List<Verdict> verdicts) {

    public EpisodeResult {
        verdicts = List.copyOf(verdicts);
    }

    public boolean passes() {
        return verdicts.stream().allMatch(Verdict::directionRight)
                && verdicts.stream().filter(v -> v.outcome().headline()).allMatch(Verdict::withinTolerance);
    }
}
