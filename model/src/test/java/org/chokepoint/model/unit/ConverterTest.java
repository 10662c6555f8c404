package org.chokepoint.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConverterTest {

    @Test
    void lngCapacityBecomesGasVolumeThroughTheCitedFactor() {
        Conversion conversion = Converter.convert(Quantity.of(6.6, "Mtpa"), Optional.of("LNG"), Units.parse("m3/yr"));

        assertThat(conversion.result().value()).isCloseTo(8.976e9, within(1.0));
        assertThat(conversion.result().unit().symbol()).isEqualTo("m3/yr");
        assertThat(conversion.factorsUsed()).singleElement().satisfies(factor -> {
            assertThat(factor.id()).isEqualTo("lng-mass-to-gas-volume");
            assertThat(factor.source().publisher()).isEqualTo("Energy Institute");
        });
    }

    @Test
    void gasVolumeBecomesLngMassBackwards() {
        Conversion conversion = Converter.convert(Quantity.of(1.36, "bcm"), Optional.of("LNG"), Units.parse("Mt"));

        assertThat(conversion.result().value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void sameDimensionNeedsNoFactor() {
        Conversion conversion = Converter.convert(Quantity.of(5e10, "m3"), Optional.empty(), Units.parse("bcm"));

        assertThat(conversion.result()).isEqualTo(Quantity.of(50, "bcm"));
        assertThat(conversion.factorsUsed()).isEmpty();
    }

    @Test
    void massNeverBecomesMoney() {
        assertThatThrownBy(() -> Converter.convert(Quantity.of(5, "t"), Optional.empty(), Units.parse("USD")))
                .isInstanceOf(IncompatibleDimensionsException.class)
                .hasMessageContaining("Cannot convert 5 t (mass) to USD (money (USD))")
                .hasMessageContaining("only through a price")
                .hasMessageContaining("Convert to another unit of mass (t, kg, kt, Mt");
    }

    @Test
    void currenciesAreNotExchanged() {
        assertThatThrownBy(() -> Converter.convert(Quantity.of(5, "USD"), Optional.empty(), Units.parse("CNY")))
                .isInstanceOf(IncompatibleDimensionsException.class)
                .hasMessageContaining("does not exchange currencies");
    }

    @Test
    void aSubstanceWithoutAFittingFactorIsRefused() {
        assertThatThrownBy(() -> Converter.convert(Quantity.of(5, "Mt"), Optional.of("LNG"), Units.parse("MMBtu")))
                .isInstanceOf(IncompatibleDimensionsException.class)
                .hasMessageContaining("no cited factor for LNG");
    }
}
