package org.chokepoint.engine.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.spec.Elasticities;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * The stage before a scenario's good in its chain (engine.md section 4): its own baseline,
 * elasticities and shocks, and which of the good's sellers make it from which upstream buyers'
 * supply, and the stage before it in turn if the chain goes further up. A seller's output is
 * limited by the inputs its buyers get (a Leontief step), and a seller that makes less buys less of
 * the input (derived demand); the stages are solved in turn each month until they agree.
 *
 * @param baseline the upstream market
 * @param elasticities its elasticities
 * @param shocks its instruments
 * @param inputs who turns the input into the good of the stage below
 * @param upstream the stage before this one, if the chain goes further up
 */
public record Upstream(
        Baseline baseline,
        Elasticities elasticities,
        List<Instrument> shocks,
        List<Input> inputs,
        Optional<Upstream> upstream) {

    public Upstream {
        Objects.requireNonNull(baseline, "baseline");
        shocks = List.copyOf(shocks);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(upstream, "upstream");
    }

    /**
     * A seller of the stage below's good (its region index) that makes it from the supply of
     * some upstream buyers (upstream region indices), and the share of those buyers' use of the
     * input that goes into it.
     */
    public record Input(int seller, List<Integer> from, Parameter shareOfTheirUse) {
        public Input {
            from = List.copyOf(from);
        }
    }
}
