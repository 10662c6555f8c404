package org.chokepoint.engine.instrument;

/**
 * What a new plant or route delivered in a month outside the market's flows, at an annual rate in
 * the baseline's unit: the buyer pays {@code price} plus {@code priceShare} times its market price
 * a unit (a contract's constant and slope, USD), and the seller's producers keep that less {@code
 * cost} a unit. A plant selling at home is its own buyer at the market price.
 */
public record Delivery(int seller, int buyer, double quantity, double priceShare, double price, double cost) {

    public Delivery {
        if (!(quantity >= 0)) {
            throw new IllegalArgumentException("A delivery cannot be negative, not " + quantity);
        }
    }

    /** What the buyer pays a unit when its market price is {@code market} (USD a unit). */
    public double paid(double market) {
        return price + priceShare * market;
    }
}
