package org.chokepoint.reference.geo;

/** A name that matches no group of countries; the message suggests the closest one. */
public final class UnknownGroupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownGroupException(String message) {
        super(message);
    }
}
