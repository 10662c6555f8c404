package org.chokepoint.engine.scenario;

import java.util.Map;
import org.chokepoint.engine.uncertainty.Parameter;

/**
 * The elasticities of a scenario's market (engine.md section 2): substitution between origins
 * (sigma), composite demand (epsilon) and supply (eta), each a number or a distribution, with
 * overrides by region.
 */
public record Elasticities(
        Parameter substitution, Parameter demand, Parameter supply, Map<String, Map<String, Parameter>> byRegion) {

    public Elasticities {
        byRegion = Map.copyOf(byRegion);
    }

    /** The parameter {@code name} ("substitution", "demand", "supply") for a region. */
    public Parameter of(String name, String region) {
        Map<String, Parameter> overrides = byRegion.get(region);
        if (overrides != null && overrides.containsKey(name)) {
            return overrides.get(name);
        }
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
