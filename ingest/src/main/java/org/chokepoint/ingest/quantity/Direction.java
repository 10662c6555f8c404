package org.chokepoint.ingest.quantity;

/** Whether a figure states a level, or a change up or down ("下降6.5%", "fell 9%"); declines carry a negative sign. */
public enum Direction {
    LEVEL,
    RISE,
    FALL;

    /** The sign a value takes: -1 for a fall, +1 otherwise. */
    public int sign() {
        return this == FALL ? -1 : 1;
    }
}
