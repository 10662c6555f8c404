package org.chokepoint.engine.run;

/**
 * The commercial stock one region carries through a run (engine.md section 5): full at the start,
 * drawn in a month that is short, as far as it goes and no faster than its withdrawal limit, and
 * once a month is not short refilled in {@code refillMonths} equal steps of what was missing when
 * the refill began, so a refill over N months takes N months whatever was drawn (an operator
 * rebuilding a stock spreads the purchases over its refill season). Quantities are a month's, in the
 * good's unit.
 */
final class CommercialStock {

    private final double full;
    private final int refillMonths;
    private final double maxDraw;
    private double level;
    private double drawnThisMonth;
    private boolean refilling;
    /** What each month of the refill under way buys back; NaN while none is under way. */
    private double refillStep = Double.NaN;

    /** A full stock of {@code full}, refilled over {@code refillMonths}, drawn at most {@code maxDraw} a month. */
    CommercialStock(double full, int refillMonths, double maxDraw) {
        this.full = full;
        this.refillMonths = refillMonths;
        this.maxDraw = maxDraw;
        this.level = full;
    }

    double level() {
        return level;
    }

    /** Puts the stock back where a month started, for a month solved again. */
    void restore(double level) {
        this.level = level;
    }

    /** At a month's first solve: a month short of more than a millionth of what it wanted draws, any other refills. */
    void startMonth(double shortfall, double wanted) {
        refilling = !(shortfall > 1e-6 * wanted);
        if (!refilling) {
            drawnThisMonth = 0;
            refillStep = Double.NaN;
        } else if (Double.isNaN(refillStep)) {
            refillStep = (full - level) / refillMonths;
        }
    }

    /** What is drawn to cover {@code shortfall} in a month that draws; 0 in one that refills. */
    double draw(double shortfall) {
        if (refilling) {
            return 0;
        }
        double drawn = Math.min(Math.min(level, shortfall), maxDraw - drawnThisMonth);
        if (!(drawn > 0)) {
            return 0;
        }
        level -= drawn;
        drawnThisMonth += drawn;
        return drawn;
    }

    /** What is bought back into the stock in a month that refills: a step, or what is still missing. */
    double refill() {
        if (!refilling || level >= full) {
            return 0;
        }
        double refill = Math.min(full - level, refillStep);
        level = full - level - refill <= 1e-12 * full ? full : level + refill;
        return refill;
    }
}
