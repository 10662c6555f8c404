package org.chokepoint.reference.build;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives {@code reference/countries.yaml} from the public country tables in {@code ../shared/data}
 * instead of typing 249 countries by hand: ISO codes and UNTERM names (country-codes), CLDR names
 * in English and Chinese (country-names-cldr), BACI's numeric codes (baci-reference) and the codes
 * UN Comtrade files really use (comtrade-2023-critical-minerals-bilateral). The output is
 * deterministic, so a test can check that the committed file still matches its sources.
 *
 * <p>Run by {@code scripts/regenerate-reference}, or directly with two arguments: the shared data
 * directory and the output file.
 */
public final class CountryTableGenerator {

    static final String CODES = "country-codes/country-codes.csv";
    static final String CLDR = "country-names-cldr";
    static final String BACI = "baci-reference/country_codes.csv";
    static final String COMTRADE = "comtrade-2023-critical-minerals-bilateral/bilateral_edges.csv";

    private static final List<String> OTHER_NAME_COLUMNS = List.of(
            "CLDR display name",
            "UNTERM English Short",
            "UNTERM English Formal",
            "official_name_en",
            "UNTERM Chinese Short",
            "UNTERM Chinese Formal",
            "official_name_cn");

    private CountryTableGenerator() {}

    /** Writes the table: {@code CountryTableGenerator SHARED_DATA_DIR OUTPUT_YAML}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CountryTableGenerator SHARED_DATA_DIR OUTPUT_YAML");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The YAML text derived from the given shared data directory. */
    public static String generate(Path sharedData) {
        Map<String, String> english = cldr(sharedData, "en");
        Map<String, String> simplified = cldr(sharedData, "zh_Hans");
        Map<String, String> traditional = cldr(sharedData, "zh_Hant");
        Map<String, String> hongKong = cldr(sharedData, "zh_HK");
        Map<String, String> baciCodes = baciCodes(sharedData);
        Set<String> comtradeCodes = comtradeCodes(sharedData);

        TreeMap<String, String> entries = new TreeMap<>();
        for (Map<String, String> row : read(sharedData.resolve(CODES))) {
            String alpha3 = cell(row, "ISO3166-1-Alpha-3");
            String alpha2 = cell(row, "ISO3166-1-Alpha-2");
            String numeric = pad(cell(row, "ISO3166-1-numeric"));
            String en = required(english, alpha2, "en");
            String hans = required(simplified, alpha2, "zh_Hans");
            String hant = required(traditional, alpha2, "zh_Hant");
            Optional<String> hk = Optional.ofNullable(hongKong.get(alpha2)).filter(name -> !name.equals(hant));
            Optional<String> baci = Optional.ofNullable(baciCodes.get(alpha3)).filter(code -> !code.equals(numeric));
            Optional<String> trade = baci.flatMap(code -> comtradeCode(alpha3, numeric, code, comtradeCodes));

            Set<String> others = new LinkedHashSet<>();
            for (String column : OTHER_NAME_COLUMNS) {
                others.add(cell(row, column).replaceFirst(" \\(the\\)$", "").replaceFirst("^the ", ""));
            }
            others.removeIf(name -> name.isEmpty()
                    || name.equals(en)
                    || name.equals(hans)
                    || name.equals(hant)
                    || hk.map(name::equals).orElse(false));

            StringBuilder entry = new StringBuilder();
            entry.append("  - alpha3: ").append(alpha3).append('\n');
            field(entry, "alpha2", alpha2);
            field(entry, "numeric", numeric);
            trade.ifPresent(code -> field(entry, "trade_code", code));
            baci.ifPresent(code -> field(entry, "baci_code", code));
            field(entry, "en", en);
            field(entry, "zh_hans", hans);
            field(entry, "zh_hant", hant);
            hk.ifPresent(name -> field(entry, "zh_hk", name));
            if (!others.isEmpty()) {
                entry.append("    other_names:\n");
                others.forEach(
                        name -> entry.append("      - ").append(quote(name)).append('\n'));
            }
            entry.append("    sources: [iso, cldr")
                    .append(baci.isPresent() ? ", baci, comtrade" : "")
                    .append("]\n");
            if (entries.put(alpha3, entry.toString()) != null) {
                throw new IllegalStateException(CODES + " lists " + alpha3 + " twice");
            }
        }

        StringBuilder yaml = new StringBuilder();
        yaml.append("# Generated by org.chokepoint.reference.build.CountryTableGenerator from ../shared/data.\n");
        yaml.append("# Do not edit by hand: run scripts/regenerate-reference. Aliases live in country-aliases.yaml.\n");
        yaml.append("# Each country's sources name the files its fields come from.\n");
        yaml.append("kind: countries\nversion: 1\nsources:\n");
        yaml.append(source(
                "iso",
                "datasets/country-codes (ISO 3166-1 and UNTERM data; ODC PDDL 1.0)",
                "Country codes, fields alpha3, alpha2, numeric, other_names"
                        + " (https://github.com/datasets/country-codes at commit caa72d1e)",
                CODES,
                "2023-09-25"));
        yaml.append(source(
                "cldr",
                "Unicode CLDR, via umpirsky/country-list (MIT)",
                "Country names in en, zh_Hans, zh_Hant and zh_HK, fields en, zh_hans, zh_hant, zh_hk"
                        + " (https://github.com/umpirsky/country-list at commit 4d8f8752)",
                CLDR + "/country_{en,zh_Hans,zh_Hant,zh_HK}.csv",
                null));
        yaml.append(source(
                "baci",
                "CEPII (BACI, Etalab Open Licence 2.0)",
                "BACI V202201 country codes, field baci_code (copied in ONEcampaign/DataDive_Ukraine at commit"
                        + " 098846ad)",
                BACI,
                "2022-02-24"));
        yaml.append(source(
                "comtrade",
                "United Nations Statistics Division (UN Comtrade)",
                "Reporter and partner codes of UN Comtrade 2023 import rows, field trade_code (compiled in"
                        + " ibtisamkhan96/crm-trade-network at commit b714a7bb)",
                COMTRADE,
                "2023"));
        yaml.append("countries:\n");
        entries.values().forEach(yaml::append);
        return yaml.toString();
    }

