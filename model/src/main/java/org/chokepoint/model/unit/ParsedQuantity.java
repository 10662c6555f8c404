package org.chokepoint.model.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * What a quantity expression says: the amount, and the substance it is of when one is named
 * ("6.6 Mtpa LNG"), which selects the cited factor for conversions across dimensions.
 */
public record ParsedQuantity(Amount amount, Optional<String> substance) {

    public ParsedQuantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(substance, "substance");
    }
}
