package org.chokepoint.engine.run;

/**
 * A region's gains and losses over the whole horizon, in USD (engine.md section 7): consumer
 * surplus, producer surplus (quota rents included), tariff revenue, the premium its sanctioned
 * sales carried (the discount it had to give; a memo item, already in producer surplus), and guaranteed-price payments made (negative) under offtake
 * agreements (what the plant receives is in its region's producer surplus), and the route rents of
 * the routes it sells on (the spatial model's rising route costs: what flows pay the carriers beyond
 * the cost of carrying them; zero in the other models). A surplus is NaN when prices moved more than
 * tenfold: the loss then shows as shortfall and lost output, not in USD.
 */
public record WelfareRow(
        String region,
        double consumerSurplusUsd,
        double producerSurplusUsd,
        double tariffRevenueUsd,
        double sanctionDiscountUsd,
        double guaranteeTransferUsd,
        double routeRentUsd) {

    /**
     * The region's net gain: the surpluses, tariff revenue, guarantee transfers and route rents. The
     * sanction discount is a memo item: the lower price it stands for is already in producer surplus.
     */
    public double total() {
        return consumerSurplusUsd + producerSurplusUsd + tariffRevenueUsd + guaranteeTransferUsd + routeRentUsd;
    }

    /** A region that gains and loses nothing. */
    public static WelfareRow none(String region) {
        return new WelfareRow(region, 0, 0, 0, 0, 0, 0);
    }

    /** The sum of two accounts of the same region, column by column. */
    public WelfareRow plus(WelfareRow other) {
        if (!other.region.equals(region)) {
            throw new IllegalArgumentException("Cannot add " + other.region + "'s welfare to " + region + "'s");
        }
        return new WelfareRow(
                region,
                consumerSurplusUsd + other.consumerSurplusUsd,
                producerSurplusUsd + other.producerSurplusUsd,
                tariffRevenueUsd + other.tariffRevenueUsd,
                sanctionDiscountUsd + other.sanctionDiscountUsd,
                guaranteeTransferUsd + other.guaranteeTransferUsd,
                routeRentUsd + other.routeRentUsd);
    }
}
