package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chokepoint.reference.yaml.ReferenceDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of malformed country or group file fails at load naming the file, line and field. */
class MalformedReferenceDataTest {

    private static final String ALIASES = "geo/aliases-ok.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "countries-bad-code.yaml      | 11 | countries[1].alpha2 | expected two capital letters, e.g. KZ, found 'C1'",
                "countries-missing-name.yaml  | 4  | countries[0]        | missing required field 'en'",
                "countries-unknown-key.yaml   | 10 | countries[0].capital | unknown key 'capital'",
                "countries-duplicate.yaml     | 10 | countries[1].alpha3 | duplicate country KAZ",
                "countries-wrong-version.yaml | 2  | version             | schema version 2 is not supported",
                "countries-broken-syntax.yaml | 5  | ''                  | not valid YAML",
            })
    void brokenCountryFiles(String file, int line, String field, String problem) {
        assertThatThrownBy(() -> CountryCatalogLoader.load("geo/" + file, ALIASES))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo("geo/" + file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage())
                            .contains("geo/" + file + " line " + line)
                            .contains(problem);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "aliases-collision.yaml       | 5 | aliases.KAZ[0] | alias '中國' of KAZ is already a name of CHN (China)",
                "aliases-unknown-country.yaml | 4 | aliases.KZX    | unknown country KZX",
            })
    void brokenAliasFiles(String file, int line, String field, String problem) {
        assertThatThrownBy(() -> CountryCatalogLoader.load("geo/countries-ok.yaml", "geo/" + file))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "groups-unknown-member.yaml    | 13 | groups[0].members[1].country | Unknown country 'KZX'",
                "groups-bad-dates.yaml         | 13 | groups[0].members[1].since   | not '2020-02-30'",
                "groups-until-before-since.yaml | 12 | groups[0].members[0]        | ends (2010) before it begins (2015)",
                "groups-unknown-source.yaml    | 12 | groups[0].members[0].source  | unknown source 'state-dept'",
            })
    void brokenGroupFiles(String file, int line, String field, String problem) {
        CountryDirectory countries = CountryCatalogLoader.load("geo/countries-ok.yaml", ALIASES);

        assertThatThrownBy(() -> GroupLoader.load("geo/" + file, countries))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(problem);
                });
    }
}
