package org.chokepoint.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void addsWithinADimensionInTheLeftUnit() {
        Quantity sum = Quantity.of(1, "Mt").plus(Quantity.of(500, "kt"));

        assertThat(sum.unit().symbol()).isEqualTo("Mt");
        assertThat(sum.value()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void refusesToAddMassAndMoney() {
        assertThatThrownBy(() -> Quantity.of(5, "t").plus(Quantity.of(3, "USD")))
                .isInstanceOf(IncompatibleDimensionsException.class)
                .hasMessageContaining("Cannot add 5 t (mass) and 3 USD (money (USD))");
    }

    @Test
    void refusesToAddTwoCurrencies() {
        assertThatThrownBy(() -> Quantity.of(5, "USD").minus(Quantity.of(3, "CNY")))
                .isInstanceOf(IncompatibleDimensionsException.class)
                .hasMessageContaining("explicit exchange rate");
    }

    @Test
    void convertsBetweenYearAndMonthRates() {
        assertThat(Quantity.of(12, "bcm/yr").to(Units.parse("bcm/month")).value())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void convertsEnergyUnits() {
        assertThat(Quantity.of(1, "MMBtu").to(Units.parse("GJ")).value()).isCloseTo(1.05505585262, within(1e-11));
        assertThat(Quantity.of(1, "Mtoe").to(Units.parse("PJ")).value()).isCloseTo(41.868, within(1e-9));
    }

    @Test
    void convertsVolumeUnits() {
        assertThat(Quantity.of(1, "bcm").to(Units.parse("bcf")).value()).isCloseTo(35.3147, within(1e-4));
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> Quantity.of(Double.NaN, "t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownUnitGetsSuggestions() {
        assertThatThrownBy(() -> Units.parse("tonnnes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown unit 'tonnnes'")
                .hasMessageContaining("Maybe you meant");
    }
}
