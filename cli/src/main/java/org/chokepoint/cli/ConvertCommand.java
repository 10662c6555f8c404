package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chokepoint.model.unit.Amount;
import org.chokepoint.model.unit.Conversion;
import org.chokepoint.model.unit.ConversionFactor;
import org.chokepoint.model.unit.Converter;
import org.chokepoint.model.unit.ParsedQuantity;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityFormat;
import org.chokepoint.model.unit.QuantityParser;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint convert}: converts a quantity and names any cited factor it used. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a quantity to another unit.",
            "Across dimensions (LNG mass to gas volume) only through a cited factor, which is printed with its source."
                    + " Mass never becomes money, and currencies are never exchanged implicitly."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint convert \"5e10 m3\" --to bcm",
            "  chokepoint convert \"6.6 Mtpa LNG\" --to m3/yr",
            "  chokepoint convert \"12 bcm/yr\" --to mcm/day",
            "  chokepoint convert \"30-40%\" --to ratio"
        })
final class ConvertCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "QUANTITY",
            description = "A quantity, e.g. \"50 bcm/yr\", \"\\$21bn\", \"6.6 Mtpa LNG\", \"30-40%\".")
    private String quantity;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "UNIT",
            description = "The target unit, e.g. bcm, m3/yr, Mt, MMBtu, USD/t.")
    private String target;

    @Override
    public void run() {
        ParsedQuantity parsed = QuantityParser.parse(quantity);
        Unit unit = Units.parse(target);
        List<ConversionFactor> factors = new ArrayList<>();
        Amount result = convert(parsed.amount(), parsed.substance(), unit, factors);

        PrintWriter out = spec.commandLine().getOut();
        String substance = parsed.substance().map(s -> " of " + s).orElse("");
        out.println(describe(parsed.amount()) + substance + " = " + readable(result));
        for (ConversionFactor factor : factors.stream().distinct().toList()) {
            out.println("  factor: " + factor.description() + " (" + factor.id() + ")");
            out.println("  source: " + factor.source().shortForm());
        }
        if (factors.isEmpty()) {
            out.println("  (a change of unit within " + unit.dimension().describe() + "; no factor needed)");
        }
    }

    private static Amount convert(Amount amount, Optional<String> substance, Unit unit, List<ConversionFactor> used) {
        if (amount instanceof QuantityRange range) {
            return new QuantityRange(
                    convert(range.low(), substance, unit, used), convert(range.high(), substance, unit, used));
        }
        return convert((Quantity) amount, substance, unit, used);
    }

    private static Quantity convert(
            Quantity quantity, Optional<String> substance, Unit unit, List<ConversionFactor> used) {
        Conversion conversion = Converter.convert(quantity, substance, unit);
        used.addAll(conversion.factorsUsed());
        return conversion.result();
    }

    private static String describe(Amount amount) {
        if (amount instanceof QuantityRange range) {
            return QuantityFormat.readableNumber(range.low().value()) + "-" + QuantityFormat.readable(range.high());
        }
        return QuantityFormat.readable((Quantity) amount);
    }

    private static String readable(Amount amount) {
        if (amount instanceof QuantityRange range) {
            return QuantityFormat.readableNumber(range.low().value()) + " to " + QuantityFormat.readable(range.high());
        }
        Quantity quantity = (Quantity) amount;
        String readable = QuantityFormat.readable(quantity);
        String precise = QuantityFormat.format(quantity);
        return readable.equals(precise) ? readable : readable + "  (" + precise + ")";
    }
}
