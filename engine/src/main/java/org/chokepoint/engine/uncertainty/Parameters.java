package org.chokepoint.engine.uncertainty;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.chokepoint.reference.yaml.YamlNode;

/** Reads numbers, percentages and distributions of scenario files. */
public final class Parameters {

    private Parameters() {}

    /** 0.5, "50%", {uniform: [a, b]} or {triangular: [a, mode, b]}. */
    public static Parameter read(YamlNode node) {
        return read(node, Parameters::number);
    }

    /**
     * A value or a distribution of values, each read by {@code value} in file order (the low end
     * first): a scenario's quantities read "10 kt/yr" this way.
     */
    public static Parameter read(YamlNode node, ToDoubleFunction<YamlNode> value) {
        if (node.kind() == YamlNode.Kind.MAPPING) {
            node.allowOnly(java.util.Set.of("uniform", "triangular"));
            if (node.keys().size() != 1) {
                throw node.error(
                        "a distribution has one kind",
                        "Write {uniform: [low, high]} or {triangular: [low, mode, high]}.");
            }
            String kind = node.keys().iterator().next();
            List<YamlNode> values = node.list(kind);
            try {
                if (kind.equals("uniform") && values.size() == 2) {
                    return new Parameter.Uniform(
                            value.applyAsDouble(values.get(0)), value.applyAsDouble(values.get(1)));
                }
                if (kind.equals("triangular") && values.size() == 3) {
                    return new Parameter.Triangular(
                            value.applyAsDouble(values.get(0)),
                            value.applyAsDouble(values.get(1)),
                            value.applyAsDouble(values.get(2)));
                }
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
            throw node.get(kind)
                    .error("a " + kind + " distribution takes " + (kind.equals("uniform") ? 2 : 3) + " numbers");
        }
        return new Parameter.Fixed(value.applyAsDouble(node));
    }

    /** A number, or a percentage written "30%". */
    public static double number(YamlNode node) {
        String text = node.text().trim();
        if (text.endsWith("%")) {
            try {
                return Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100;
            } catch (NumberFormatException e) {
                throw node.error("'" + text + "' is not a percentage", "Write e.g. 30% or 0.3.");
            }
        }
        return node.number();
    }

    /** The lowest and highest value a parameter can take. */
    public static double[] range(Parameter parameter) {
        if (parameter instanceof Parameter.Uniform u) {
            return new double[] {u.low(), u.high()};
        }
        if (parameter instanceof Parameter.Triangular t) {
            return new double[] {t.low(), t.high()};
        }
        return new double[] {parameter.central(), parameter.central()};
    }
}
