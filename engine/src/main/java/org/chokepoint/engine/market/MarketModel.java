package org.chokepoint.engine.market;

/**
 * A model of one good's market: calibrated to reproduce its baseline exactly, then solved under
 * changed wedges. Implementations (armington now; gsim and spatial to come) share one contract test.
 */
public interface MarketModel {

    /** The model's name in scenario files, e.g. "armington". */
    String name();

    /** The equilibrium of {@code market} when its wedges are {@code wedges} (the baseline's give the baseline). */
    Solution solve(Market market, double[][] wedges);
}
