package org.chokepoint.engine.instrument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.engine.baseline.Baseline;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.engine.uncertainty.Parameters;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.text.EditDistance;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.YamlNode;

/**
 * Reads the common fields of shocks against a baseline: regions (countries by any name, groups by
 * their members on the scenario's start date, ROW), months, numbers and distributions. Every error
 * names the field and suggests a fix.
 */
public final class ShockReader {

    private final ReferenceData reference;
    private final Baseline baseline;
    private final YearMonth start;
    private final YearMonth end;

    public ShockReader(ReferenceData reference, Baseline baseline, YearMonth start, YearMonth end) {
        this.reference = reference;
        this.baseline = baseline;
        this.start = start;
        this.end = end;
    }

    public Baseline baseline() {
        return baseline;
    }

    /** One region of the baseline. */
    public int region(YamlNode node) {
        List<Integer> regions = regions(node);
        if (regions.size() != 1) {
            throw node.error("names " + regions.size() + " regions where one is needed");
        }
        return regions.get(0);
    }

    /**
     * Regions of the baseline named by a scalar or a list: countries (with all their varieties),
     * one variety ("RUS/arctic-lng-2"), groups (their members on the start date) or ROW.
     */
    public List<Integer> regions(YamlNode node) {
        List<YamlNode> names = node.kind() == YamlNode.Kind.SEQUENCE ? node.items() : List.of(node);
        Set<Integer> regions = new LinkedHashSet<>();
        for (YamlNode name : names) {
            regions.addAll(regionsNamed(name));
        }
        return new ArrayList<>(regions);
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

    private List<Integer> regionsNamed(YamlNode node) {
        String text = node.text();
        if (text.equalsIgnoreCase(Baseline.REST_OF_WORLD)) {
            return baseline.regionsOf(Baseline.REST_OF_WORLD);
        }
        if (baseline.indexOf(text) >= 0) {
            return List.of(baseline.indexOf(text)); // a variety such as RUS/arctic-lng-2
        }
        Optional<Country> country = reference.countries().find(text);
        if (country.isPresent()) {
            List<Integer> regions = baseline.regionsOf(country.get().id().alpha3());
            // helper-gsim (issue 11): a member of a group region (DEU when the baseline has EU27) is not its own region
            for (var group : reference.groups().groupsOf(country.get().id(), start.atDay(1))) {
                if (regions.isEmpty() && baseline.indexOf(group.code()) >= 0) {
                    throw node.error(
                            country.get().id().alpha3() + " is part of " + group.code() + " in this baseline",
                            "Target " + group.code() + ", or use a baseline that lists "
                                    + country.get().id().alpha3() + " on its own.");
                }
            }
            if (regions.isEmpty()) {
                throw node.error(
                        country.get().label() + " is not a region of the baseline " + baseline.id()
                                + "; it is part of ROW there",
                        "The baseline's regions: " + String.join(", ", baseline.regions())
                                + ". Target ROW, or use a baseline that lists it.");
            }
            return regions;
        }
        Optional<CountryGroup> group = reference.groups().find(text);
        // helper-gsim (issue 11): a group that is itself a region of the baseline (EU27) is that region
        if (group.isPresent() && baseline.indexOf(group.get().id().code()) >= 0) {
            return List.of(baseline.indexOf(group.get().id().code()));
        }
        if (group.isPresent()) {
            List<Integer> members = new ArrayList<>();
            for (var member : group.get().membersOn(LocalDate.of(start.getYear(), start.getMonth(), 1))) {
                members.addAll(baseline.regionsOf(member.alpha3()));
            }
            if (members.isEmpty()) {
                throw node.error(
                        "no member of " + text + " on " + start + " is a region of the baseline " + baseline.id(),
                        "The baseline's regions: " + String.join(", ", baseline.regions()) + ".");
            }
            return members;
        }
        throw node.error(
                "unknown country or group '" + text + "'",
                suggestion(text) + "Regions of the baseline " + baseline.id() + ": "
                        + String.join(", ", baseline.regions()) + "; groups: "
                        + String.join(
                                ", ",
                                reference.groups().all().stream()
                                        .map(g -> g.id().code())
                                        .toList()) + ".");
    }

    private String suggestion(String text) {
        List<String> candidates = new ArrayList<>(baseline.regions());
        reference.groups().all().forEach(group -> candidates.add(group.id().code()));
        for (String id : baseline.regions()) {
            reference.countries().find(id).ifPresent(c -> candidates.add(c.english()));
        }
        return EditDistance.closestIgnoringCase(text, candidates)
                .map(best -> "Did you mean " + best + "? ")
                .orElse("");
    }

    /** The months of a shock: {@code from} (default the scenario's start) to {@code until}. */
    public Window window(YamlNode shock) {
        YearMonth from = shock.find("from").map(ShockReader::month).orElse(start);
        Optional<YearMonth> until = shock.find("until").map(ShockReader::month);
        if (until.isPresent() && until.get().isBefore(from)) {
            throw shock.get("until").error("ends (" + until.get() + ") before it starts (" + from + ")");
        }
        if (from.isAfter(end)) {
            throw shock.get("from")
                    .error(
                            "starts after the scenario's horizon ends (" + end + ")",
                            "Start it earlier or lengthen 'months'.");
        }
        return new Window(from, until);
    }

    /** A month written YYYY-MM. */
    public static YearMonth month(YamlNode node) {
        try {
            return YearMonth.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a month", "Write months as YYYY-MM, e.g. 2026-01.");
        }
    }

    /** A number or a distribution ({uniform: [low, high]}, {triangular: [low, mode, high]}) within bounds. */
    public Parameter parameter(YamlNode node, double low, double high, String what) {
        Parameter parameter = Parameters.read(node);
        double[] range = Parameters.range(parameter);
        if (range[0] < low || range[1] > high) {
            throw node.error(what + " must lie between " + low + " and " + high + ", not " + parameter.describe());
        }
        return parameter;
    }

    /** A share such as 0.5 or "50%". */
    public Parameter share(YamlNode node, String what) {
        return parameter(node, 0, 1, what);
    }
}
