package org.chokepoint.engine.uncertainty;

import java.util.SplittableRandom;

/**
 * A model parameter that is a number or a distribution (engine.md section 6): Monte Carlo draws
 * from it, a single run uses its central value.
 */
public sealed interface Parameter {

    /** The value a single run uses: the number, or the distribution's median. */
    double central();

    /** One draw. */
    double draw(SplittableRandom random);

    /** How summaries write it: "0.5", "10000", "{uniform: [0.2, 0.8]}". */
    String describe();

    /** A number as scenario files and summaries write it: whole numbers without a decimal point. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** The same parameter in another unit: every value times {@code factor} (positive). */
    Parameter scaled(double factor);

    /** A fixed number. */
    record Fixed(double value) implements Parameter {
        @Override
        public double central() {
            return value;
        }

        @Override
        public double draw(SplittableRandom random) {
            return value;
        }

        @Override
        public String describe() {
            return format(value);
        }

        @Override
        public Parameter scaled(double factor) {
            return new Fixed(value * factor);
        }
    }

    /** Uniform between low and high. */
    record Uniform(double low, double high) implements Parameter {
        public Uniform {
            if (!(low <= high)) {
                throw new IllegalArgumentException("a uniform distribution needs low <= high");
            }
        }

        @Override
        public double central() {
            return (low + high) / 2;
        }

        @Override
        public double draw(SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public String describe() {
            return "{uniform: [" + format(low) + ", " + format(high) + "]}";
        }

        @Override
        public Parameter scaled(double factor) {
            return new Uniform(low * factor, high * factor);
        }
    }

    /** Triangular with the given low, mode and high. */
    record Triangular(double low, double mode, double high) implements Parameter {
        public Triangular {
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException(
                        "a triangular distribution needs low <= mode <= high and low < high");
            }
        }

        @Override
        public double central() {
            double split = (mode - low) / (high - low);
            return split >= 0.5
                    ? low + Math.sqrt(0.5 * (high - low) * (mode - low))
                    : high - Math.sqrt(0.5 * (high - low) * (high - mode));
        }

        @Override
        public double draw(SplittableRandom random) {
            double u = random.nextDouble();
            double split = (mode - low) / (high - low);
            return u < split
                    ? low + Math.sqrt(u * (high - low) * (mode - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        }

        @Override
        public String describe() {
            return "{triangular: [" + format(low) + ", " + format(mode) + ", " + format(high) + "]}";
        }

        @Override
        public Parameter scaled(double factor) {
            return new Triangular(low * factor, mode * factor, high * factor);
        }
    }
}
