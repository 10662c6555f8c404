package org.chokepoint.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded property tests of the laws units must obey, over many generated cases. */
class UnitPropertiesTest {

    private static final long SEED = 20261124L;
    private static final int CASES = 300;
    private static final double TOLERANCE = 1e-9;

    private static final List<Unit> ATOMIC = Units.all();
    private static final Map<Dimension, List<Unit>> BY_DIMENSION =
            ATOMIC.stream().collect(Collectors.groupingBy(Unit::dimension));
    private static final List<Unit> TIME = BY_DIMENSION.get(Dimension.TIME);

    /** One random case: a unit (possibly a rate), a value and a seed for further draws. */
    record Case(Quantity quantity, Random random) {
        @Override
        public String toString() {
            return quantity.toString();
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            Unit unit = ATOMIC.get(random.nextInt(ATOMIC.size()));
            if (random.nextBoolean() && !unit.dimension().equals(Dimension.TIME)) {
                unit = unit.per(TIME.get(random.nextInt(TIME.size())));
            }
            double magnitude = Math.pow(10, random.nextInt(24) - 8);
            double value = random.nextDouble() * magnitude * (random.nextInt(10) == 0 ? -1 : 1);
            return new Case(new Quantity(value, unit), new Random(random.nextLong()));
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formatThenParseGivesTheSameQuantity(Case c) {
        Quantity quantity = c.quantity();
        Quantity read =
                (Quantity) QuantityParser.parse(QuantityFormat.format(quantity)).amount();

        assertThat(read.unit().dimension()).isEqualTo(quantity.unit().dimension());
        assertThat(read.isCloseTo(quantity, TOLERANCE))
                .as("%s read back as %s", quantity, read)
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void convertingThereAndBackReturnsTheOriginal(Case c) {
        Quantity quantity = c.quantity();
        Unit other = sameDimension(quantity.unit(), c.random());

        Quantity back = quantity.to(other).to(quantity.unit());

        assertThat(back.value())
                .isCloseTo(
                        quantity.value(),
                        org.assertj.core.api.Assertions.within(Math.abs(quantity.value()) * TOLERANCE));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void addingIsCommutativeAndAssociative(Case c) {
        Quantity a = c.quantity();
        Quantity b = new Quantity(c.random().nextDouble() * 1000, sameDimension(a.unit(), c.random()));
        Quantity d = new Quantity(c.random().nextDouble() * 1000, sameDimension(a.unit(), c.random()));

        assertThat(a.plus(b).isCloseTo(b.plus(a), TOLERANCE)).isTrue();
        assertThat(a.plus(b).plus(d).isCloseTo(a.plus(b.plus(d)), TOLERANCE)).isTrue();
        assertThat(a.plus(b).minus(b).to(a.unit()).value())
                .isCloseTo(
                        a.value(),
                        org.assertj.core.api.Assertions.within(
                                Math.abs(b.to(a.unit()).value()) * TOLERANCE + Math.abs(a.value()) * TOLERANCE));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void incompatibleDimensionsNeverGiveANumber(Case c) {
        Quantity a = c.quantity();
        Unit foreign = ATOMIC.stream()
                .filter(unit -> !unit.isCompatibleWith(a.unit()))
                .skip(c.random().nextInt(10))
                .findFirst()
                .orElseThrow();
        Quantity b = new Quantity(1, foreign);

        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IncompatibleDimensionsException.class);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(IncompatibleDimensionsException.class);
        assertThatThrownBy(() -> a.to(foreign)).isInstanceOf(IncompatibleDimensionsException.class);
        assertThatThrownBy(() -> Converter.convert(a, Optional.empty(), foreign))
                .isInstanceOf(IncompatibleDimensionsException.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void crossDimensionFactorsInvert(Case c) {
        List<ConversionFactor> factors = ConversionFactors.all();
        ConversionFactor factor = factors.get(c.random().nextInt(factors.size()));
        Quantity start = new Quantity(Math.abs(c.quantity().value()) + 1, factor.from());
        Unit target = sameDimension(factor.to(), c.random());

        Quantity there = Converter.convert(start, Optional.of(factor.substance()), target)
                .result();
        Quantity back = Converter.convert(there, Optional.of(factor.substance()), factor.from())
                .result();

        assertThat(back.isCloseTo(start, TOLERANCE))
                .as("%s -> %s -> %s", start, there, back)
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perYearIsTwelveTimesPerMonth(Case c) {
        Unit base = c.quantity().unit();
        if (base.dimension().exponents().containsKey("time")) {
            return;
        }
        Quantity perYear = new Quantity(c.quantity().value(), base.per(Units.YEAR));

        Quantity perMonth = perYear.to(base.per(Units.MONTH));

        assertThat(perMonth.value() * 12)
                .isCloseTo(
                        perYear.value(), org.assertj.core.api.Assertions.within(Math.abs(perYear.value()) * TOLERANCE));
    }

    private static Unit sameDimension(Unit unit, Random random) {
        List<Unit> atomic = BY_DIMENSION.get(unit.dimension());
        if (atomic != null) {
            return atomic.get(random.nextInt(atomic.size()));
        }
        Unit numerator = ATOMIC.stream()
                .filter(u -> unit.dimension().equals(u.dimension().dividedBy(Dimension.TIME)))
                .toList()
                .get(0);
        List<Unit> numerators = BY_DIMENSION.get(numerator.dimension());
        return numerators.get(random.nextInt(numerators.size())).per(TIME.get(random.nextInt(TIME.size())));
    }
}
