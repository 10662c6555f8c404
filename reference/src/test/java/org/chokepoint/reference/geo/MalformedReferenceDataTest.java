package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chokepoint.reference.yaml.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of malformed country, alias or group file fails at load naming the file, line and field. */
class MalformedReferenceDataTest {

    private static final String COUNTRIES = "geo/countries-ok.yaml";
    private static final String ALIASES = "geo/aliases-ok.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "countries-unknown-key.yaml      | 14 | countries[0].capital    | unknown key 'capital'",
                "countries-bad-alpha2.yaml       | 16 | countries[1].alpha2     | expected two capital letters, e.g. KZ, found 'C1'",
                "countries-bad-numeric.yaml      | 10 | countries[0].numeric    | expected three digits, e.g. 398, found '39'",
                "countries-duplicate.yaml        | 15 | countries[1].alpha3     | duplicate country KAZ",
                "countries-duplicate-alpha2.yaml | 16 | countries[1].alpha2     | duplicate alpha-2 code KZ: CHN and KAZ both use it",
                "countries-trade-code-taken.yaml | 18 | countries[1].trade_code | duplicate numeric code 398: USA and KAZ both use it",
                "countries-missing-name.yaml     | 8  | countries[0]            | missing required field 'en'",
                "countries-unknown-source.yaml   | 14 | countries[0].sources[1] | unknown source 'un'",
                "countries-wrong-kind.yaml       | 1  | kind                    | expected kind 'countries', found 'groups'",
                "countries-wrong-version.yaml    | 2  | version                 | schema version 2 is not supported",
                "countries-broken-syntax.yaml    | 9  | ''                      | not valid YAML",
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
                "aliases-collision.yaml        | 5 | aliases.KAZ[0] | alias '中國' of KAZ (Kazakhstan) is already a name of CHN (China)",
                "aliases-collision-folded.yaml | 4 | aliases.KAZ[1] | alias 'ＣＨＮ' of KAZ (Kazakhstan) is already a name of CHN (China)",
                "aliases-unknown-country.yaml  | 4 | aliases.KZX    | unknown country KZX",
                "aliases-unknown-key.yaml      | 5 | names          | unknown key 'names'",
                "aliases-no-letters.yaml       | 4 | aliases.KAZ[0] | alias '...' of KAZ has no letters or digits",
            })
    void brokenAliasFiles(String file, int line, String field, String problem) {
        assertThatThrownBy(() -> CountryCatalogLoader.load(COUNTRIES, "geo/" + file))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo("geo/" + file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "groups-unknown-member.yaml      | 14 | groups[0].members[1].country | Unknown country 'KZX'.",
                "groups-bad-dates.yaml           | 14 | groups[0].members[1].since   | not '2020-02-30'",
                "groups-until-before-since.yaml  | 13 | groups[0].members[0]         | ends (2010) before it begins (2015)",
                "groups-known-without-since.yaml | 13 | groups[0].members[0]         | KAZ is known but has no start date",
                "groups-unknown-source.yaml      | 13 | groups[0].members[0].source  | unknown source 'state-dept'",
                "groups-unknown-key.yaml         | 13 | groups[0].members[0].joined  | unknown key 'joined'",
                "groups-bad-role.yaml            | 13 | groups[0].members[0].role    | unknown value 'partner'",
                "groups-name-is-country.yaml     | 10 | groups[0].zh[0]              | name '中國' of group C1 already names the country CHN (China)",
                "groups-duplicate-name.yaml      | 16 | groups[1].aliases[0]         | name 'Central One' of group C2 is already a name of group C1",
                "groups-bad-id.yaml              | 8  | groups[0].id                 | not 'c 1'",
                "groups-missing-source.yaml      | 8  | groups[0]                    | missing required field 'source'",
            })
    void brokenGroupFiles(String file, int line, String field, String problem) {
        CountryDirectory countries = CountryCatalogLoader.load(COUNTRIES, ALIASES);

        assertThatThrownBy(() -> GroupLoader.load("geo/" + file, countries))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo("geo/" + file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(problem);
                });
    }

    @Test
    void anUnknownMemberIsReportedWithTheClosestCountryAsAdvice() {
        CountryDirectory countries = CountryCatalogLoader.load(COUNTRIES, ALIASES);

        assertThatThrownBy(() -> GroupLoader.load("geo/groups-unknown-member.yaml", countries))
                .hasMessage("Invalid reference data in geo/groups-unknown-member.yaml line 14, field"
                        + " groups[0].members[1].country: Unknown country 'KZX'." + System.lineSeparator()
                        + "Maybe you meant KAZ (Kazakhstan)?");
    }

    @Test
    void wellFormedFixturesLoad() {
        CountryDirectory countries = CountryCatalogLoader.load(COUNTRIES, ALIASES);
        GroupDirectory groups = GroupLoader.load("geo/groups-ok.yaml", countries);

        assertThat(countries.all()).extracting(c -> c.id().alpha3()).containsExactly("CHN", "KAZ", "USA");
        assertThat(countries.find("大陆")).map(c -> c.id().alpha3()).contains("CHN");
        assertThat(groups.find("Central One").orElseThrow().memberships())
                .extracting(m -> m.country().alpha3() + " " + m.role() + " " + m.status())
                .containsExactly("KAZ MEMBER KNOWN", "CHN OBSERVER KNOWN", "USA MEMBER UNKNOWN");
    }
}
