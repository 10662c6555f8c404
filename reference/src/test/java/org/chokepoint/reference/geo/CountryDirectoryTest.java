package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryDirectoryTest {

    private static CountryDirectory countries;

    @BeforeAll
    static void load() {
        countries = CountryCatalogLoader.load();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"哈薩克", "哈萨克斯坦", "kazakhstan", "KAZAKHSTAN", "KZ", "KAZ", "ｋａｚ", "398", "哈國", "哈萨克", "哈薩克斯坦"})
    void kazakhstanByAnyNameInAnyScript(String name) {
        assertThat(countries.search(name)).extracting(Country::id).containsExactly(CountryId.of("KAZ"));
        assertThat(countries.find(name)).map(Country::id).contains(CountryId.of("KAZ"));
    }

    @Test
    void kazakhstanHasItsThreeNames() {
        Country kazakhstan = countries.require("KZ");

        assertThat(kazakhstan.english()).isEqualTo("Kazakhstan");
        assertThat(kazakhstan.simplifiedChinese()).isEqualTo("哈萨克斯坦");
        assertThat(kazakhstan.traditionalChinese()).isEqualTo("哈薩克");
    }

    @ParameterizedTest
    @CsvSource({
        "大陸, CHN", "中國大陸, CHN", "中国大陆, CHN", "中方, CHN", "美方, USA", "U.S., USA", "美國, USA", "俄方, RUS",
        "俄國, RUS", "俄羅斯, RUS", "南韓, KOR", "韓國, KOR", "南韩, KOR", "北韓, PRK", "朝鲜, PRK", "Republic of Korea, KOR",
        "Russian Federation, RUS", "United Kingdom, GBR", "UK, GBR", "台灣, TWN", "臺灣, TWN"
    })
    void aliasesNewsUses(String alias, String alpha3) {
        assertThat(countries.find(alias)).map(Country::id).contains(CountryId.of(alpha3));
    }

    @Test
    void tradeCodesDifferWhereComtradeDiffers() {
        assertThat(countries.require("USA").tradeCode()).contains("842");
        assertThat(countries.require("USA").isoNumeric()).isEqualTo("840");
        assertThat(countries.require("France").tradeCode()).contains("251");
    }

    @Test
    void comtradeCodesFindCountriesButNotResidualAreas() {
        assertThat(countries.findByTradeCode("842")).map(c -> c.id().alpha3()).contains("USA");
        assertThat(countries.findByTradeCode("36")).map(c -> c.id().alpha3()).contains("AUS");
        assertThat(countries.findByTradeCode("380")).map(c -> c.id().alpha3()).contains("ITA");
        assertThat(countries.findByTradeCode("490")).isEmpty();
    }

    @Test
    void partialSearchFindsEveryMatch() {
        assertThat(countries.search("Korea")).extracting(Country::id).contains(CountryId.of("KOR"));
        assertThat(countries.search("guin")).extracting(c -> c.id().alpha3()).contains("GIN", "GNB", "GNQ", "PNG");
    }

    @Test
    void unknownCountrySuggestsTheClosest() {
        assertThatThrownBy(() -> countries.require("KZX"))
                .isInstanceOf(UnknownCountryException.class)
                .hasMessageContaining("Unknown country 'KZX'.")
                .hasMessageContaining("Maybe you meant")
                .hasMessageContaining("Kazakhstan (KAZ)");
    }

    @Test
    void everyCountryHasNamesInThreeScripts() {
        assertThat(countries.all()).hasSizeGreaterThan(240).allSatisfy(country -> {
            assertThat(country.english()).isNotBlank();
            assertThat(country.simplifiedChinese()).isNotBlank();
            assertThat(country.traditionalChinese()).isNotBlank();
        });
    }
}
