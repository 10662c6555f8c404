package org.chokepoint.engine.scenario;

import java.util.Objects;

/**
 * Commercial stocks a region holds (engine.md section 5, after the ARIO model): they start full at
 * {@code monthsOfDemand} months of baseline purchases, are drawn to cover a month's shortfall as far
 * as they go but no faster than {@code maxDrawMonths} months of purchases a month (a storage site's
 * withdrawal rate; unlimited when infinite), and are refilled in {@code refillMonths} equal steps once
 * supply is back.
 *
 * @param region the region's id in the baseline
 * @param monthsOfDemand the stock when full, in months of baseline purchases
 * @param refillMonths how many months a full refill takes
 * @param maxDrawMonths the most that can be drawn in a month, in months of baseline purchases
 */
public record Inventory(String region, double monthsOfDemand, int refillMonths, double maxDrawMonths) {

    public Inventory {
        Objects.requireNonNull(region, "region");
        if (!(monthsOfDemand > 0) || refillMonths < 1 || !(maxDrawMonths > 0)) {
            throw new IllegalArgumentException("Stocks need a positive size and a refill of at least a month");
        }
    }
}
