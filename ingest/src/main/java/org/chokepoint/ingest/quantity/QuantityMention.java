package org.chokepoint.ingest.quantity;

import java.util.Objects;
import org.chokepoint.ingest.text.Span;

/**
 * A figure found in text, before it is linked to a subject: its value or range in a canonical unit, as the corpus
 * contract spells units ({@code USD}, {@code t/yr}, {@code m3}, {@code %}, {@code count}, {@code x}, {@code USD/bbl}).
 *
 * @param span the shortest phrase holding the number, its unit and any currency sign, in the original text
 * @param low the value, or the low end of a range (三到四成 gives 30 and 40); signed by the direction
 * @param high the value again, or the high end of a range
 * @param unit the canonical unit
 * @param approximate whether the text hedges it (約, 近, about, nearly, more than, 左右)
 * @param direction a level, or a rise or fall
 */
public record QuantityMention(
        Span span, double low, double high, String unit, boolean approximate, Direction direction) {

    public QuantityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (Double.isNaN(low) || Double.isNaN(high)) {
            throw new IllegalArgumentException("A quantity needs numbers, not NaN");
        }
    }

    public boolean isRange() {
        return low != high;
    }

    QuantityMention withUnit(String newUnit) {
        return new QuantityMention(span, low, high, newUnit, approximate, direction);
    }
}
