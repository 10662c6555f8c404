package org.chokepoint.engine.baseline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chokepoint.engine.uncertainty.Draw;
import org.chokepoint.model.source.Citation;

/**
 * The baseline of one good's market: its regions (the last may be {@code ROW}, the rest of the world
 * that closes the market), each sourced flow, the unit, the period and the price that turns
 * quantities into money. Flows not listed are zero.
 *
 * @param id the baseline's id, e.g. "ndfeb-magnets-2024"
 * @param chain the commodity chain, e.g. "rare-earths"
 * @param stage the stage of the chain, e.g. "ndfeb-magnets"
 * @param unit the physical unit of quantities, e.g. "t"
 * @param period the period the flows cover, e.g. "2024"
 * @param regions region ids: countries by ISO alpha-3, groups of countries by their id (EU27, its
 *     members on the period's last day), ROW, and sellers' varieties as COUNTRY/variety
 * @param flows the flows, each with its sources
 * @param price the baseline price in USD per unit
 * @param priceHow how the price was found
 * @param priceSources what the price rests on
 * @param file where the baseline was read from, for errors and results
 * @param seasons each region's monthly demand profile, if its demand has seasons
 * @param tariffs the tariffs in force in the baseline period, each with its sources
 */
public record Baseline(
        String id,
        String chain,
        String stage,
        String unit,
        String period,
        List<String> regions,
        List<BaselineFlow> flows,
        double price,
        String priceHow,
        List<Citation> priceSources,
        String file,
        Seasons seasons,
        List<BaselineTariff> tariffs) {

    /** The rest of the world, which closes a market. */
    public static final String REST_OF_WORLD = "ROW";

    public Baseline {
        Objects.requireNonNull(id, "id");
        regions = List.copyOf(regions);
        flows = List.copyOf(flows);
        priceSources = List.copyOf(priceSources);
        Objects.requireNonNull(seasons, "seasons");
        tariffs = List.copyOf(tariffs);
        if (!(price > 0)) {
            throw new IllegalArgumentException("A baseline price must be positive, not " + price);
        }
    }

    /**
     * The positions of a country's regions: the country itself and its varieties ("RUS", "RUS/lng",
     * "RUS/arctic-lng-2" for "RUS"), in regions' order.
     */
    public List<Integer> regionsOf(String country) {
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            String region = regions.get(i);
            if (region.equals(country) || region.startsWith(country + "/")) {
                found.add(i);
            }
        }
        return found;
    }

    /** The position of a region in {@link #regions()}, or -1. */
    public int indexOf(String region) {
        return regions.indexOf(region);
    }

    /** The flows table flows[seller][buyer] in regions' order, as the file states them. */
    public double[][] table() {
        return table(Draw.central());
    }

    /**
     * The flows table of one run: the stated quantities, or in a Monte Carlo draw each figure with a
     * spread drawn from it (the same value every time the draw asks).
     */
    public double[][] table(Draw draw) {
        int n = regions.size();
        double[][] table = new double[n][n];
        for (BaselineFlow flow : flows) {
            table[indexOf(flow.seller())][indexOf(flow.buyer())] += flow.quantity(draw);
        }
        return table;
    }

    /** The baseline wedges tau[s][d]: 1 plus the tariff in force, 1 where there is none. */
    public double[][] wedges() {
        int n = regions.size();
        double[][] wedges = new double[n][n];
        for (double[] row : wedges) {
            java.util.Arrays.fill(row, 1);
        }
        for (BaselineTariff tariff : tariffs) {
            wedges[indexOf(tariff.seller())][indexOf(tariff.buyer())] = 1 + tariff.rate();
        }
        return wedges;
    }

    /**
     * Monthly demand profiles: twelve factors a region, January first, averaging 1, with how they were
     * found and their sources. Regions without a profile have flat demand.
     */
    public record Seasons(Map<String, double[]> profiles, String how, List<Citation> sources) {

        /** No seasons: every month is an average month. */
        public static final Seasons NONE = new Seasons(Map.of(), "", List.of());

        public Seasons {
            Map<String, double[]> copy = new java.util.LinkedHashMap<>();
            profiles.forEach((region, profile) -> {
                if (profile.length != 12) {
                    throw new IllegalArgumentException("A seasonal profile has 12 months, not " + profile.length);
                }
                copy.put(region, profile.clone());
            });
            profiles = java.util.Collections.unmodifiableMap(copy);
            sources = List.copyOf(sources);
        }

        /** The factor on the region's demand in a month of the year (1 = January). */
        public double factor(String region, int month) {
            double[] profile = profiles.get(region);
            return profile == null ? 1 : profile[month - 1];
        }
    }

    /** "NdFeB magnets (rare-earths/ndfeb-magnets)"-style label for reports. */
    public String good() {
        return chain + "/" + stage;
    }
}
