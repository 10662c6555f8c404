package org.chokepoint.engine.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the instruments of a scenario do to one market, in the terms of engine.md section 3: the trade
 * wedges {@code tau[s][d]}, flows that are banned outright, caps with shadow prices, each source's
 * capacity, and each region's exogenous net supply (a stockpile release or a new plant adds, a
 * stockpile fill takes away). Instruments build it; market models read it. Mutable while being
 * built, then handed to a model, which copies what it reads.
 */
public final class MarketPolicy {

    private final Market market;
    private final int size;
    private final double[][] wedges;
    private final double[][] premiums;
    private final boolean[][] banned;
    private final List<Cap> caps = new ArrayList<>();
    private final List<OpenRoute> openRoutes = new ArrayList<>();
    private final double[] capacities;
    private final double[] netSupply;
    private final double[] demandScale;
    private final double[][] floors;
    /** The price, a multiple of the baseline's, at which buyers would rather go without (none by default). */
    private double choke = Double.POSITIVE_INFINITY;

    private MarketPolicy(Market market, double[][] wedges) {
        this.market = market;
        this.size = market.size();
        this.wedges = Market.copy(wedges);
        this.banned = new boolean[size][size];
        this.premiums = new double[size][size];
        for (double[] row : premiums) {
            Arrays.fill(row, 1);
        }
        this.capacities = new double[size];
        Arrays.fill(capacities, Double.POSITIVE_INFINITY);
        this.netSupply = new double[size];
        this.demandScale = new double[size];
        Arrays.fill(demandScale, 1);
        this.floors = new double[size][size];
    }

    /** The baseline: the market's own wedges, nothing banned or capped. */
    public static MarketPolicy baseline(Market market) {
        return new MarketPolicy(market, market.wedges());
    }

    /** Only changed wedges, as the models' simplest entry point takes them. */
    public static MarketPolicy ofWedges(Market market, double[][] wedges) {
        if (wedges.length != market.size()) {
            throw new IllegalArgumentException("Wedges must be " + market.size() + " x " + market.size());
        }
        return new MarketPolicy(market, wedges);
    }

    public int size() {
        return size;
    }

    /**
     * Sets the tariff on flow s -> d to {@code rate} (0 removes it), whatever it was in the baseline
     * or before, keeping any premium the buyer bears.
     */
    public MarketPolicy setTariff(int s, int d, double rate) {
        if (!(rate >= 0)) {
            throw new IllegalArgumentException("A tariff rate must be >= 0, not " + rate);
        }
        wedges[s][d] = (1 + rate) * premiums[s][d];
        return this;
    }

