package org.chokepoint.engine.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.spec.Elasticities;
import org.chokepoint.engine.spec.ScenarioSpec;

/**
 * A scenario bound to its baseline, ready to run: the {@link ScenarioSpec} it was bound from (which
 * a run writes back beside its results), the baseline, and the shocks and stocks as the runtime
 * needs them (region indices, quantities in the baseline's units).
 *
 * @param spec the scenario as data
 * @param file where it was read from, for errors and results
 * @param baseline the market it starts from
 * @param limits the physical limits in force in every month, with and without the shocks
 * @param shocks the instruments, in the spec's order
 * @param inventories commercial stocks by region
 * @param upstream the stage before the good in its chain, if the scenario links one
 * @param warnings what the reader noticed (old keys), for the user
 */
public record Scenario(
        ScenarioSpec spec,
        String file,
        Baseline baseline,
        List<Instrument> limits,
        List<Instrument> shocks,
        List<Inventory> inventories,
        Optional<Upstream> upstream,
        List<String> warnings) {

    public Scenario {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(baseline, "baseline");
        limits = List.copyOf(limits);
        shocks = List.copyOf(shocks);
        inventories = List.copyOf(inventories);
        Objects.requireNonNull(upstream, "upstream");
        warnings = List.copyOf(warnings);
    }

    public String name() {
        return spec.name();
    }

    public String question() {
        return spec.question();
    }

    /** The market model's name. */
    public String model() {
        return spec.model();
    }

    public YearMonth start() {
        return spec.start();
    }

    public int months() {
        return spec.months();
    }

    public Elasticities elasticities() {
        return spec.elasticities();
    }

    /**
     * The stages before the good, nearest first (metals, then compounds for magnets); empty when the
     * scenario links none.
     */
    public List<Upstream> chain() {
        List<Upstream> stages = new ArrayList<>();
        for (Optional<Upstream> next = upstream;
                next.isPresent();
                next = next.get().upstream()) {
            stages.add(next.get());
        }
        return stages;
    }

    /** Monte Carlo draws (0 for a single run at central values). */
    public int draws() {
        return spec.monteCarlo().draws();
    }

    public long seed() {
        return spec.monteCarlo().seed();
    }

    /** The last month of the horizon. */
    public YearMonth end() {
        return spec.end();
    }

    /** The same scenario with other Monte Carlo settings, as the command line may ask. */
    public Scenario withDraws(int draws, long seed) {
        return new Scenario(
                spec.withMonteCarlo(new ScenarioSpec.MonteCarlo(draws, seed)),
                file,
                baseline,
                limits,
                shocks,
                inventories,
                upstream,
                warnings);
    }
}
