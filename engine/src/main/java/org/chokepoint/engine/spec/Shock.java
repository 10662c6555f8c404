package org.chokepoint.engine.spec;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;

/**
 * One shock of a scenario as data (engine.md section 3): a record per instrument, naming regions
 * and groups by id, with its parameters (shares and rates as numbers or distributions, quantities
 * with units) and the months it is in force. Targets that default to "every other region" are
 * empty until bound to a baseline.
 */
public sealed interface Shock {

    /** The instrument's name in scenario files, e.g. "export-ban". */
    String instrument();

    /** The months it is in force. */
    Period period();

    /** Whether a tariff adds to what is levied or is a fee (a car recycling fee as its ad valorem equivalent). */
    enum Levy {
        TARIFF("tariff"),
        FEE("fee");

        private final String instrument;

        Levy(String instrument) {
            this.instrument = instrument;
        }

        public String instrument() {
            return instrument;
        }
    }

    /**
     * An ad valorem tariff or fee the importers levy on the exporters (every other region when
     * empty): {@code rate} on top of what is levied, or, when {@code replaces}, instead of it.
     */
    record Tariff(
            Levy levy,
            List<String> importers,
            Optional<List<String>> exporters,
            Parameter rate,
            boolean replaces,
            Period period)
            implements Shock {
        public Tariff {
            importers = List.copyOf(importers);
            exporters = exporters.map(List::copyOf);
        }

        @Override
        public String instrument() {
            return levy.instrument();
        }
    }

    /** A tariff a third country puts on the buyers of the targets' goods, scaled by its enforcement. */
    record SecondaryTariff(
            List<String> target, List<String> buyers, Parameter rate, Parameter enforcement, Period period)
            implements Shock {
        public SecondaryTariff {
            target = List.copyOf(target);
            buyers = List.copyOf(buyers);
        }

        @Override
        public String instrument() {
            return "secondary-tariff";
        }
    }

    /** Sanctions on sellers, enforced against their buyers (every other region when empty). */
    record Sanction(
            List<String> seller,
            Optional<List<String>> buyers,
            Parameter enforcement,
            Parameter discount,
            Period period)
            implements Shock {
        public Sanction {
            seller = List.copyOf(seller);
            buyers = buyers.map(List::copyOf);
        }

        @Override
        public String instrument() {
            return "sanction";
        }
    }

    /** No sales from the exporter to the importers (every other region when empty). */
    record ExportBan(List<String> exporter, Optional<List<String>> importers, Period period) implements Shock {
        public ExportBan {
            exporter = List.copyOf(exporter);
            importers = importers.map(List::copyOf);
        }

        @Override
        public String instrument() {
            return "export-ban";
        }
    }

    /** No purchases by the importer from the exporters. */
    record ImportBan(String importer, List<String> exporters, Period period) implements Shock {
        public ImportBan {
            Objects.requireNonNull(importer, "importer");
            exporters = List.copyOf(exporters);
        }

        @Override
        public String instrument() {
            return "import-ban";
        }
    }

    /** The exporter licenses only a share of its baseline sales to the importers (every other region when empty). */
    record ExportLicensing(
            List<String> exporter, Optional<List<String>> importers, Parameter licensedShare, Period period)
            implements Shock {
        public ExportLicensing {
            exporter = List.copyOf(exporter);
            importers = importers.map(List::copyOf);
        }

        @Override
        public String instrument() {
            return "export-licensing";
        }
    }

    /** Sellers lose a share of their output: an outage or a halt. */
    record Outage(List<String> seller, Parameter lostShare, Period period) implements Shock {
        public Outage {
            seller = List.copyOf(seller);
        }

        @Override
        public String instrument() {
            return "outage";
        }
    }

    /** Sellers can produce at most a multiple of their baseline output (short-run headroom, e.g. 1.1). */
    record Capacity(List<String> sellers, Parameter shareOfBaseline, Period period) implements Shock {
        public Capacity {
            sellers = List.copyOf(sellers);
        }

        @Override
        public String instrument() {
            return "capacity";
        }
    }

    /**
     * New output in a region ramping up to {@code capacity} over {@code ramp} (whole months), sold at
     * home at the market price; {@code cost} is what a unit costs to make (when given, the plant's
     * producers gain the price less it; otherwise its revenue).
     */
    record NewPlant(String region, Measure capacity, Quantity ramp, Optional<Measure> cost, Period period)
            implements Shock {
        public NewPlant {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(ramp, "ramp");
            Objects.requireNonNull(cost, "cost");
        }

        @Override
        public String instrument() {
            return "new-plant";
        }
    }

