package org.chokepoint.engine.spec;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;

/**
 * A scenario as data: what an analyst writes, shares and re-runs, and what the command line, the
 * API, the web app and a cluster exchange. It names regions and groups by id, holds quantities
 * with their units and uncertain parameters as distributions, and is bound to nothing: a {@code
 * ScenarioBinder} turns it and its baseline into the runtime scenario. {@link ScenarioReader} reads
 * it from YAML and {@link ScenarioWriter} writes it back, so that {@code read(write(spec))} equals
 * {@code spec}.
 *
 * @param name short name, e.g. "china-magnet-export-ban"
 * @param question what it answers, in a sentence
 * @param baseline the baseline: a shipped id, or a path relative to the scenario's folder
 * @param model the market model's name
 * @param start the first month
 * @param months how many monthly steps
 * @param elasticities the model's parameters
 * @param limits physical limits that hold before the shock as after it (liquefaction, pipeline
 *     capacity), in force in the month without shocks too, so every change is the shocks' alone
 * @param shocks the instruments, in file order
 * @param inventories commercial stocks by region
 * @param upstream the stage before the good in its chain, if the scenario links one
 * @param monteCarlo the draws and their seed
 */
public record ScenarioSpec(
        String name,
        String question,
        String baseline,
        String model,
        YearMonth start,
        int months,
        Elasticities elasticities,
        List<Shock> limits,
        List<Shock> shocks,
        List<Stocks> inventories,
        Optional<UpstreamSpec> upstream,
        MonteCarlo monteCarlo) {

    /** The most Monte Carlo draws a run takes. */
    public static final int MAX_DRAWS = 100_000;

    /** The instruments that may stand among the limits: physical limits, not policies. */
    public static final Set<String> LIMITS = Set.of("capacity");

    /** The longest horizon, in months. */
    public static final int MAX_MONTHS = 600;

    public ScenarioSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(elasticities, "elasticities");
        limits = List.copyOf(limits);
        for (Shock limit : limits) {
            if (!LIMITS.contains(limit.instrument())) {
                throw new IllegalArgumentException("A " + limit.instrument() + " is a shock, not a limit");
            }
        }
        shocks = List.copyOf(shocks);
        inventories = List.copyOf(inventories);
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(monteCarlo, "monteCarlo");
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("A horizon of 1 to " + MAX_MONTHS + " months, not " + months);
        }
    }

    /** The last month of the horizon. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    /** The same scenario with other Monte Carlo settings, as the command line may ask. */
    public ScenarioSpec withMonteCarlo(MonteCarlo monteCarlo) {
        return new ScenarioSpec(
                name,
                question,
                baseline,
                model,
                start,
                months,
                elasticities,
                limits,
                shocks,
                inventories,
                upstream,
                monteCarlo);
    }

    /** Monte Carlo settings: how many draws (0 for one run at central values) and their seed. */
    public record MonteCarlo(int draws, long seed) {

        /** One run at central values. */
        public static final MonteCarlo NONE = new MonteCarlo(0, 1);

        public MonteCarlo {
            if (draws < 0 || draws > MAX_DRAWS) {
                throw new IllegalArgumentException("Between 0 and " + MAX_DRAWS + " draws, not " + draws);
            }
        }
    }

    /**
     * Commercial stocks a region holds (engine.md section 5): full at {@code cover} of baseline
     * purchases, refilled over {@code refill} once supply is back, drawn no faster than {@code
     * maxDraw} of purchases a month (unlimited when absent).
     *
     * @param cover the stock when full, as a time of baseline purchases (2 months)
     * @param refill how long a full refill takes (whole months)
     * @param maxDraw the most drawn in a month, as a time of baseline purchases (0.25 months)
     */
    public record Stocks(String region, Quantity cover, Quantity refill, Optional<Quantity> maxDraw) {
        public Stocks {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(cover, "cover");
            Objects.requireNonNull(refill, "refill");
            Objects.requireNonNull(maxDraw, "maxDraw");
        }
    }

    /**
     * The stage before the good in its chain (engine.md section 4): its baseline, elasticities and
     * shocks, which of the good's sellers make it from which upstream buyers' supply, and the stage
     * before it in turn, if the chain goes further up (ore, compounds, metals, magnets).
     */
    public record UpstreamSpec(
            String baseline,
            Elasticities elasticities,
            List<Shock> shocks,
            List<Input> inputs,
            Optional<UpstreamSpec> upstream) {
        public UpstreamSpec {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(elasticities, "elasticities");
            shocks = List.copyOf(shocks);
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(upstream, "upstream");
        }

        /**
         * Sellers of the good (downstream regions) that make it from the supply of some upstream
         * buyers, and the share of those buyers' use of the input that goes into it.
         */
        public record Input(List<String> seller, List<String> from, Parameter share) {
            public Input {
                seller = List.copyOf(seller);
                from = List.copyOf(from);
                Objects.requireNonNull(share, "share");
            }
        }
    }
}
