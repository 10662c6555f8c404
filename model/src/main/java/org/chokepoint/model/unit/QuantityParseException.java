package org.chokepoint.model.unit;

/**
 * A quantity expression that cannot be read. The message quotes the text, gives the position
 * (0-based character offset) where reading stopped, and says what was expected there.
 */
public final class QuantityParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;

    public QuantityParseException(String text, int position, String expected) {
        super("Cannot read the quantity '" + text + "' at position " + position + ": expected " + expected + ".");
        this.text = text;
        this.position = position;
    }

    public String text() {
        return text;
    }

    public int position() {
        return position;
    }
}
