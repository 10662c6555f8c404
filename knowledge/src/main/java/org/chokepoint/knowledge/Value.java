package org.chokepoint.knowledge;

import java.util.Objects;
import org.chokepoint.model.unit.Amount;

/**
 * The value a statement gives: an amount with its unit, a figure the source withholds (USGS "W",
 * to avoid disclosing company data), or a text such as a status or an owner's name.
 */
public sealed interface Value {

    /** A canonical text of the value, part of the statement's id. */
    String canonical();

    /** A quantity or a range, with its unit. */
    record Measured(Amount amount) implements Value {
        public Measured {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public String canonical() {
            return amount.toString();
        }
    }

    /** The source has the figure but does not publish it. */
    record Withheld() implements Value {
        @Override
        public String canonical() {
            return "withheld";
        }
    }

    /** A value that is not a number: a status, a name, a category. */
    record Text(String text) implements Value {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String canonical() {
            return "text:" + text;
        }
    }
}
