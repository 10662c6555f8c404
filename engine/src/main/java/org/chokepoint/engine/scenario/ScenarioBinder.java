package org.chokepoint.engine.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.instrument.Binding;
import org.chokepoint.engine.instrument.BindingException;
import org.chokepoint.engine.instrument.Instrument;
import org.chokepoint.engine.instrument.Instruments;
import org.chokepoint.engine.spec.Elasticities;
import org.chokepoint.engine.spec.ScenarioSpec;
import org.chokepoint.engine.spec.Shock;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.InputCoefficient;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;

/**
 * Binds a {@link ScenarioSpec} to its baselines and the reference data: region ids become region
 * indices, quantities the baseline's units, shocks instruments, and what cannot hold in that
 * baseline is refused (a region it does not have, stocks of a region twice, an upstream good that
 * is no input of the good). Errors are {@link BindingException}s naming the spec's field path.
 */
public final class ScenarioBinder {

    private final ReferenceData reference;
    private final BiFunction<String, String, Baseline> baselines;

    /**
     * A binder that finds a baseline by the spec's reference to it and the field that holds it
     * ({@code baseline}, {@code upstream.baseline}), which its errors name.
     */
    public ScenarioBinder(ReferenceData reference, BiFunction<String, String, Baseline> baselines) {
        this.reference = reference;
        this.baselines = baselines;
    }

    public Scenario bind(ScenarioSpec spec, String file, List<String> warnings) {
        Baseline baseline = baselines.apply(spec.baseline(), "baseline");
        checkRegions(spec.elasticities(), baseline, "elasticities.by_region");
        List<Instrument> limits = shocks(spec.limits(), baseline, spec, "limits");
        List<Instrument> shocks = shocks(spec.shocks(), baseline, spec, "shocks");
        List<Inventory> inventories = new ArrayList<>();
        for (int i = 0; i < spec.inventories().size(); i++) {
            ScenarioSpec.Stocks stocks = spec.inventories().get(i);
            Binding at = binding(baseline, spec, "inventories[" + i + "]");
            String region = baseline.regions().get(at.region(stocks.region(), "region"));
            inventories.add(new Inventory(
                    region,
                    months(stocks.cover()),
                    (int) Math.round(months(stocks.refill())),
                    stocks.maxDraw().map(ScenarioBinder::months).orElse(Double.POSITIVE_INFINITY)));
        }
        Optional<Upstream> upstream = spec.upstream().map(up -> upstream(up, baseline, spec, "upstream"));
        return new Scenario(spec, file, baseline, limits, shocks, inventories, upstream, warnings);
    }

    private static double months(Quantity time) {
        return time.to(Units.MONTH).value();
    }

    private Binding binding(Baseline baseline, ScenarioSpec spec, String path) {
        return new Binding(reference, baseline, spec.start(), spec.end(), path);
    }

    private List<Instrument> shocks(List<Shock> shocks, Baseline baseline, ScenarioSpec spec, String path) {
        List<Instrument> bound = new ArrayList<>();
        for (int i = 0; i < shocks.size(); i++) {
            bound.add(Instruments.bind(shocks.get(i), binding(baseline, spec, path + "[" + i + "]")));
        }
        return bound;
    }

    private static void checkRegions(Elasticities elasticities, Baseline baseline, String path) {
        for (String region : elasticities.byRegion().keySet()) {
            if (baseline.indexOf(region) < 0) {
                throw new BindingException(
                        path + "." + region,
                        "'" + region + "' is not a region of the baseline " + baseline.id(),
                        "Regions: " + String.join(", ", baseline.regions()) + ".");
            }
        }
    }

    /** The stage {@code spec} before {@code downstream}, at {@code path} ("upstream.upstream"), and those before it. */
    private Upstream upstream(ScenarioSpec.UpstreamSpec spec, Baseline downstream, ScenarioSpec scenario, String path) {
        Baseline baseline = baselines.apply(spec.baseline(), path + ".baseline");
        requireInput(baseline, downstream, path + ".baseline");
        checkRegions(spec.elasticities(), baseline, path + ".elasticities.by_region");
        List<Instrument> shocks = shocks(spec.shocks(), baseline, scenario, path + ".shocks");
        List<Upstream.Input> inputs = new ArrayList<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            ScenarioSpec.UpstreamSpec.Input input = spec.inputs().get(i);
            String at = path + ".inputs[" + i + "]";
            List<Integer> from = binding(baseline, scenario, at).regions(input.from(), "from");
            for (int seller : binding(downstream, scenario, at).regions(input.seller(), "seller")) {
                inputs.add(new Upstream.Input(seller, from, input.share()));
            }
        }
        Optional<Upstream> before = spec.upstream().map(up -> upstream(up, baseline, scenario, path + ".upstream"));
        return new Upstream(baseline, spec.elasticities(), shocks, inputs, before);
    }

    /** Refuses an upstream stage that is not an input, at any remove, of the good in its chain. */
    private void requireInput(Baseline upstream, Baseline good, String path) {
        Chain chain = reference.commodities().find(good.chain()).orElseThrow();
        boolean input = upstream.chain().equals(good.chain());
        if (input) {
            Set<StageId> seen = new HashSet<>();
            Deque<StageId> next = new ArrayDeque<>(List.of(new StageId(good.stage())));
            input = false;
            while (!next.isEmpty() && !input) {
                for (InputCoefficient coefficient : chain.inputsOf(next.pop())) {
                    input |= coefficient.input().equals(new StageId(upstream.stage()));
                    if (seen.add(coefficient.input())) {
                        next.add(coefficient.input());
                    }
                }
            }
        }
        if (!input) {
            throw new BindingException(
                    path,
                    upstream.good() + " is not an input of " + good.good() + " in the reference chains",
                    "See `chokepoint commodities " + good.chain() + "` for the stages that feed " + good.stage() + ".");
        }
    }
}
