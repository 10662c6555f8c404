package org.chokepoint.reference.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads and validates {@code countries.yaml} (generated from public code tables) and {@code
 * country-aliases.yaml} (curated names news uses) into a {@link CountryDirectory}. Every problem
 * is reported with the file, line and field.
 */
public final class CountryCatalogLoader {

    public static final String COUNTRIES = "reference/countries.yaml";
    public static final String ALIASES = "reference/country-aliases.yaml";

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{3}");
    private static final Set<String> COUNTRY_KEYS =
            Set.of("alpha3", "alpha2", "numeric", "trade_code", "en", "zh_hans", "zh_hant", "other_names");

    private CountryCatalogLoader() {}

    /** Loads the shipped files. */
    public static CountryDirectory load() {
        return load(COUNTRIES, ALIASES);
    }

    /** Loads the given classpath resources (tests point this at fixtures). */
    public static CountryDirectory load(String countriesResource, String aliasesResource) {
        Map<CountryId, Country> countries =
                readCountries(YamlReader.readReferenceFile(countriesResource, "countries", 1));
        addAliases(YamlReader.readReferenceFile(aliasesResource, "country-aliases", 1), countries);
        return new CountryDirectory(new ArrayList<>(countries.values()));
    }

    private static Map<CountryId, Country> readCountries(YamlNode root) {
        root.allowOnly(Set.of("kind", "version", "sources", "countries"));
        Map<CountryId, Country> countries = new LinkedHashMap<>();
        Map<String, CountryId> alpha2Codes = new HashMap<>();
        for (YamlNode entry : root.get("countries").items()) {
            entry.allowOnly(COUNTRY_KEYS);
            String alpha3 = code(entry, "alpha3", ALPHA3, "three capital letters, e.g. KAZ");
            String alpha2 = code(entry, "alpha2", ALPHA2, "two capital letters, e.g. KZ");
            String numeric = code(entry, "numeric", NUMERIC, "three digits, e.g. 398");
            Optional<String> tradeCode = entry.find("trade_code").map(n -> {
                code(entry, "trade_code", NUMERIC, "three digits, e.g. 842");
                return n.text();
            });
            CountryId id = CountryId.of(alpha3);
            if (countries.containsKey(id)) {
                throw entry.get("alpha3").error("duplicate country " + alpha3, "Each alpha-3 code appears once.");
            }
            CountryId sameAlpha2 = alpha2Codes.put(alpha2, id);
            if (sameAlpha2 != null) {
                throw entry.get("alpha2").error("alpha-2 code " + alpha2 + " is also used by " + sameAlpha2);
            }
            countries.put(
                    id,
                    new Country(
                            id,
                            alpha2,
                            numeric,
                            tradeCode,
                            entry.text("en"),
                            entry.text("zh_hans"),
                            entry.text("zh_hant"),
                            entry.texts("other_names")));
        }
        return countries;
    }

    private static void addAliases(YamlNode root, Map<CountryId, Country> countries) {
        root.allowOnly(Set.of("kind", "version", "aliases"));
        Map<String, CountryId> owners = new HashMap<>();
        countries.values().forEach(country -> country.allNames()
                .forEach(name -> owners.putIfAbsent(NameKey.of(name), country.id())));
        YamlNode aliases = root.get("aliases");
        for (String code : aliases.keys()) {
            YamlNode names = aliases.get(code);
            if (!ALPHA3.matcher(code).matches() || !countries.containsKey(CountryId.of(code))) {
                throw names.error(
                        "unknown country " + code, "Aliases are listed under a country's alpha-3 code, e.g. KAZ:.");
            }
            CountryId id = CountryId.of(code);
            List<String> added = new ArrayList<>();
            for (YamlNode alias : names.items()) {
                String name = alias.text();
                CountryId owner = owners.putIfAbsent(NameKey.of(name), id);
                if (owner != null && !owner.equals(id)) {
                    throw alias.error(
                            "alias '" + name + "' of " + id + " is already a name of " + owner + " ("
                                    + countries.get(owner).english() + ")",
                            "An alias must name one country only; remove it from one of the two.");
                }
                added.add(name);
            }
            countries.put(id, countries.get(id).withOtherNames(added));
        }
    }

    private static String code(YamlNode entry, String key, Pattern pattern, String expected) {
        String value = entry.text(key);
        if (!pattern.matcher(value).matches()) {
            throw entry.get(key).error("expected " + expected + ", found '" + value + "'");
        }
        return value;
    }
}
