package org.chokepoint.engine.backtest;

/** Which way a reported quantity moved in a real episode, which a model's change must share. */
public enum Direction {
    UP,
    DOWN;

    /** Whether a change of {@code change} (any unit) moved this way; no change moves neither way. */
    public boolean matches(double change) {
        return this == UP ? change > 0 : change < 0;
    }

    /** The word a backtest file uses: up or down. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
