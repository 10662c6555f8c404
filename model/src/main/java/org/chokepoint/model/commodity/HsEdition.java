package org.chokepoint.model.commodity;

/** The editions of the Harmonized System that trade data in this field use. */
public enum HsEdition {
    HS2017,
    HS2022
}
