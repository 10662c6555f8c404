package org.chokepoint.engine.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.yaml.YamlNode;

/**
 * The file form of each instrument: its keys, how they are read into a {@link Shock} record and
 * written back. A new instrument is a record in {@link Shock}, one entry here, and its binding.
 */
final class ShockFormat {

    /** How one instrument is read and written. */
    record Format<S extends Shock>(
            String name, Class<S> type, Set<String> keys, Reader<S> reader, Function<S, FlowText.Fields> writer) {

        FlowText.Fields write(Shock shock) {
            return writer.apply(type.cast(shock));
        }
    }

    /** Reads one instrument from a shock whose keys have been checked. */
    @FunctionalInterface
    interface Reader<S extends Shock> {
        S read(YamlNode shock, SpecFields fields, Supplier<Unit> baselineUnit);
    }

    private static final Set<String> WINDOW = Set.of("instrument", "from", "until", "note");
    private static final String[] PLANT_KEYS = {"region", "capacity", "capacity_per_year", "ramp", "ramp_months", "cost"
    };
    private static final Map<String, Format<?>> FORMATS = formats();

    private ShockFormat() {}

    /** Every instrument by name, in name order. */
    static Map<String, Format<?>> all() {
        return FORMATS;
    }

    static Format<?> of(Shock shock) {
        return FORMATS.get(shock.instrument());
    }

    private static Set<String> keys(String... keys) {
        Set<String> all = new HashSet<>(WINDOW);
        all.addAll(List.of(keys));
        return Set.copyOf(all);
    }