    /** Multiplies the wedge on flow s -> d by {@code factor} (1.25 for a 25% tariff on top). */
    public MarketPolicy raiseWedge(int s, int d, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("A wedge factor must be positive, not " + factor);
        }
        wedges[s][d] *= factor;
        return this;
    }

    /**
     * Multiplies the wedge on flow s -> d by a risk premium the buyer bears and nobody collects (a
     * sanctioned seller's buyers), unlike a tariff.
     */
    public MarketPolicy addPremium(int s, int d, double factor) {
        raiseWedge(s, d, factor);
        premiums[s][d] *= factor;
        return this;
    }

    /** The premium factor on flow s -> d, 1 where there is none. */
    public double premium(int s, int d) {
        return premiums[s][d];
    }

    /** Forbids flow s -> d: it carries nothing, as the limit of an ever higher shadow price. */
    public MarketPolicy ban(int s, int d) {
        banned[s][d] = true;
        return this;
    }

    /** Limits the sum of the given flows; a flow may belong to one cap only. */
    public MarketPolicy cap(Cap cap) {
        for (int[] pair : cap.pairs()) {
            for (Cap other : caps) {
                for (int[] taken : other.pairs()) {
                    if (Arrays.equals(pair, taken)) {
                        throw new IllegalArgumentException("The flow " + pair[0] + " -> " + pair[1]
                                + " is already capped by '" + other.name() + "'; '" + cap.name()
                                + "' cannot cap it again");
                    }
                }
            }
        }
        caps.add(cap);
        return this;
    }

    /** Limits what source s can produce in the period; the tighter of two limits holds. */
    public MarketPolicy capacity(int s, double capacity) {
        if (!(capacity >= 0)) {
            throw new IllegalArgumentException("A capacity must be >= 0, not " + capacity);
        }
        capacities[s] = Math.min(capacities[s], capacity);
        return this;
    }

    /** Multiplies region d's composite demand by {@code factor}: its season (1.15 in a heating month). */
    public MarketPolicy scaleDemand(int d, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("A demand scale must be positive, not " + factor);
        }
        demandScale[d] *= factor;
        return this;
    }

    /** The factor on region d's composite demand, 1 in an average month. */
    public double demandScale(int d) {
        return demandScale[d];
    }

    /** Adds {@code quantity} (negative to take away) to what region d has without buying it. */
    public MarketPolicy addNetSupply(int d, double quantity) {
        netSupply[d] += quantity;
        return this;
    }

    /**
     * A price floor on flow s -> d (a floor zone applies it to the sources outside the zone): while
     * the source's price is below the floor the flow pays an adjustable tariff
     * {@code max(0, floor / p_s - 1)} (engine.md section 3), in units of the baseline price.
     */
    public MarketPolicy floor(int s, int d, double floor) {
        if (!(floor > 0)) {
            throw new IllegalArgumentException("A price floor must be positive, not " + floor);
        }
        floors[s][d] = Math.max(floors[s][d], floor);
        return this;
    }

    /** The market's baseline flow s -> d, which instruments written as shares of the baseline need. */
    public double baselineFlow(int s, int d) {
        return market.flows()[s][d];
    }

    /** What source s sells in the baseline, its own use included. */
    public double baselineSupply(int s) {
        return market.sales(s);
    }

    public double[][] wedges() {
        return Market.copy(wedges);
    }

    public boolean banned(int s, int d) {
        return banned[s][d];
    }

    public List<Cap> caps() {
        return List.copyOf(caps);
    }

    public double capacity(int s) {
        return capacities[s];
    }

    public double netSupply(int d) {
        return netSupply[d];
    }

    /**
     * Sets the choke price of every region's composite demand, a multiple of the baseline price
     * (above 1): models whose demand has constant elasticity bend it to zero there ({@link
     * ChokedDemand}); the linear curves of gsim and spatial have their own.
     */
    public MarketPolicy choke(double multiple) {
        if (!(multiple > 1)) {
            throw new IllegalArgumentException("A choke price must be above the baseline price, not " + multiple);
        }
        choke = multiple;
        return this;
    }

    /** The choke price of composite demand, a multiple of the baseline price; infinite where none is set. */
    public double choke() {
        return choke;
    }

    /**
     * Opens a route from s to d that has no baseline flow, at {@code cost} over the seller's price (a
     * share of the baseline price), up to {@code capacity} (the good's unit a year), which caps it
     * with its own rent: in the spatial model it carries goods when the buyer's price exceeds the
     * seller's landed price plus the cost; in armington the seller's goods enter the buyer's CES with
     * {@code entryShare} (see {@link OpenRoute}), which the spatial model refuses.
     */
    public MarketPolicy open(int s, int d, double cost, double capacity, double entryShare) {
        if (s == d || market.flows()[s][d] > 0) {
            throw new IllegalArgumentException("A route opens only between two regions with no baseline flow");
        }
        if (!(cost >= 0) || !(capacity > 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException(
                    "A route needs a cost >= 0 and a finite capacity > 0, not " + cost + " and " + capacity);
        }
        if (!(entryShare >= 0 && entryShare < 1)) {
            throw new IllegalArgumentException("An entry share lies in [0, 1), not " + entryShare);
        }
        openRoutes.add(new OpenRoute(s, d, cost, capacity, entryShare));
        return cap(new Cap(
                "route " + market.regions().get(s) + " -> " + market.regions().get(d),
                List.of(new int[] {s, d}),
                capacity,
                true));
    }

    /** The routes opened without a baseline flow. */
    public List<OpenRoute> openRoutes() {
        return List.copyOf(openRoutes);
    }

    /**
     * A route with no baseline flow: from seller to buyer, at a cost over the seller's landed price (a
     * share of the baseline price), carrying at most its capacity a year; in armington the seller's
     * goods enter the buyer's CES as a variety that would take {@code entryShare} of its spending at
     * their landed price (0: none given).
     */
    public record OpenRoute(int seller, int buyer, double cost, double capacity, double entryShare) {}

    /** The price floor on flow s -> d, 0 where there is none. */
    public double floor(int s, int d) {
        return floors[s][d];
    }

    /** Whether anything beyond wedges is set, which only some models can solve. */
    public boolean hasLimits() {
        boolean anyBan = false;
        for (boolean[] row : banned) {
            for (boolean b : row) {
                anyBan |= b;
            }
        }
        return anyBan
                || !caps.isEmpty()
                || !openRoutes.isEmpty()
                || Arrays.stream(capacities).anyMatch(Double::isFinite)
                || Arrays.stream(netSupply).anyMatch(q -> q != 0)
                || Arrays.stream(demandScale).anyMatch(f -> f != 1)
                || Arrays.stream(floors).flatMapToDouble(Arrays::stream).anyMatch(f -> f > 0);
    }
}
