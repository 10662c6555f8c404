package org.chokepoint.engine.instrument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.spec.Measure;
import org.chokepoint.engine.spec.Period;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.unit.IncompatibleDimensionsException;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;

/**
 * What a shock is bound against: a baseline's regions (region ids of the spec become region
 * indices: a country with all its varieties, one variety, a group by its members on the start
 * date, or a group that is itself a region, ROW), the scenario's months, and the baseline's units.
 * Errors name the spec's field path.
 */
public final class Binding {

    private final ReferenceData reference;
    private final Baseline baseline;
    private final YearMonth start;
    private final YearMonth end;
    private final String path;

    /** Binding for the shocks under {@code path} ("shocks", "upstream.shocks"). */
    public Binding(ReferenceData reference, Baseline baseline, YearMonth start, YearMonth end, String path) {
        this.reference = reference;
        this.baseline = baseline;
        this.start = start;
        this.end = end;
        this.path = path;
    }

    /** The same binding for the fields of one item, e.g. "shocks[2]". */
    public Binding at(String item) {
        return new Binding(reference, baseline, start, end, item);
    }

    public Baseline baseline() {
        return baseline;
    }

    /** An error at {@code field} of the current item. */
    public BindingException error(String field, String problem, String advice) {
        return new BindingException(field.isEmpty() ? path : path + "." + field, problem, advice);
    }

    /** An error at {@code field} with no advice beyond the message. */
    public BindingException error(String field, String problem) {
        return error(field, problem, "");
    }

    /** The regions named by {@code ids} in {@code field}, each once, in order. */
    public List<Integer> regions(List<String> ids, String field) {
        Set<Integer> regions = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            regions.addAll(named(ids.get(i), ids.size() == 1 ? field : field + "[" + i + "]"));
        }
        return new ArrayList<>(regions);
    }

    /** The one region {@code id} names. */
    public int region(String id, String field) {
        List<Integer> regions = named(id, field);
        if (regions.size() != 1) {
            throw error(field, id + " names " + regions.size() + " regions where one is needed");
        }
        return regions.get(0);
    }

    /** Every region of the baseline except {@code excluded}. */
    public List<Integer> allExcept(List<Integer> excluded) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < baseline.regions().size(); i++) {
            if (!excluded.contains(i)) {
                all.add(i);
            }
        }
        return all;
    }

    /** "USA, JPN, KOR": region indices as descriptions write them. */
    public String names(List<Integer> regions) {
        return regions.stream().map(i -> baseline.regions().get(i)).collect(Collectors.joining(", "));
    }

    private List<Integer> named(String id, String field) {
        if (baseline.indexOf(id) >= 0) {
            return List.of(baseline.indexOf(id)); // ROW, a variety, or a group that is a region
        }
        Optional<CountryGroup> group = reference.groups().find(id);
        if (group.isPresent()) {
            List<Integer> members = new ArrayList<>();
            for (var member : group.get().membersOn(LocalDate.of(start.getYear(), start.getMonth(), 1))) {
                members.addAll(baseline.regionsOf(member.alpha3()));
            }
            if (members.isEmpty()) {
                throw error(
                        field,
                        "no member of " + id + " on " + start + " is a region of the baseline " + baseline.id(),
                        "The baseline's regions: " + String.join(", ", baseline.regions()) + ".");
            }
            return members;
        }
        List<Integer> regions = baseline.regionsOf(id);
        if (regions.isEmpty()) {
            String label = reference.countries().find(id).map(c -> c.label()).orElse(id);
            throw error(
                    field,
                    label + " is not a region of the baseline " + baseline.id() + "; it is part of " + containing(id)
                            + " there",
                    "The baseline's regions: " + String.join(", ", baseline.regions())
                            + ". Target the region that holds it, or use a baseline that lists it.");
        }
        return regions;
    }

    /** The group region of the baseline that holds a country, else ROW. */
    private String containing(String country) {
        LocalDate day = LocalDate.of(start.getYear(), start.getMonth(), 1);
        for (String region : baseline.regions()) {
            Optional<CountryGroup> group = reference.groups().find(region);
            if (group.isPresent()
                    && group.get().membersOn(day).stream()
                            .anyMatch(m -> m.alpha3().equals(country))) {
                return region;
            }
        }
        return Baseline.REST_OF_WORLD;
    }

    /** The months of a shock: from its {@code from} (the scenario's start by default) to its {@code until}. */
    public Window window(Period period) {
        YearMonth from = period.from().orElse(start);
        if (from.isAfter(end)) {
            throw error(
                    "from",
                    "starts after the scenario's horizon ends (" + end + ")",
                    "Start it earlier or lengthen 'months'.");
        }
        return new Window(from, period.until());
    }

    /** The baseline's unit of quantity, e.g. t. */
    public Unit unit() {
        return Units.parse(baseline.unit());
    }

    /** Money per the baseline's unit, e.g. USD/t: the unit of prices, costs and floors. */
    public Unit moneyPerUnit() {
        return Units.parse("USD").per(unit());
    }

    /** A route's two ends, seller then buyer, refused when they are one region. */
    public int[] route(String seller, String buyer) {
        int s = region(seller, "seller");
        int d = region(buyer, "buyer");
        if (s == d) {
            throw error("buyer", "a route from " + seller + " to " + buyer + " stays in one region");
        }
        return new int[] {s, d};
    }

    /** An amount of the good in the baseline's unit (a stock of 5 kt in a market counted in t is 5,000). */
    public double amount(Quantity quantity, String field) {
        if (quantity.value() == 0) {
            return 0; // nothing is nothing in any unit
        }
        return in(new Measure(new Parameter.Fixed(quantity.value()), quantity.unit()), unit(), field)
                .central();
    }

    /** A quantity in {@code target}, refused when its dimension does not fit. */
    public Parameter in(Measure measure, Unit target, String field) {
        try {
            return measure.in(target);
        } catch (IncompatibleDimensionsException e) {
            throw error(
                    field,
                    e.getMessage(),
                    "The baseline " + baseline.id() + " counts in " + baseline.unit() + "; write it in "
                            + target.symbol() + " or a unit of the same kind.");
        }
    }
}
