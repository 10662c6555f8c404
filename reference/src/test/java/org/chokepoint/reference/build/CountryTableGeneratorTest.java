package org.chokepoint.reference.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on small tables written here, and the committed countries.yaml against what the
 * generator derives from ../shared/data (skipped, saying so, where ../shared is absent).
 */
class CountryTableGeneratorTest {

    private static final String CODES_HEADER =
            "ISO3166-1-Alpha-3,ISO3166-1-Alpha-2,ISO3166-1-numeric,CLDR display name,"
                    + "UNTERM English Short,UNTERM English Formal,official_name_en,UNTERM Chinese Short,"
                    + "UNTERM Chinese Formal,official_name_cn\n";

    @TempDir
    Path shared;

    @Test
    void committedCountryTableMatchesItsSources() throws IOException {
        Path start = Path.of("").toAbsolutePath();
        Optional<Path> data = sharedData(start);
        assumeTrue(
                data.isPresent(),
                "../shared/data not found: looked beside the repository root above " + start
                        + "; countries.yaml is not checked against its sources");

        String generated = CountryTableGenerator.generate(data.get());
        String committed =
                Files.readString(Path.of("src/main/resources/reference/countries.yaml"), StandardCharsets.UTF_8);

        assertThat(committed)
                .as("countries.yaml differs from its sources: run scripts/regenerate-reference")
                .isEqualTo(generated);
    }

    @Test
    void comtradeCodesAreTakenFromBaciOnlyWhereComtradeRowsUseThem() throws IOException {
        writeTables("842,380\n398,842\n");

        String yaml = CountryTableGenerator.generate(shared);

        assertThat(yaml)
                .contains(
                        "  - alpha3: USA\n    alpha2: \"US\"\n    numeric: \"840\"\n    trade_code: \"842\"\n"
                                + "    baci_code: \"842\"\n",
                        "  - alpha3: ITA\n    alpha2: \"IT\"\n    numeric: \"380\"\n    baci_code: \"381\"\n",
                        "  - alpha3: KAZ\n    alpha2: \"KZ\"\n    numeric: \"398\"\n    en: \"Kazakhstan\"\n")
                .contains("    sources: [iso, cldr, baci, comtrade]\n", "    sources: [iso, cldr]\n");
        assertThat(yaml.indexOf("alpha3: ITA")).isLessThan(yaml.indexOf("alpha3: KAZ"));
        assertThat(CountryTableGenerator.generate(shared)).isEqualTo(yaml);
    }

    @Test
    void namesComeFromCldrWithTheHongKongFormOnlyWhereItDiffers() throws IOException {
        writeTables("842,380\n");

        String yaml = CountryTableGenerator.generate(shared);

        assertThat(yaml)
                .contains("    en: \"Kazakhstan\"\n    zh_hans: \"哈萨克斯坦\"\n    zh_hant: \"哈薩克\"\n    sources:")
                .contains("    zh_hant: \"義大利\"\n    zh_hk: \"意大利\"\n")
                .contains(
                        "    other_names:\n      - \"US\"\n      - \"United States of America\"\n      - \"美利坚合众国\"\n");
    }

    @Test
    void aCodeNoSourceSettlesIsAnErrorNotAGuess() throws IOException {
        writeTables("842,156\n");

        assertThatThrownBy(() -> CountryTableGenerator.generate(shared))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BACI codes ITA as 381, not its ISO code 380")
                .hasMessageContaining("cannot tell which code UN Comtrade uses");
    }

    @Test
    void mainWritesTheTable() throws IOException {
        writeTables("842,380\n");
        Path out = shared.resolve("countries.yaml");

        CountryTableGenerator.main(new String[] {shared.toString(), out.toString()});

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(CountryTableGenerator.generate(shared));
    }

    /** Tables for the USA, Italy and Kazakhstan, and Comtrade rows with the given reporter,partner lines. */
    private void writeTables(String comtradeRows) throws IOException {
        write(
                CountryTableGenerator.CODES,
                CODES_HEADER
                        + "USA,US,840,US,United States of America (the),United States of America,"
                        + "United States of America,美利坚合众国,美利坚合众国,美利坚合众国\n"
                        + "KAZ,KZ,398,Kazakhstan,Kazakhstan,Kazakhstan,Kazakhstan,哈萨克斯坦,哈萨克斯坦,哈萨克斯坦\n"
                        + "ITA,IT,380,Italy,Italy,Italy,Italy,意大利,意大利,意大利\n");
        write(CountryTableGenerator.CLDR + "/country_en.csv", "id,value\nIT,Italy\nKZ,Kazakhstan\nUS,United States\n");
        write(CountryTableGenerator.CLDR + "/country_zh_Hans.csv", "id,value\nIT,意大利\nKZ,哈萨克斯坦\nUS,美国\n");
        write(CountryTableGenerator.CLDR + "/country_zh_Hant.csv", "id,value\nIT,義大利\nKZ,哈薩克\nUS,美國\n");
        write(CountryTableGenerator.CLDR + "/country_zh_HK.csv", "id,value\nIT,意大利\nKZ,哈薩克\nUS,美國\n");
        write(
                CountryTableGenerator.BACI,
                "\uFEFFcountry_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha\n"
                        + "381,Italy,Italy,IT,ITA\n398,Kazakhstan,Kazakhstan,KZ,KAZ\n"
                        + "842,USA,\"USA, Puerto Rico and US Virgin Islands\",US,USA\n");
        write(
                CountryTableGenerator.COMTRADE,
                "commodity,flow,reporter,partner\n"
                        + comtradeRows
                                .lines()
                                .map(row -> "2504,M," + row + "\n")
                                .reduce("", String::concat));
    }

    private void write(String relative, String text) throws IOException {
        Path file = shared.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** ../shared/data beside the repository root (the first folder up from {@code start} holding mvnw). */
    static Optional<Path> sharedData(Path start) {
        Path dir = start;
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path data = dir.getParent().resolve("shared").resolve("data");
        return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }
}
