package org.chokepoint.engine.run;

/**
 * A region's gains and losses over the whole horizon, in USD (engine.md section 7): consumer
 * surplus, producer surplus (quota rents included), tariff revenue, and the discount its sellers
 * gave up to sanctioned buyers.
 */
public record WelfareRow(
        String region,
        double consumerSurplusUsd,
        double producerSurplusUsd,
        double tariffRevenueUsd,
        double sanctionDiscountUsd) {

    /** The sum of the four terms: the region's net gain. */
    public double total() {
        return consumerSurplusUsd + producerSurplusUsd + tariffRevenueUsd - sanctionDiscountUsd;
    }
}
