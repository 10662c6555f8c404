package org.chokepoint.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$21bn              | 2.1e10  | USD",
                "US$1.2 billion     | 1.2e9   | USD",
                "€3m                | 3e6     | EUR",
                "¥100               | 100     | JPY",
                "50 bcm/yr          | 50      | bcm/yr",
                "50 bcm per year    | 50      | bcm/yr",
                "50 bcm a year      | 50      | bcm/yr",
                "6.6 Mtpa           | 6.6     | Mt/yr",
                "6.6 mtpa           | 6.6     | Mt/yr",
                "1.3 Mt             | 1.3     | Mt",
                "5e10 m3            | 5e10    | m3",
                "1,200 t            | 1200    | t",
                "12.5 kt/yr         | 12.5    | kt/yr",
                "2 TWh              | 2       | TWh",
                "3.5 USD/MMBtu      | 3.5     | USD/MMBtu",
                "$3.50/MMBtu        | 3.5     | USD/MMBtu",
                "7x                 | 7       | x",
                "sevenfold          | 7       | x",
                "7-fold             | 7       | x",
                "five               | 5       | count",
                "2.1 trillion cubic feet | 2.1e12 | cf",
                "40 million tonnes  | 4e7     | t",
                "30 %               | 30      | %",
                "120 km             | 120     | km",
                "5 m                | 5       | m",
                "$5m                | 5e6     | USD",
                "0.5 mcm/day        | 0.5     | mcm/day",
                "10 t/month         | 10      | t/month",
                "-9%                | -9      | %",
                "−58%               | -58     | %",
                "+2.5 Mt            | 2.5     | Mt",
            })
    void readsOneQuantity(String text, double value, String unit) {
        ParsedQuantity parsed = QuantityParser.parse(text);

        assertThat(parsed.amount()).isInstanceOf(Quantity.class);
        Quantity quantity = (Quantity) parsed.amount();
        assertThat(quantity.unit()).isEqualTo(Units.parse(unit));
        assertThat(quantity.value()).isCloseTo(value, within(Math.abs(value) * 1e-12));
        assertThat(parsed.substance()).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} to {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "30-40%       | 30  | 40  | %",
                "30 to 40 %   | 30  | 40  | %",
                "30%-40%      | 30  | 40  | %",
                "$2-3bn       | 2e9 | 3e9 | USD",
                "5–7 Mt       | 5   | 7   | Mt",
            })
    void readsRanges(String text, double low, double high, String unit) {
        Amount amount = QuantityParser.parse(text).amount();

        assertThat(amount).isInstanceOf(QuantityRange.class);
        QuantityRange range = (QuantityRange) amount;
        assertThat(range.low()).isEqualTo(Quantity.of(low, unit));
        assertThat(range.high()).isEqualTo(Quantity.of(high, unit));
        assertThat(range.central().value()).isEqualTo((low + high) / 2);
    }

    @Test
    void readsATrailingSubstance() {
        ParsedQuantity lng = QuantityParser.parse("6.6 Mtpa LNG");
        ParsedQuantity ofLng = QuantityParser.parse("6.6 Mtpa of LNG");
        ParsedQuantity crude = QuantityParser.parse("1.2 Mt crude oil");

        assertThat(lng.substance()).contains("LNG");
        assertThat(lng.amount()).isEqualTo(Quantity.of(6.6, "Mt/yr"));
        assertThat(ofLng).isEqualTo(lng);
        assertThat(crude.substance()).contains("crude oil");
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertThat(QuantityParser.parse("５０ bcm").amount()).isEqualTo(Quantity.of(50, "bcm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "--", "5 zorks", "$", "5 t of unobtainium", "40-30%"})
    void refusesGarbageNamingTextAndPosition(String text) {
        assertThatThrownBy(() -> QuantityParser.parse(text))
                .isInstanceOf(QuantityParseException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("at position")
                .hasMessageContaining("expected");
    }

    @Test
    void unknownUnitSuggestsCloseOnes() {
        assertThatThrownBy(() -> QuantityParser.parse("5 bcmm"))
                .isInstanceOf(QuantityParseException.class)
                .hasMessageContaining("position 2")
                .hasMessageContaining("Maybe you meant bcm");
    }

    @Test
    void positionPointsAtTheProblem() {
        QuantityParseException error = org.junit.jupiter.api.Assertions.assertThrows(
                QuantityParseException.class, () -> QuantityParser.parse("12 t zorks"));

        assertThat(error.position()).isEqualTo(5);
        assertThat(error.text()).isEqualTo("12 t zorks");
        assertThat(Optional.of(error.getMessage()))
                .hasValueSatisfying(m -> assertThat(m).contains("LNG"));
    }
}
