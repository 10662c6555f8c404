package org.chokepoint.engine.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Instrument;

/**
 * A validated scenario: the question it answers, its baseline, model and horizon of monthly steps,
 * elasticities, the shocks (instruments with their months) and Monte Carlo settings.
 *
 * @param name short name, e.g. "china-magnet-export-ban"
 * @param question what it answers, in a sentence
 * @param file the file it was read from
 * @param baseline the market it starts from
 * @param model the market model's name
 * @param start the first month
 * @param months how many monthly steps
 * @param elasticities the model's parameters
 * @param shocks the instruments, in file order
 * @param inventories commercial stocks by region
 * @param upstream the stage before the good in its chain, if the scenario links one
 * @param draws Monte Carlo draws (0 for a single run at central values)
 * @param seed the seed of the draws
 */
public record Scenario(
        String name,
        String question,
        String file,
        Baseline baseline,
        String model,
        YearMonth start,
        int months,
        Elasticities elasticities,
        List<Instrument> shocks,
        List<Inventory> inventories,
        Optional<Upstream> upstream,
        int draws,
        long seed) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        shocks = List.copyOf(shocks);
        inventories = List.copyOf(inventories);
        Objects.requireNonNull(upstream, "upstream");
    }

    /** The last month of the horizon. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    /** The same scenario with other Monte Carlo settings, as the command line may ask. */
    public Scenario withDraws(int draws, long seed) {
        return new Scenario(
                name,
                question,
                file,
                baseline,
                model,
                start,
                months,
                elasticities,
                shocks,
                inventories,
                upstream,
                draws,
                seed);
    }
}
