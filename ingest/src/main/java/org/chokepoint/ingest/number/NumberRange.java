package org.chokepoint.ingest.number;

/**
 * Two ends of a number a text gives only approximately ("三四十" 30 to 40, "hundreds of millions" 1e8 to 1e9), so that
 * a claim keeps the spread the writer left rather than a made-up point value.
 */
public record NumberRange(double low, double high) {

    public NumberRange {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("A number range needs low <= high, not " + low + " to " + high);
        }
    }

    /** Whether {@code value} lies between the ends, both included. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
