package org.chokepoint.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chokepoint.model.source.Citation;

/**
 * Where a baseline figure may lie besides the value its file states, because sources disagree or
 * give a range (engine.md section 9, "uncertainty over data, not only parameters"). A single run
 * uses the stated value; each Monte Carlo draw draws one value (see {@link Draw#figure}).
 */
public sealed interface Spread {

    /** The lowest value a draw can take. */
    double low();

    /** The highest value a draw can take. */
    double high();

    /** One draw, given the value the file states. */
    double draw(double stated, SplittableRandom random);

    /** How results write it: "range 4,160,000-6,000,000" or "alternatives 4,160,000 | 6,000,000". */
    String describe(double stated);

    /** Why the figure may lie elsewhere and what every value rests on, as one line. */
    String how();

    /** The sources of the other values (the stated one's are the figure's own). */
    List<Citation> sources();

    /**
     * A range a source gives, or that the disagreement of sources spans: draws are uniform between
     * {@code low} and {@code high}, which enclose the stated value.
     */
    record Range(double low, double high, String how, List<Citation> sources) implements Spread {
        public Range {
            Objects.requireNonNull(how, "how");
            sources = List.copyOf(sources);
            if (!(low > 0 && low < high) || Double.isInfinite(high)) {
                throw new IllegalArgumentException("a range needs 0 < low < high, finite, not " + low + "-" + high);
            }
        }

        @Override
        public double draw(double stated, SplittableRandom random) {
            return low + (high - low) * random.nextDouble();
        }

        @Override
        public String describe(double stated) {
            return "range " + number(low) + "-" + number(high);
        }
    }

    /**
     * Other sources' values for the same figure: each draw takes the stated value or one of these,
     * each equally likely.
     */
    record Alternatives(List<Alternative> values) implements Spread {
        public Alternatives {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("alternatives need at least one other value");
            }
        }

        @Override
        public double low() {
            return values.stream().mapToDouble(Alternative::quantity).min().orElseThrow();
        }

        @Override
        public double high() {
            return values.stream().mapToDouble(Alternative::quantity).max().orElseThrow();
        }

        @Override
        public double draw(double stated, SplittableRandom random) {
            int pick = random.nextInt(values.size() + 1);
            return pick == 0 ? stated : values.get(pick - 1).quantity();
        }

        @Override
        public String describe(double stated) {
            StringBuilder text =
                    new StringBuilder("alternatives ").append(number(stated)).append(" (stated)");
            values.forEach(v -> text.append(" | ").append(number(v.quantity())));
            return text.toString();
        }

        @Override
        public String how() {
            List<String> parts = new ArrayList<>();
            for (Alternative value : values) {
                parts.add(number(value.quantity())
                        + value.how().map(h -> ": " + h).orElse(""));
            }
            return String.join("; ", parts);
        }

        @Override
        public List<Citation> sources() {
            return values.stream().flatMap(v -> v.sources().stream()).distinct().toList();
        }
    }

    /** One other source's value of a figure, with how it was found if it is not stated as such. */
    record Alternative(double quantity, Optional<String> how, List<Citation> sources) {
        public Alternative {
            Objects.requireNonNull(how, "how");
            sources = List.copyOf(sources);
            if (!(quantity > 0) || Double.isInfinite(quantity)) {
                throw new IllegalArgumentException("an alternative is a finite quantity > 0, not " + quantity);
            }
        }
    }

    /** "168,897,000", "63,123" (whole units from 100 up), "0.25". */
    private static String number(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
