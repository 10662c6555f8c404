package org.chokepoint.model.commodity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A commodity followed through its stages from ore to end use, with the input coefficients that
 * link the stages and the industries that use them. Shocks propagate along these links.
 */
public record Chain(
        ChainId id,
        String english,
        List<String> chinese,
        List<String> aliases,
        List<Stage> stages,
        List<InputCoefficient> coefficients,
        List<EndUse> endUses) {

    public Chain {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        chinese = List.copyOf(chinese);
        aliases = List.copyOf(aliases);
        stages = List.copyOf(stages);
        coefficients = List.copyOf(coefficients);
        endUses = List.copyOf(endUses);
    }

    public Optional<Stage> stage(StageId id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The coefficients whose output is the given stage. */
    public List<InputCoefficient> inputsOf(StageId output) {
        return coefficients.stream().filter(c -> c.output().equals(output)).toList();
    }

    /** The industries that use the given stage. */
    public List<EndUse> usesOf(StageId stage) {
        return endUses.stream().filter(u -> u.stage().equals(stage)).toList();
    }
}
