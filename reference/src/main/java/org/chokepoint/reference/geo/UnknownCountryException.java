package org.chokepoint.reference.geo;

/** A name that matches no country; the message suggests the closest ones. */
public final class UnknownCountryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownCountryException(String message) {
        super(message);
    }
}
