package org.chokepoint.reference.geo;

/**
 * A name that matches no country. The message names it and, on its second line, suggests the
 * closest countries: {@code Maybe you meant KAZ (Kazakhstan)?}
 */
public final class UnknownCountryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownCountryException(String message) {
        super(message);
    }
}
