package org.chokepoint.model.commodity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The users of a stage from its chain: its own end uses and those of every later stage it
     * feeds, through the coefficients, with the links that lead there. Stages in {@code modelled}
     * are left out with everything beyond them: a scenario that models a later stage reports its
     * users from that stage's own market.
     */
    public List<ChainUse> usersOf(StageId stage, Set<StageId> modelled) {
        List<ChainUse> users = new ArrayList<>();
        collect(stage, List.of(), modelled, users);
        return users;
    }

    private void collect(StageId stage, List<InputCoefficient> path, Set<StageId> modelled, List<ChainUse> users) {
        for (EndUse use : usesOf(stage)) {
            users.add(new ChainUse(use, path));
        }
        for (InputCoefficient link : coefficients) {
            boolean visited = link.output().equals(stage)
                    || path.stream().anyMatch(l -> l.input().equals(link.output()));
            if (link.input().equals(stage) && !modelled.contains(link.output()) && !visited) {
                List<InputCoefficient> next = new ArrayList<>(path);
                next.add(link);
                collect(link.output(), next, modelled, users);
            }
        }
    }
}
