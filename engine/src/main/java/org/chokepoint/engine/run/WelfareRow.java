package org.chokepoint.engine.run;

/**
 * A region's gains and losses over the whole horizon, in USD (engine.md section 7): consumer
 * surplus, producer surplus (quota rents included), tariff revenue, and the discount its sellers
 * gave up to sanctioned buyers, and guaranteed-price payments made (negative) under offtake
 * agreements (what the plant receives is in its region's producer surplus). A surplus is NaN when
 * prices moved more than tenfold: the loss then shows as shortfall and lost output, not in USD.
 */
public record WelfareRow(
        String region,
        double consumerSurplusUsd,
        double producerSurplusUsd,
        double tariffRevenueUsd,
        double sanctionDiscountUsd,
        double guaranteeTransferUsd) {

    /** The region's net gain: the surpluses, tariff revenue and guarantee transfers, less discounts given. */
    public double total() {
        return consumerSurplusUsd + producerSurplusUsd + tariffRevenueUsd - sanctionDiscountUsd + guaranteeTransferUsd;
    }
}
