package org.chokepoint.engine.instrument;

import java.util.List;

/**
 * Money and goods an instrument moves outside the market once a month is solved: USD per year by
 * region, what each region's producers receive and what each region's guarantor pays, kept apart so
 * that a country guaranteeing its own plant shows both; and what new plants and routes delivered.
 */
public record Transfers(double[] received, double[] paid, List<Delivery> deliveries) {

    public Transfers {
        received = received.clone();
        paid = paid.clone();
        deliveries = List.copyOf(deliveries);
    }

    /** Only deliveries, no payments, among {@code regions} regions. */
    public static Transfers of(int regions, List<Delivery> deliveries) {
        return new Transfers(new double[regions], new double[regions], deliveries);
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
