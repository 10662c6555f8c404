package org.chokepoint.engine.instrument;

/**
 * Money an instrument moves outside the market once a month is solved, USD per year by region:
 * what each region's producers receive and what each region's guarantor pays, kept apart so that a
 * country guaranteeing its own plant shows both.
 */
public record Transfers(double[] received, double[] paid) {

    public Transfers {
        received = received.clone();
        paid = paid.clone();
    }

    @Override
    public double[] received() {
        return received.clone();
    }

    @Override
    public double[] paid() {
        return paid.clone();
    }
}