    private static Map<String, Format<?>> formats() {
        Map<String, Format<?>> formats = new TreeMap<>();
        for (Shock.Levy levy : Shock.Levy.values()) {
            formats.put(
                    levy.instrument(),
                    new Format<>(
                            levy.instrument(),
                            Shock.Tariff.class,
                            keys("importers", "exporters", "rate", "set_to"),
                            (shock, f, unit) -> tariff(levy, shock, f),
                            s -> new FlowText.Fields()
                                    .put("importers", FlowText.ids(s.importers()))
                                    .put("exporters", s.exporters().map(FlowText::ids))
                                    .put(s.replaces() ? "set_to" : "rate", FlowText.parameter(s.rate()))
                                    .period(s.period())));
        }
        add(
                formats,
                new Format<>(
                        "secondary-tariff",
                        Shock.SecondaryTariff.class,
                        keys("target", "buyers", "rate", "enforcement"),
                        (shock, f, unit) -> new Shock.SecondaryTariff(
                                f.regions(shock.get("target")),
                                f.regions(shock.get("buyers")),
                                rate(shock.get("rate")),
                                shock.find("enforcement")
                                        .map(n -> SpecFields.share(n, "an enforcement level"))
                                        .orElse(new Parameter.Fixed(1)),
                                f.period(shock)),
                        s -> new FlowText.Fields()
                                .put("target", FlowText.ids(s.target()))
                                .put("buyers", FlowText.ids(s.buyers()))
                                .put("rate", FlowText.parameter(s.rate()))
                                .put("enforcement", FlowText.parameter(s.enforcement()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "sanction",
                        Shock.Sanction.class,
                        keys("seller", "buyers", "enforcement", "discount"),
                        (shock, f, unit) -> new Shock.Sanction(
                                f.regions(shock.get("seller")),
                                f.regions(shock, "buyers"),
                                SpecFields.share(shock.get("enforcement"), "an enforcement level"),
                                SpecFields.parameter(shock.get("discount"), 0, 0.95, "a sanctions discount"),
                                f.period(shock)),
                        s -> new FlowText.Fields()
                                .put("seller", FlowText.ids(s.seller()))
                                .put("buyers", s.buyers().map(FlowText::ids))
                                .put("enforcement", FlowText.parameter(s.enforcement()))
                                .put("discount", FlowText.parameter(s.discount()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "export-ban",
                        Shock.ExportBan.class,
                        keys("exporter", "importers"),
                        (shock, f, unit) -> {
                            List<String> exporter = f.regions(shock.get("exporter"));
                            Optional<List<String>> importers = f.regions(shock, "importers");
                            notOnItself(shock, "importers", exporter, importers);
                            return new Shock.ExportBan(exporter, importers, f.period(shock));
                        },
                        s -> new FlowText.Fields()
                                .put("exporter", FlowText.ids(s.exporter()))
                                .put("importers", s.importers().map(FlowText::ids))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "import-ban",
                        Shock.ImportBan.class,
                        keys("importer", "exporters"),
                        (shock, f, unit) -> {
                            String importer = f.region(shock.get("importer"));
                            List<String> exporters = f.regions(shock.get("exporters"));
                            notOnItself(shock, "exporters", List.of(importer), Optional.of(exporters));
                            return new Shock.ImportBan(importer, exporters, f.period(shock));
                        },
                        s -> new FlowText.Fields()
                                .put("importer", FlowText.text(s.importer()))
                                .put("exporters", FlowText.ids(s.exporters()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "export-licensing",
                        Shock.ExportLicensing.class,
                        keys("exporter", "importers", "licensed_share"),
                        (shock, f, unit) -> {
                            List<String> exporter = f.regions(shock.get("exporter"));
                            Optional<List<String>> importers = f.regions(shock, "importers");
                            notOnItself(shock, "importers", exporter, importers);
                            Parameter share = SpecFields.share(shock.get("licensed_share"), "a licensed share");
                            noOp(shock.get("licensed_share"), share, 1, "licensing 100% of sales changes nothing");
                            return new Shock.ExportLicensing(exporter, importers, share, f.period(shock));
                        },
                        s -> new FlowText.Fields()
                                .put("exporter", FlowText.ids(s.exporter()))
                                .put("importers", s.importers().map(FlowText::ids))
                                .put("licensed_share", FlowText.parameter(s.licensedShare()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "outage",
                        Shock.Outage.class,
                        keys("seller", "lost_share"),
                        (shock, f, unit) -> {
                            Parameter lost = SpecFields.share(shock.get("lost_share"), "a lost share of capacity");
                            noOp(shock.get("lost_share"), lost, 0, "an outage that loses nothing changes nothing");
                            return new Shock.Outage(f.regions(shock.get("seller")), lost, f.period(shock));
                        },
                        s -> new FlowText.Fields()
                                .put("seller", FlowText.ids(s.seller()))
                                .put("lost_share", FlowText.parameter(s.lostShare()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "capacity",
                        Shock.Capacity.class,
                        keys("sellers", "share_of_baseline"),
                        (shock, f, unit) -> new Shock.Capacity(
                                f.regions(shock.get("sellers")),
                                SpecFields.parameter(
                                        shock.get("share_of_baseline"),
                                        0,
                                        100,
                                        "a capacity as a share of baseline output"),
                                f.period(shock)),
                        s -> new FlowText.Fields()
                                .put("sellers", FlowText.ids(s.sellers()))
                                .put("share_of_baseline", FlowText.parameter(s.shareOfBaseline()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "new-plant",
                        Shock.NewPlant.class,
                        keys(PLANT_KEYS),
                        ShockFormat::plant,
                        ShockFormat::plantFields));
        add(
                formats,
                new Format<>(
                        "new-route",
                        Shock.NewRoute.class,
                        keys("seller", "buyer", "capacity", "ramp", "price_share", "price", "cost"),
                        ShockFormat::route,
                        s -> new FlowText.Fields()
                                .put("seller", FlowText.text(s.seller()))
                                .put("buyer", FlowText.text(s.buyer()))
                                .put("capacity", FlowText.measure(s.capacity()))
                                .put("ramp", FlowText.quantity(s.ramp()))
                                .put("price_share", s.priceShare().map(FlowText::parameter))
                                .put("price", s.price().map(FlowText::measure))
                                .put("cost", s.cost().map(FlowText::measure))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "open-route",
                        Shock.OpenRoute.class,
                        keys("seller", "buyer", "capacity", "cost", "entry_share"),
                        ShockFormat::openRoute,
                        s -> new FlowText.Fields()
                                .put("seller", FlowText.text(s.seller()))
                                .put("buyer", FlowText.text(s.buyer()))
                                .put("capacity", FlowText.measure(s.capacity()))
                                .put("cost", s.cost().map(FlowText::measure))
                                .put("entry_share", s.entryShare().map(FlowText::parameter))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "offtake",
                        Shock.Offtake.class,
                        keys(concat(PLANT_KEYS, "guarantor", "minimum_price", "minimum_price_usd")),
                        (shock, f, unit) -> new Shock.Offtake(
                                plant(shock, f, unit),
                                shock.find("guarantor").map(f::region),
                                price(shock, f, unit, "minimum_price", "minimum_price_usd", "a minimum price")),
                        s -> {
                            FlowText.Fields fields = plantFields(s.plant());
                            fields.put("guarantor", s.guarantor().map(FlowText::text));
                            return fields.put("minimum_price", FlowText.measure(s.minimumPrice()));
                        }));
        add(
                formats,
                new Format<>(
                        "stockpile",
                        Shock.Stockpile.class,
                        Set.of("instrument", "region", "initial", "fill", "release", "note"),
                        ShockFormat::stockpile,
                        s -> new FlowText.Fields()
                                .put("region", FlowText.text(s.region()))
                                .put("initial", s.initial().map(FlowText::quantity))
                                .put("fill", s.fill().map(ShockFormat::phase))
                                .put("release", s.release().map(ShockFormat::phase))));
        add(
                formats,
                new Format<>(
                        "supply-contracts",
                        Shock.SupplyContracts.class,
                        keys("seller", "buyers", "max_growth"),
                        (shock, f, unit) -> new Shock.SupplyContracts(
                                f.regions(shock.get("seller")),
                                f.regions(shock, "buyers"),
                                SpecFields.parameter(shock.get("max_growth"), 0, 100, "a contract's growth"),
                                f.period(shock)),
                        s -> new FlowText.Fields()
                                .put("seller", FlowText.ids(s.seller()))
                                .put("buyers", s.buyers().map(FlowText::ids))
                                .put("max_growth", FlowText.parameter(s.maxGrowth()))
                                .period(s.period())));
        add(
                formats,
                new Format<>(
                        "price-floor",
                        Shock.PriceFloor.class,
                        keys("zone", "floor", "floor_usd"),
                        (shock, f, unit) -> new Shock.PriceFloor(
                                f.regions(shock.get("zone")),
                                price(shock, f, unit, "floor", "floor_usd", "a price floor"),
                                f.period(shock)),
                        s -> new FlowText.Fields()
                                .put("zone", FlowText.ids(s.zone()))
                                .put("floor", FlowText.measure(s.floor()))
                                .period(s.period())));
        return Collections.unmodifiableMap(formats);
    }

    private static String[] concat(String[] keys, String... more) {
        List<String> all = new ArrayList<>(List.of(keys));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void add(Map<String, Format<?>> formats, Format<?> format) {
        formats.put(format.name(), format);
    }

    private static Shock.Tariff tariff(Shock.Levy levy, YamlNode shock, SpecFields f) {
        boolean replaces = shock.find("set_to").isPresent();
        if (replaces == shock.find("rate").isPresent()) {
            throw shock.error(
                    "a " + levy.instrument()
                            + " needs either 'rate' (added on top) or 'set_to' (replacing what is levied)",
                    "Write rate: 25% to add a tariff, set_to: 0% to remove one the baseline carries.");
        }
        YamlNode rateNode = shock.get(replaces ? "set_to" : "rate");
        Parameter rate = rate(rateNode);
        if (!replaces) {
            noOp(rateNode, rate, 0, "a " + levy.instrument() + " of 0% on top of what is levied changes nothing");
        }
        return new Shock.Tariff(
                levy,
                f.regions(shock.get("importers")),
                f.regions(shock, "exporters"),
                rate,
                replaces,
                f.period(shock));
    }

    /** A tariff rate: 0 to 100 (10,000%). */
    private static Parameter rate(YamlNode node) {
        return SpecFields.parameter(node, 0, 100, "a tariff rate");
    }

    /** Refuses a fixed parameter at the value that makes the shock do nothing. */
    private static void noOp(YamlNode node, Parameter parameter, double nothing, String problem) {
        if (parameter instanceof Parameter.Fixed fixed && fixed.value() == nothing) {
            throw node.error(problem, "Remove the shock, or give it a value that changes something.");
        }
    }

    /** Refuses a ban or licence of a region on itself. */
    private static void notOnItself(YamlNode shock, String key, List<String> sellers, Optional<List<String>> buyers) {
        if (buyers.isEmpty()) {
            return;
        }
        for (String seller : sellers) {
            if (buyers.get().contains(seller)) {
                throw shock.get(key)
                        .error(
                                seller + " cannot ban or license its own sales to itself",
                                "Remove " + seller + " from '" + key + "'.");
            }
        }
    }

    private static Shock.NewPlant plant(YamlNode shock, SpecFields f, Supplier<Unit> unit) {
        Measure capacity;
        if (shock.find("capacity").isPresent()
                == shock.find("capacity_per_year").isPresent()) {
            throw shock.error("a plant needs 'capacity' (with a unit, e.g. 10 kt/yr)", "Write capacity: 10 kt/yr.");
        }
        if (shock.find("capacity").isPresent()) {
            capacity = f.measure(shock.get("capacity"), "a capacity", SpecFields.NO_UNIT);
        } else {
            YamlNode old = shock.get("capacity_per_year");
            capacity = f.quiet()
                    .measure(old, "a capacity", () -> Optional.of(unit.get().per(Units.YEAR)));
            f.deprecated(old, "Write capacity: " + FlowText.measure(capacity) + ".");
        }
        noOp(
                shock.get(shock.find("capacity").isPresent() ? "capacity" : "capacity_per_year"),
                capacity.value(),
                0,
                "a plant of no capacity changes nothing");
        Quantity months = f.months(shock, "ramp", "ramp_months", "a ramp", true, 1, ScenarioSpec.MAX_MONTHS)
                .orElse(new Quantity(1, Units.MONTH));
        return new Shock.NewPlant(f.region(shock.get("region")), capacity, months, unitCost(shock, f), f.period(shock));
    }

    /** A plant's or route's optional cost a unit, with its currency unit ("250 USD/t"). */
    private static Optional<Measure> unitCost(YamlNode shock, SpecFields f) {
        return shock.find("cost").map(node -> f.measure(node, "a cost a unit", SpecFields.NO_UNIT));
    }

    private static FlowText.Fields plantFields(Shock.NewPlant plant) {
        return new FlowText.Fields()
                .put("region", FlowText.text(plant.region()))
                .put("capacity", FlowText.measure(plant.capacity()))
                .put("ramp", FlowText.quantity(plant.ramp()))
                .put("cost", plant.cost().map(FlowText::measure))
                .period(plant.period());
    }

    /** A route's seller and buyer, refused when they are one region ({@code advice} says what to use instead). */
    private static String[] routeEnds(YamlNode shock, SpecFields f, String advice) {
        String seller = f.region(shock.get("seller"));
        String buyer = f.region(shock.get("buyer"));
        if (seller.equals(buyer)) {
            throw shock.get("buyer").error("a route from " + seller + " to itself is no route", advice);
        }
        return new String[] {seller, buyer};
    }

    /** A route's capacity, with its unit; zero is refused as a route that changes nothing. */
    private static Measure routeCapacity(YamlNode shock, SpecFields f) {
        Measure capacity = f.measure(shock.get("capacity"), "a capacity", SpecFields.NO_UNIT);
        noOp(shock.get("capacity"), capacity.value(), 0, "a route of no capacity changes nothing");
        return capacity;
    }

    private static Shock.OpenRoute openRoute(YamlNode shock, SpecFields f, Supplier<Unit> unit) {
        String[] ends = routeEnds(shock, f, "");
        Optional<Parameter> entryShare = shock.find("entry_share")
                .map(node -> SpecFields.parameter(node, 1e-6, 0.5, "an entry share (of the buyer's spending)"));
        return new Shock.OpenRoute(
                ends[0], ends[1], routeCapacity(shock, f), unitCost(shock, f), entryShare, f.period(shock));
    }

    private static Shock.NewRoute route(YamlNode shock, SpecFields f, Supplier<Unit> unit) {
        String[] ends = routeEnds(shock, f, "Use instrument: new-plant for new output sold at home.");
        String seller = ends[0];
        String buyer = ends[1];
        Measure capacity = routeCapacity(shock, f);
        Quantity months = f.months(shock, "ramp", "ramp_months", "a ramp", true, 1, ScenarioSpec.MAX_MONTHS)
                .orElse(new Quantity(1, Units.MONTH));
        Optional<Parameter> share = shock.find("price_share")
                .map(node -> SpecFields.parameter(node, 0, 10, "a share of the buyer's price"));
        Optional<Measure> price =
                shock.find("price").map(node -> f.measure(node, "a contract price", SpecFields.NO_UNIT));
        return new Shock.NewRoute(seller, buyer, capacity, months, share, price, unitCost(shock, f), f.period(shock));
    }

    /** A price with its unit, or the old key's bare USD figure per baseline unit. */
    private static Measure price(
            YamlNode shock, SpecFields f, Supplier<Unit> unit, String key, String old, String what) {
        if (shock.find(key).isPresent() == shock.find(old).isPresent()) {
            throw shock.error(
                    "give '" + key + "' with its unit, e.g. " + key + ": 80 USD/kg", "Write " + key + ": 80 USD/kg.");
        }
        if (shock.find(key).isPresent()) {
            Measure price = f.measure(shock.get(key), what, SpecFields.NO_UNIT);
            noOp(shock.get(key), price.value(), 0, what + " of zero changes nothing");
            return price;
        }
        YamlNode node = shock.get(old);
        Measure price = f.quiet()
                .measure(node, what, () -> Optional.of(Units.parse("USD").per(unit.get())));
        f.deprecated(node, "Write " + key + ": " + FlowText.measure(price) + ".");
        return price;
    }

    private static Shock.Stockpile stockpile(YamlNode shock, SpecFields f, Supplier<Unit> unit) {
        Supplier<Optional<Unit>> legacy = () -> Optional.of(unit.get());
        Optional<Quantity> initial = shock.find("initial").map(node -> f.quantity(node, "an initial stock", legacy));
        Optional<Shock.Stockpile.Phase> fill = shock.find("fill").map(node -> phase(node, f, legacy));
        Optional<Shock.Stockpile.Phase> release = shock.find("release").map(node -> phase(node, f, legacy));
        if (fill.isEmpty() && release.isEmpty()) {
            throw shock.error(
                    "a stockpile needs a fill, a release or both",
                    "Add fill: {quantity, from, until} or release: {...}.");
        }
        if (initial.isPresent() && initial.get().value() < 0) {
            throw shock.get("initial").error("a stock cannot be negative");
        }
        if (fill.isPresent()
                && release.isPresent()
                && release.get().from().isBefore(fill.get().from())) {
            throw shock.get("release")
                    .error("the release starts before the fill", "Fill the stock first, or give it an initial stock.");
        }
        return new Shock.Stockpile(f.region(shock.get("region")), initial, fill, release);
    }

    private static Shock.Stockpile.Phase phase(YamlNode node, SpecFields f, Supplier<Optional<Unit>> legacy) {
        node.allowOnly(Set.of("quantity", "from", "until"));
        Quantity quantity = f.quantity(node.get("quantity"), "a stock movement", legacy);
        if (!(quantity.value() > 0)) {
            throw node.get("quantity").error("a stock movement must be positive");
        }
        try {
            return new Shock.Stockpile.Phase(
                    quantity, SpecFields.month(node.get("from")), SpecFields.month(node.get("until")));
        } catch (IllegalArgumentException e) {
            throw node.get("until").error(e.getMessage());
        }
    }

    private static String phase(Shock.Stockpile.Phase phase) {
        return FlowText.mapping(new FlowText.Fields()
                .put("quantity", FlowText.quantity(phase.quantity()))
                .put("from", phase.from().toString())
                .put("until", phase.until().toString())
                .map());
    }
}
