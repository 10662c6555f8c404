package org.chokepoint.knowledge.importer;

import java.util.Optional;
import org.chokepoint.model.text.DecimalNumber;

/**
 * The amounts in imported files (tonnes, dollars, kilograms, capacities), read by the one rule for
 * written numbers ({@link DecimalNumber}) so that no importer turns "1,2.3" into 12.3.
 */
final class Amounts {

    private Amounts() {}

    /**
     * The amount of 0 or more in a cell, or empty for a blank cell; a {@link NumberFormatException}
     * whose message quotes the cell and says what is wrong, for a row problem, otherwise.
     */
    static Optional<Double> read(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double value;
        try {
            value = DecimalNumber.parse(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("expected a number, found '" + text + "': " + e.getMessage());
        }
        if (value < 0) {
            throw new NumberFormatException("expected a number of 0 or more, found '" + text + "'");
        }
        return Optional.of(value);
    }
}
