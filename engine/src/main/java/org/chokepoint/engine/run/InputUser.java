package org.chokepoint.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.model.commodity.InputDependence;
import org.chokepoint.model.unit.Units;

/**
 * An industry's months with one input (engine.md section 4): a shortage is first met from the
 * firms' own stocks (a {@link CommercialStock} in months of use: drawn month by month, refilled in
 * equal steps once the input is back, so that cover runs out over time), then by doing without or replacing up to the substitution limit of that month,
 * and only the rest stops output, a Leontief step in proportion to the input's role. A price rise
 * is a cost increase: the input's cost share times the change of the price paid, whether or not it
 * is short.
 */
final class InputUser {

    /**
     * Months over which emptied stocks are bought back in equal steps, once the input is not short
     * (an assumption: firms rebuild their stocks over half a year).
     */
    static final int REFILL_MONTHS = 6;

    /** One month: shares of the industry's need for the input, of its output and of its costs. */
    record Month(double shortage, double drawn, double substituted, double outputLoss, double costChange) {}

    private final double costShare;
    private final InputDependence dependence;
    /** The firms' stock in months of the industry's use, drawn and refilled as a commercial stock is. */
    private final CommercialStock stock;
    /** Months since the first month short (0 before it). */
    private int monthsShort;

    /**
     * An industry with full stocks; {@code passThrough} is the input's share of the value of the stage
     * the industry buys (1 when it buys the input itself).
     */
    InputUser(InputDependence dependence, double passThrough) {
        this.dependence = dependence;
        this.costShare = dependence.costShare().value() * passThrough;
        this.stock = new CommercialStock(
                dependence.cover().value().to(Units.MONTH).value(), REFILL_MONTHS, Double.POSITIVE_INFINITY);
    }

    /**
     * The next month, given the share of the industry's need for the input that the market leaves
     * unmet (0-1) and the relative change of the price paid for it (NaN where it buys none).
     */
    Month next(double shortage, double priceChange) {
        if (!(shortage >= 0 && shortage <= 1)) {
            throw new IllegalArgumentException("A shortage is a share within 0 and 1, not " + shortage);
        }
        stock.startMonth(shortage, 1);
        double drawn = stock.draw(shortage);
        stock.refill();
        double residual = shortage - drawn;
        if (shortage > 0 || monthsShort > 0) {
            monthsShort++;
        }
        double limit = monthsShort > 0 ? dependence.substitution().value().limitAt(monthsShort) : 0;
        double substituted = Math.min(residual, limit);
        double loss = residual > limit ? dependence.role().value() * (residual - limit) / (1 - limit) : 0;
        return new Month(shortage, drawn, substituted, loss, costShare * priceChange);
    }

    /** The months of an industry with full stocks at the start. */
    static List<Month> over(InputDependence dependence, double passThrough, double[] shortage, double[] priceChange) {
        InputUser user = new InputUser(dependence, passThrough);
        List<Month> months = new ArrayList<>();
        for (int t = 0; t < shortage.length; t++) {
            months.add(user.next(shortage[t], priceChange[t]));
        }
        return months;
    }
}
