package org.chokepoint.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Property;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When two figures agree. Seeded property tests: any value against itself moved by less than 5%, written in another
 * unit of the same dimension, agrees; moved by more, it does not.
 */
class AgreementTest {

    private static final long SEED = 20261128L;
    private static final int CASES = 300;
    private static final List<Unit> MASSES = List.of(Units.parse("t"), Units.parse("kt"), Units.parse("Mt"));

    /** A value, the relative change applied to it, and the units the two sides are written in. */
    static Stream<Arguments> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            double value = Math.pow(10, random.nextDouble() * 12) * (random.nextBoolean() ? 1 : -1);
            double change = random.nextDouble() * 0.2;
            return Arguments.of(
                    value,
                    change,
                    MASSES.get(random.nextInt(MASSES.size())),
                    MASSES.get(random.nextInt(MASSES.size())));
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void figuresAgreeWithinFivePercentWhateverTheUnit(double tonnes, double change, Unit one, Unit other) {
        Quantity a = Quantity.of(tonnes, Units.TONNE).to(one);
        Quantity b = Quantity.of(tonnes * (1 + change), Units.TONNE).to(other);
        double relative = change / (1 + change); // against the larger of the two

        if (relative < 0.049) {
            assertThat(Agreement.agree(a, b)).as("%s vs %s", a, b).isTrue();
        } else if (relative > 0.051) {
            assertThat(Agreement.agree(a, b)).as("%s vs %s", a, b).isFalse();
        }
        assertThat(Agreement.agree(a, b)).isEqualTo(Agreement.agree(b, a));
    }

    @Test
    void aRangeAgreesWithAnyValueInsideIt() {
        QuantityRange range = new QuantityRange(Quantity.of(28e6, "USD"), Quantity.of(32e6, "USD"));

        assertThat(Agreement.agree(range, Quantity.of(28e6, "USD"))).isTrue();
        assertThat(Agreement.agree(Quantity.of(31.9e6, "USD"), range)).isTrue();
        assertThat(Agreement.agree(range, Quantity.of(44e6, "USD"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2023, 2023, production, true",
        "2023, 2024, production, false",
        "2023-12, 2023, production, false",
        "2023-12, 2023, reserves, true",
        "2023-12-31, 2023, capacity, true",
        "2023-06, 2023-12, reserves, false",
        "2022-12, 2023, reserves, false"
    })
    void periodsMatchExactlyExceptThatAStockAtADateIsThatYearsFigure(
            String a, String b, String property, boolean same) {
        Property p = Property.find(property).orElseThrow();

        assertThat(Agreement.samePeriod(Optional.of(new PartialDate(a)), Optional.of(new PartialDate(b)), p))
                .isEqualTo(same);
    }

    @Test
    void anUndatedFigureMatchesOnlyAnotherUndatedOne() {
        assertThat(Agreement.samePeriod(Optional.empty(), Optional.empty(), Property.PRICE))
                .isTrue();
        assertThat(Agreement.samePeriod(Optional.empty(), Optional.of(new PartialDate("2024")), Property.PRICE))
                .isFalse();
    }
}
