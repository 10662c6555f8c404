package org.chokepoint.model.unit;

/**
 * An operation mixed two dimensions that cannot be mixed: adding tonnes to dollars, converting mass
 * to money, or dollars to yuan. Chokepoint refuses rather than returning a meaningless number.
 */
public final class IncompatibleDimensionsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public IncompatibleDimensionsException(String message) {
        super(message);
    }
}
