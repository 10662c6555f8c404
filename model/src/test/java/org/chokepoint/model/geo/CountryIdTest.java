package org.chokepoint.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryIdTest {

    @Test
    void anAlpha3CodeIsAnId() {
        assertThat(CountryId.of("KAZ").alpha3()).isEqualTo("KAZ");
        assertThat(CountryId.of("KAZ")).hasToString("KAZ").isEqualTo(new CountryId("KAZ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kaz", "KZ", "KAZA", "K4Z", "", " KAZ"})
    void anythingElseIsRefusedNamingTheValue(String code) {
        assertThatThrownBy(() -> CountryId.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void idsSortByCode() {
        assertThat(CountryId.of("CHN")).isLessThan(CountryId.of("KAZ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU27", "G7", "C5+1", "FORGE"})
    void groupIdsAreShortCodes(String code) {
        assertThat(new GroupId(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eu", "G 7", "+1"})
    void malformedGroupIdsAreRefused(String code) {
        assertThatThrownBy(() -> new GroupId(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }
}
