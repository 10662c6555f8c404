package org.chokepoint.engine.backtest;

import java.util.List;
import java.util.Objects;
import org.chokepoint.engine.run.ScenarioResult;

/**
 * An episode's verdicts, one per reported outcome in its order, and the scenario's result they
 * were read from. The episode passes when the model moved every reported quantity the reported
 * way and its headline outcome lies within tolerance.
 */
public record EpisodeResult(Episode episode, ScenarioResult result, List<Verdict> verdicts) {

    public EpisodeResult {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(result, "result");
        verdicts = List.copyOf(verdicts);
    }

    public boolean passes() {
        return verdicts.stream().allMatch(Verdict::directionRight)
                && verdicts.stream().filter(v -> v.outcome().headline()).allMatch(Verdict::withinTolerance);
    }
}