    /**
     * The code UN Comtrade uses where BACI's differs from ISO: BACI's own where the Comtrade rows
     * use it (842 for the USA), none where they use the ISO code (380 for Italy, which BACI gives
     * as 381). Where the rows show neither, the sources cannot tell, and the generator says so.
     */
    private static Optional<String> comtradeCode(String alpha3, String iso, String baci, Set<String> comtrade) {
        if (comtrade.contains(baci)) {
            return Optional.of(baci);
        }
        if (comtrade.contains(iso)) {
            return Optional.empty();
        }
        throw new IllegalStateException("BACI codes " + alpha3 + " as " + baci + ", not its ISO code " + iso + ", and "
                + COMTRADE + " uses neither: cannot tell which code UN Comtrade uses.");
    }

    /** BACI's code for each ISO alpha-3, from the first row naming it (later rows are former entities). */
    private static Map<String, String> baciCodes(Path sharedData) {
        Map<String, String> codes = new HashMap<>();
        for (Map<String, String> row : read(sharedData.resolve(BACI))) {
            codes.putIfAbsent(cell(row, "iso_3digit_alpha"), pad(cell(row, "country_code")));
        }
        return codes;
    }

    private static Set<String> comtradeCodes(Path sharedData) {
        Set<String> codes = new TreeSet<>();
        for (Map<String, String> row : read(sharedData.resolve(COMTRADE))) {
            codes.add(pad(cell(row, "reporter")));
            codes.add(pad(cell(row, "partner")));
        }
        return codes;
    }

    private static Map<String, String> cldr(Path sharedData, String locale) {
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : read(sharedData.resolve(CLDR).resolve("country_" + locale + ".csv"))) {
            names.put(cell(row, "id"), cell(row, "value"));
        }
        return names;
    }

    private static String required(Map<String, String> names, String alpha2, String locale) {
        String name = names.get(alpha2);
        if (name == null || name.isEmpty()) {
            throw new IllegalStateException(CLDR + "/country_" + locale + ".csv has no name for " + alpha2);
        }
        return name;
    }

    private static void field(StringBuilder entry, String key, String value) {
        entry.append("    ").append(key).append(": ").append(quote(value)).append('\n');
    }

    private static String source(String key, String publisher, String title, String location, String date) {
        StringBuilder text = new StringBuilder("  ").append(key).append(":\n");
        text.append("    publisher: ").append(quote(publisher)).append('\n');
        text.append("    title: ").append(quote(title)).append('\n');
        text.append("    location: ").append(quote(location)).append('\n');
        if (date != null) {
            text.append("    date: ").append(quote(date)).append('\n');
        }
        return text.toString();
    }

    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.strip();
    }

    private static String pad(String numeric) {
        return numeric.length() >= 3 ? numeric : "0".repeat(3 - numeric.length()) + numeric;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static List<Map<String, String>> read(Path csv) {
        String text;
        try {
            text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            return new ArrayList<>(rows.readAll());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + csv, e);
        }
    }
}
