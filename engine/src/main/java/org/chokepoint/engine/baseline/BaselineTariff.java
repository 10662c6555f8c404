package org.chokepoint.engine.baseline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.source.Citation;

/**
 * A tariff in force on one flow in a baseline's period, so that the calibration prices it in and a
 * scenario can remove or change it (a tariff instrument with {@code set_to}).
 *
 * @param seller the exporting region
 * @param buyer the importing region
 * @param rate ad valorem, 0.06 for 6%
 * @param how how the rate was found, if it is not stated as such (an average of several lines)
 * @param sources what it rests on
 */
public record BaselineTariff(String seller, String buyer, double rate, Optional<String> how, List<Citation> sources) {

    public BaselineTariff {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(how, "how");
        sources = List.copyOf(sources);
        if (!(rate >= 0) || rate > 100) {
            throw new IllegalArgumentException("A baseline tariff is a rate between 0 and 100, not " + rate);
        }
    }
}
