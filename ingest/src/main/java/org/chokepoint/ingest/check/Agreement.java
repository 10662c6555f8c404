package org.chokepoint.ingest.check;

import java.util.Optional;
import java.util.Set;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Amount;
import org.chokepoint.model.unit.QuantityRange;

/**
 * When two statements are about the same fact and when their values agree. Same fact: subject, property, commodity
 * chain, trade partner (either way round for the trade between two countries) and period; values in units of one
 * dimension (tonnes with tonnes or Mt, never a share with dollars, nor dollars with yuan). Agree: within
 * {@link #TOLERANCE} of each other, or one inside the other's range.
 */
final class Agreement {

    /** Relative difference under which two figures are the same figure, as news rounds them. */
    static final double TOLERANCE = 0.05;

    /** Trade between two parties is the same whichever is named first. */
    private static final Set<Property> SYMMETRIC = Set.of(Property.TRADE_VALUE, Property.TRADE_CHANGE);
    /** Stocks are stated at a moment: "end of 2023" is the 2023 figure. */
    private static final Set<Property> STOCKS = Set.of(Property.RESERVES, Property.CAPACITY);

    private Agreement() {}

    /** Same subject, partner, property and commodity, whatever the period. */
    static boolean sameFact(Statement a, Statement b) {
        return a.property() == b.property() && sameGood(a.good(), b.good()) && sameParties(a, b);
    }

    private static boolean sameGood(Optional<Good> a, Optional<Good> b) {
        return a.map(Good::chain).equals(b.map(Good::chain))
                && a.flatMap(Good::variant).equals(b.flatMap(Good::variant));
    }

    private static boolean sameParties(Statement a, Statement b) {
        Optional<String> aPartner = a.counterpart().map(Subject::key);
        Optional<String> bPartner = b.counterpart().map(Subject::key);
        if (a.subject().key().equals(b.subject().key()) && aPartner.equals(bPartner)) {
            return true;
        }
        return SYMMETRIC.contains(a.property())
                && aPartner.equals(Optional.of(b.subject().key()))
                && bPartner.equals(Optional.of(a.subject().key()));
    }

    /** Both undated, the same date, or for a stock a date within the year the other gives. */
    static boolean samePeriod(Optional<PartialDate> a, Optional<PartialDate> b, Property property) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        String x = a.get().iso();
        String y = b.get().iso();
        if (x.equals(y)) {
            return true;
        }
        boolean oneIsAYear = x.length() == 4 || y.length() == 4;
        return STOCKS.contains(property) && oneIsAYear && x.substring(0, 4).equals(y.substring(0, 4));
    }

    /** Whether both are figures in units of one dimension. */
    static boolean comparable(Statement a, Statement b) {
        return amount(a)
                .flatMap(x -> amount(b).map(y -> x.unit().isCompatibleWith(y.unit())))
                .orElse(false);
    }

    /** Whether two comparable figures agree. */
    static boolean agree(Statement a, Statement b) {
        return agree(amount(a).orElseThrow(), amount(b).orElseThrow());
    }

    static boolean agree(Amount a, Amount b) {
        double x = a.central().baseValue();
        double y = b.central().baseValue();
        if (contains(a, y) || contains(b, x)) {
            return true;
        }
        double scale = Math.max(Math.abs(x), Math.abs(y));
        return scale == 0 || Math.abs(x - y) <= TOLERANCE * scale;
    }

    private static boolean contains(Amount range, double value) {
        return range instanceof QuantityRange r
                && r.low().baseValue() <= value
                && value <= r.high().baseValue();
    }

    private static Optional<Amount> amount(Statement s) {
        return s.value() instanceof Value.Measured m ? Optional.of(m.amount()) : Optional.empty();
    }
}