    /**
     * A new route (a pipeline, an LNG contract, a plant abroad selling to one buyer): the seller
     * delivers up to {@code capacity}, ramping up over {@code ramp}, to the buyer, where it is sold;
     * the buyer pays {@code price} plus {@code priceShare} times its market price a unit (a contract's
     * constant and slope; the market price when neither is given), and the seller gains that less
     * {@code cost} a unit. Nothing needs to flow between them in the baseline.
     */
    record NewRoute(
            String seller,
            String buyer,
            Measure capacity,
            Quantity ramp,
            Optional<Parameter> priceShare,
            Optional<Measure> price,
            Optional<Measure> cost,
            Period period)
            implements Shock {
        public NewRoute {
            Objects.requireNonNull(seller, "seller");
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(ramp, "ramp");
            Objects.requireNonNull(priceShare, "priceShare");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(cost, "cost");
            if (seller.equals(buyer)) {
                throw new IllegalArgumentException("a route from " + seller + " to itself is a new-plant");
            }
        }

        @Override
        public String instrument() {
            return "new-route";
        }
    }

    /**
     * A route that opens where there is no baseline trade, up to {@code capacity}, at {@code cost} a
     * unit over the seller's price; the rent of a full route goes to the seller's region. In the
     * spatial model it carries goods when the buyer's price exceeds the seller's landed price plus the
     * cost; in armington the seller's goods enter the buyer's CES as a new variety that would take
     * {@code entryShare} of the buyer's spending at its landed price had it been sold there all along.
     */
    record OpenRoute(
            String seller,
            String buyer,
            Measure capacity,
            Optional<Measure> cost,
            Optional<Parameter> entryShare,
            Period period)
            implements Shock {
        public OpenRoute {
            Objects.requireNonNull(seller, "seller");
            Objects.requireNonNull(buyer, "buyer");
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(entryShare, "entryShare");
        }

        @Override
        public String instrument() {
            return "open-route";
        }
    }

    /**
     * A new plant whose output a guarantor (the plant's region when empty) takes, paying the gap to
     * {@code minimumPrice} whenever the market pays less.
     */
    record Offtake(NewPlant plant, Optional<String> guarantor, Measure minimumPrice) implements Shock {
        public Offtake {
            Objects.requireNonNull(plant, "plant");
            Objects.requireNonNull(guarantor, "guarantor");
            Objects.requireNonNull(minimumPrice, "minimumPrice");
        }

        @Override
        public String instrument() {
            return "offtake";
        }

        @Override
        public Period period() {
            return plant.period();
        }
    }

    /** A strategic stockpile: a stock held at the start (none when empty), filled and released at even rates. */
    record Stockpile(String region, Optional<Quantity> initial, Optional<Phase> fill, Optional<Phase> release)
            implements Shock {
        public Stockpile {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(initial, "initial");
            if (fill.isEmpty() && release.isEmpty()) {
                throw new IllegalArgumentException("A stockpile needs a fill, a release or both");
            }
        }

        @Override
        public String instrument() {
            return "stockpile";
        }

        @Override
        public Period period() {
            YearMonth from =
                    fill.map(Phase::from).orElseGet(() -> release.orElseThrow().from());
            YearMonth until =
                    release.map(Phase::until).orElseGet(() -> fill.orElseThrow().until());
            return new Period(Optional.of(from), Optional.of(until));
        }

        /** A quantity moved at an even rate over a closed range of months. */
        public record Phase(Quantity quantity, YearMonth from, YearMonth until) {
            public Phase {
                Objects.requireNonNull(quantity, "quantity");
                if (until.isBefore(from)) {
                    throw new IllegalArgumentException("ends (" + until + ") before it starts (" + from + ")");
                }
            }
        }
    }

    /** A seller's sales to each buyer (every region when empty) grow at most {@code maxGrowth} over the baseline. */
    record SupplyContracts(List<String> seller, Optional<List<String>> buyers, Parameter maxGrowth, Period period)
            implements Shock {
        public SupplyContracts {
            seller = List.copyOf(seller);
            buyers = buyers.map(List::copyOf);
        }

        @Override
        public String instrument() {
            return "supply-contracts";
        }
    }

    /** A price floor in a zone on sellers outside it. */
    record PriceFloor(List<String> zone, Measure floor, Period period) implements Shock {
        public PriceFloor {
            zone = List.copyOf(zone);
            Objects.requireNonNull(floor, "floor");
        }

        @Override
        public String instrument() {
            return "price-floor";
        }
    }
}
