package org.chokepoint.engine.spec;

import java.util.Map;
import java.util.Optional;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * The elasticities of a scenario's market (engine.md section 2): substitution between origins
 * (sigma), composite demand (epsilon) and supply (eta), each a number or a distribution, with
 * overrides by region; and, optionally, long-run values that the short-run ones move to in a
 * straight line over some months (engine.md section 5: short-run elasticities first, long-run later);
 * and the choke price of demand, as a multiple of the price in the month without shocks: the price
 * at which a buyer would rather go without, up to which a rationed region's loss is priced.
 */
public record Elasticities(
        Parameter substitution,
        Parameter demand,
        Parameter supply,
        Map<String, Map<String, Parameter>> byRegion,
        Optional<LongRun> longRun,
        Parameter chokePrice) {

    /** The choke price when a scenario gives none: ten times the price, an assumption for every good. */
    public static final Parameter DEFAULT_CHOKE_PRICE = new Parameter.Fixed(10);

    /** Long-run elasticities for every region and the months it takes to reach them. */
    public record LongRun(Parameter substitution, Parameter demand, Parameter supply, int months) {
        public LongRun {
            if (months < 1) {
                throw new IllegalArgumentException("The long run is at least a month away, not " + months);
            }
        }

        Parameter of(String name) {
            return pick(name, substitution, demand, supply);
        }
    }

    public Elasticities {
        byRegion = Map.copyOf(byRegion);
        java.util.Objects.requireNonNull(longRun, "longRun");
        java.util.Objects.requireNonNull(chokePrice, "chokePrice");
    }

    /**
     * The value of elasticity {@code name} for a region in the {@code elapsed}-th month of a run (0 in
     * the first), in one draw: short run, moving in a straight line to long run.
     */
    public double at(String name, String region, int elapsed, Draw draw) {
        double shortRun = draw.value(of(name, region));
        if (longRun.isEmpty()) {
            return shortRun;
        }
        double weight = Math.min(1.0, elapsed / (double) longRun.get().months());
        double value = shortRun + weight * (draw.value(longRun.get().of(name)) - shortRun);
        return name.equals("substitution") && Math.abs(value - 1) < 1e-6 ? 1 + 1e-6 : value;
    }

    /** The parameter {@code name} ("substitution", "demand", "supply") for a region. */
    private Parameter of(String name, String region) {
        Map<String, Parameter> overrides = byRegion.get(region);
        if (overrides != null && overrides.containsKey(name)) {
            return overrides.get(name);
        }
        return pick(name, substitution, demand, supply);
    }

    private static Parameter pick(String name, Parameter substitution, Parameter demand, Parameter supply) {
        switch (name) {
            case "substitution":
                return substitution;
            case "demand":
                return demand;
            case "supply":
                return supply;
            default:
                throw new IllegalArgumentException("No elasticity named " + name);
        }
    }
}
