package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookup over the shipped countries.yaml and country-aliases.yaml. */
class CountryDirectoryTest {

    private static final long SEED = 31661L;
    private static CountryDirectory countries;

    @BeforeAll
    static void load() {
        countries = CountryCatalogLoader.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"哈薩克", "哈萨克斯坦", "kazakhstan", "KZ", "KAZ", "ｋａｚ"})
    void searchFindsKazakhstanWithItsThreeNames(String text) {
        List<Country> found = countries.search(text);

        assertThat(found).isNotEmpty();
        Country kazakhstan = found.get(0);
        assertThat(kazakhstan.id()).isEqualTo(CountryId.of("KAZ"));
        assertThat(kazakhstan.english()).isEqualTo("Kazakhstan");
        assertThat(kazakhstan.simplifiedChinese()).isEqualTo("哈萨克斯坦");
        assertThat(kazakhstan.traditionalChinese()).isEqualTo("哈薩克");
        assertThat(countries.find(text)).contains(kazakhstan);
    }

    @ParameterizedTest
    @CsvSource({"大陸, CHN", "中國大陸, CHN", "南韓, KOR"})
    void newsNamesFindTheirCountry(String text, String alpha3) {
        assertThat(countries.search(text))
                .first()
                .extracting(c -> c.id().alpha3())
                .isEqualTo(alpha3);
        assertThat(countries.find(text)).map(c -> c.id().alpha3()).contains(alpha3);
    }

    @ParameterizedTest
    @CsvSource({
        "中國大陸, CHN",
        "中国大陆, CHN",
        "大陸, CHN",
        "大陆, CHN",
        "中方, CHN",
        "中國, CHN",
        "中国, CHN",
        "陸方, CHN",
        "Mainland China, CHN",
        "PRC, CHN",
        "北京, CHN",
        "美方, USA",
        "美國, USA",
        "美国, USA",
        "US, USA",
        "U.S., USA",
        "USA, USA",
        "America, USA",
        "華府, USA",
        "俄方, RUS",
        "俄國, RUS",
        "俄国, RUS",
        "俄羅斯, RUS",
        "Russia, RUS",
        "Kremlin, RUS",
        "哈國, KAZ",
        "哈国, KAZ",
        "哈萨克, KAZ",
        "哈薩克, KAZ",
        "Kazakh, KAZ",
        "南韓, KOR",
        "南韩, KOR",
        "韓國, KOR",
        "韩国, KOR",
        "韓方, KOR",
        "South Korea, KOR",
        "ROK, KOR",
        "Korea, KOR",
        "首爾, KOR",
        "北韓, PRK",
        "北韩, PRK",
        "朝鲜, PRK",
        "North Korea, PRK",
        "DPRK, PRK",
        "日方, JPN",
        "Taiwan, TWN",
        "台灣, TWN",
        "臺灣, TWN",
        "UK, GBR",
        "Britain, GBR",
        "United Kingdom, GBR",
        "阿聯, ARE",
        "New Delhi, IND"
    })
    void aliasesNewsUses(String alias, String alpha3) {
        assertThat(countries.find(alias)).map(c -> c.id().alpha3()).contains(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"欧盟", "歐盟", "EU", "G7"})
    void groupsAreNotCountries(String name) {
        assertThat(countries.find(name)).isEmpty();
    }

    @Test
    void everyIsoCountryHasCodesNamesInThreeScriptsAndSources() {
        assertThat(countries.all()).hasSize(249).allSatisfy(country -> {
            assertThat(country.alpha2()).hasSize(2);
            assertThat(country.isoNumeric()).hasSize(3);
            assertThat(country.english()).isNotBlank();
            assertThat(country.simplifiedChinese()).isNotBlank();
            assertThat(country.traditionalChinese()).isNotBlank();
            assertThat(country.sources()).isNotEmpty();
        });
    }

    @Test
    void hongKongNamesAreKeptWhereTheyDiffer() {
        Country laos = countries.require("LAO");

        assertThat(laos.traditionalChinese()).isEqualTo("寮國");
        assertThat(laos.hongKongChinese()).contains("老撾");
        assertThat(countries.require("KAZ").hongKongChinese()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"USA, 840, 842", "FRA, 250, 251", "IND, 356, 699", "CHE, 756, 757", "NOR, 578, 579"})
    void comtradeCodesAreKeptWhereTheyDifferFromIso(String alpha3, String iso, String comtrade) {
        Country country = countries.require(alpha3);

        assertThat(country.isoNumeric()).isEqualTo(iso);
        assertThat(country.tradeCode()).contains(comtrade);
        assertThat(countries.findByTradeCode(comtrade)).contains(country);
    }

    @Test
    void italyUsesItsIsoCodeInComtradeButNotInBaci() {
        Country italy = countries.require("Italy");

        assertThat(italy.tradeCode()).isEmpty();
        assertThat(italy.baciCode()).contains("381");
        assertThat(countries.findByTradeCode("380")).contains(italy);
        assertThat(countries.findByBaciCode("381")).contains(italy);
        assertThat(countries.findByTradeCode("381")).isEmpty();
    }

    @Test
    void tradeCodesNeedNoLeadingZerosAndResidualAreasAreNotCountries() {
        assertThat(countries.findByTradeCode("36")).map(c -> c.id().alpha3()).contains("AUS");
        assertThat(countries.findByTradeCode("490")).isEmpty();
        assertThat(countries.findByTradeCode("840")).isEmpty();
    }

    @Test
    void searchPutsExactMatchesFirstThenEveryNameContainingTheText() {
        List<String> found =
                countries.search("Guinea").stream().map(c -> c.id().alpha3()).toList();

        assertThat(found.get(0)).isEqualTo("GIN");
        assertThat(found).contains("GNB", "GNQ", "PNG").doesNotHaveDuplicates();
        assertThat(countries.search("中国").get(0).id()).isEqualTo(CountryId.of("CHN"));
        assertThat(countries.search("中国")).extracting(c -> c.id().alpha3()).contains("HKG", "MAC");
        assertThat(countries.search("Atlantis")).isEmpty();
    }

    @Test
    void unknownCountrySuggestsTheClosestByCodeAndName() {
        assertThatThrownBy(() -> countries.require("KZX"))
                .isInstanceOf(UnknownCountryException.class)
                .hasMessage("Unknown country 'KZX'." + System.lineSeparator() + "Maybe you meant KAZ (Kazakhstan)?");
        assertThatThrownBy(() -> countries.require("Kazakstann", "scenario.yaml line 14"))
                .hasMessage("Unknown country 'Kazakstann' in scenario.yaml line 14." + System.lineSeparator()
                        + "Maybe you meant KAZ (Kazakhstan)?");
    }

    /** A country, one of its names, and that name with its case and width changed at random. */
    record Case(Country country, String name, String disguised) {
        @Override
        public String toString() {
            return country.id() + " " + name + " as " + disguised;
        }
    }

    static Stream<Case> names() {
        List<Country> all = CountryCatalogLoader.load().all();
        Random random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> {
            Country country = all.get(random.nextInt(all.size()));
            List<String> names = country.allNames().toList();
            String name = names.get(random.nextInt(names.size()));
            return new Case(country, name, disguise(name, random));
        });
    }

    /** Random upper or lower case, and ASCII letters and digits at random turned full width. */
    private static String disguise(String name, Random random) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> {
            String s = Character.toString(c);
            s = random.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
            if (s.length() == 1 && s.charAt(0) >= '!' && s.charAt(0) <= '~' && random.nextBoolean()) {
                s = Character.toString(s.charAt(0) - '!' + 0xFF01);
            }
            text.append(s);
        });
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("names")
    void anyNameInAnyCaseOrWidthFindsWhatTheNameFinds(Case c) {
        assertThat(Normalizer.normalize(c.disguised(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .isEqualTo(Normalizer.normalize(c.name(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        assertThat(countries.find(c.disguised())).isEqualTo(countries.find(c.name()));
        assertThat(countries.search(c.disguised())).contains(c.country());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyCountryIsFoundByItsCodes(Case c) {
        assertThat(countries.require(c.country().id().alpha3())).isEqualTo(c.country());
        assertThat(countries.require(c.country().alpha2())).isEqualTo(c.country());
        assertThat(countries.require(c.country().isoNumeric())).isEqualTo(c.country());
    }
}
