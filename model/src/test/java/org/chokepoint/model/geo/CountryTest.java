package org.chokepoint.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.chokepoint.model.source.Citation;
import org.junit.jupiter.api.Test;

class CountryTest {

    private static final Citation SOURCE =
            new Citation("Unicode CLDR", "Country names", Optional.empty(), Optional.empty());

    private static Country usa(String alpha2, String tradeCode) {
        return new Country(
                CountryId.of("USA"),
                alpha2,
                "840",
                Optional.of(tradeCode),
                Optional.of("842"),
                "United States",
                "美国",
                "美國",
                Optional.empty(),
                List.of("United States of America"),
                List.of("U.S."),
                List.of(SOURCE));
    }

    @Test
    void allNamesGivesCodesThenNamesThenAliases() {
        assertThat(usa("US", "842").allNames())
                .containsExactly(
                        "USA",
                        "US",
                        "840",
                        "842",
                        "842",
                        "United States",
                        "美国",
                        "美國",
                        "United States of America",
                        "U.S.");
    }

    @Test
    void aliasesAreAddedOnceAfterTheirOwn() {
        Country country = usa("US", "842").withAliases(List.of("美方", "U.S."));

        assertThat(country.aliases()).containsExactly("U.S.", "美方");
        assertThat(country.codeAndName()).isEqualTo("USA (United States)");
        assertThat(country.label()).isEqualTo("United States (USA)");
    }

    @Test
    void malformedCodesAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> usa("USA", "842")).hasMessageContaining("alpha-2 code looks like KZ, not 'USA'");
        assertThatThrownBy(() -> usa("US", "84")).hasMessageContaining("trade code looks like 842, not '84'");
    }
}
