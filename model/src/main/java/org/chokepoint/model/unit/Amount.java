package org.chokepoint.model.unit;

/** A measured amount as sources state it: one quantity, or a range such as "30-40%". */
public sealed interface Amount permits Quantity, QuantityRange {

    /** The unit the amount is stated in. */
    Unit unit();

    /** The central value: the quantity itself, or the middle of a range. */
    Quantity central();
}
