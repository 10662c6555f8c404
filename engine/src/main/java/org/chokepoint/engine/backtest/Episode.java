package org.chokepoint.engine.backtest;

import java.util.List;
import java.util.Objects;
import org.chokepoint.engine.scenario.Scenario;

/**
 * A real episode to test the model against: the policy as enacted, bound to the baseline before it
 * (a {@link Scenario}), and what was reported to have happened.
 *
 * @param name the episode's id, its file name without {@code .yaml}
 * @param title what happened, in a line
 * @param file the file it was read from
 * @param scenario the policy as enacted on the pre-episode baseline
 * @param outcomes the reported outcomes, exactly one of them the headline
 */
public record Episode(String name, String title, String file, Scenario scenario, List<Outcome> outcomes) {

    public Episode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        outcomes = List.copyOf(outcomes);
        if (outcomes.stream().filter(Outcome::headline).count() != 1) {
            throw new IllegalArgumentException("Episode " + name + " needs exactly one headline outcome");
        }
    }

    /** The outcome whose tolerance decides the episode. */
    public Outcome headline() {
        return outcomes.stream().filter(Outcome::headline).findFirst().orElseThrow();
    }
}
