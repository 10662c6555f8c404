package org.chokepoint.engine.instrument;

import java.util.List;

/** Checks on the baseline flows a shock acts on. */
final class Flows {

    private Flows() {}

    /** The baseline quantity the sellers sell to the buyers, their own sales left out. */
    static double between(Binding b, List<Integer> sellers, List<Integer> buyers) {
        double[][] table = b.baseline().table();
        double total = 0;
        for (int s : sellers) {
            for (int d : buyers) {
                total += s == d ? 0 : table[s][d];
            }
        }
        return total;
    }

    /**
     * Refuses a shock on trade that the baseline does not have: a ban or licence of sales that are
     * zero changes nothing, and a seller cannot ban itself.
     */
    static void requireTrade(Binding b, List<Integer> sellers, List<Integer> buyers, String field, String what) {
        if (sellers.size() == 1 && buyers.equals(sellers)) {
            throw b.error(field, "a " + what + " of " + b.names(sellers) + " on itself changes nothing");
        }
        if (between(b, sellers, buyers) <= 0) {
            throw b.error(
                    field,
                    b.names(sellers) + " sells nothing to " + b.names(buyers) + " in the baseline "
                            + b.baseline().id() + ", so the " + what + " changes nothing",
                    "Name buyers it sells to; `chokepoint validate` lists the baseline's flows.");
        }
    }
}
