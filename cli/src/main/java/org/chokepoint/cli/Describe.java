package org.chokepoint.cli;

import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityFormat;
import org.chokepoint.model.unit.QuantityRange;

/** Short texts for statements in tables: values, goods, periods. */
final class Describe {

    private Describe() {}

    static String value(Statement statement) {
        String text;
        if (statement.value() instanceof Value.Measured measured && measured.amount() instanceof QuantityRange range) {
            text = QuantityFormat.readableNumber(range.low().value()) + "-" + QuantityFormat.readable(range.high());
        } else if (statement.value() instanceof Value.Measured measured) {
            text = QuantityFormat.readable((Quantity) measured.amount());
        } else if (statement.value() instanceof Value.Withheld) {
            text = "withheld";
        } else {
            text = ((Value.Text) statement.value()).text();
        }
        return statement.estimate() ? text + " (est.)" : text;
    }

    static String good(Statement statement) {
        return statement.good().map(Good::key).orElse("-");
    }

    static String period(Statement statement) {
        return statement.period().map(PartialDate::iso).orElse("-");
    }

    static String percent(double share) {
        return QuantityFormat.readableNumber(Math.round(share * 1000) / 10.0) + "%";
    }
}
