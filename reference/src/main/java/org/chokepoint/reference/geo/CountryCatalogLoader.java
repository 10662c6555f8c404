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
import org.chokepoint.model.source.Citation;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads and validates {@code countries.yaml} (generated from public code tables) and {@code
 * country-aliases.yaml} (the names news uses, curated by hand) into a {@link CountryDirectory}.
 * Unknown keys, malformed or duplicate codes, unknown sources and aliases that already name
 * another country all fail at load, naming the file, line and field.
 */
public final class CountryCatalogLoader {

    public static final String COUNTRIES = "reference/countries.yaml";
    public static final String ALIASES = "reference/country-aliases.yaml";

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{3}");
    private static final Set<String> COUNTRY_KEYS = Set.of(
            "alpha3",
            "alpha2",
            "numeric",
            "trade_code",
            "baci_code",
            "en",
            "zh_hans",
            "zh_hant",
            "zh_hk",
            "other_names",
            "sources");

    private CountryCatalogLoader() {}

    /** Loads the files shipped in this build. */
    public static CountryDirectory load() {
        return load(COUNTRIES, ALIASES);
    }

    /** Loads the given classpath resources, e.g. small fixtures in tests. */
    public static CountryDirectory load(String countriesResource, String aliasesResource) {
        Map<CountryId, Country> countries =
                readCountries(YamlReader.readReferenceFile(countriesResource, "countries", 1));
        addAliases(YamlReader.readReferenceFile(aliasesResource, "country-aliases", 1), countries);
        return new CountryDirectory(new ArrayList<>(countries.values()));
    }

    private static Map<CountryId, Country> readCountries(YamlNode root) {
        root.allowOnly(Set.of("kind", "version", "sources", "countries"));
        Citations sources = Citations.read(root.get("sources"));
        Map<CountryId, Country> countries = new LinkedHashMap<>();
        Map<String, CountryId> alpha2Owners = new HashMap<>();
        Map<String, CountryId> numericOwners = new HashMap<>();
        for (YamlNode entry : root.get("countries").items()) {
            entry.allowOnly(COUNTRY_KEYS);
            CountryId id = CountryId.of(code(entry, "alpha3", ALPHA3, "three capital letters, e.g. KAZ"));
            if (countries.containsKey(id)) {
                throw entry.get("alpha3").error("duplicate country " + id, "Each alpha-3 code appears once.");
            }
            String alpha2 = code(entry, "alpha2", ALPHA2, "two capital letters, e.g. KZ");
            claim(entry.get("alpha2"), "alpha-2 code", alpha2, id, alpha2Owners);
            String numeric = code(entry, "numeric", NUMERIC, "three digits, e.g. 398");
            claim(entry.get("numeric"), "numeric code", numeric, id, numericOwners);
            Optional<String> tradeCode = optionalCode(entry, "trade_code", numericOwners, id);
            Optional<String> baciCode = optionalCode(entry, "baci_code", numericOwners, id);
            List<Citation> citations = new ArrayList<>();
            for (YamlNode source : entry.get("sources").items()) {
                citations.add(sources.resolve(source));
            }
            if (citations.isEmpty()) {
                throw entry.get("sources").error("a country needs at least one source", "List keys of 'sources:'.");
            }
            try {
                countries.put(
                        id,
                        new Country(
                                id,
                                alpha2,
                                numeric,
                                tradeCode,
                                baciCode,
                                entry.text("en"),
                                entry.text("zh_hans"),
                                entry.text("zh_hant"),
                                entry.optionalText("zh_hk"),
                                entry.texts("other_names"),
                                List.of(),
                                citations));
            } catch (IllegalArgumentException e) {
                throw entry.error(e.getMessage());
            }
        }
        return countries;
    }

    private static Optional<String> optionalCode(
            YamlNode entry, String key, Map<String, CountryId> owners, CountryId id) {
        if (entry.find(key).isEmpty()) {
            return Optional.empty();
        }
        String value = code(entry, key, NUMERIC, "three digits, e.g. 842");
        claim(entry.get(key), "numeric code", value, id, owners);
        return Optional.of(value);
    }

    /** Records that a code belongs to a country; the same code on another country is an error. */
    private static void claim(YamlNode node, String what, String code, CountryId id, Map<String, CountryId> owners) {
        CountryId owner = owners.putIfAbsent(code, id);
        if (owner != null && !owner.equals(id)) {
            throw node.error(
                    "duplicate " + what + " " + code + ": " + id + " and " + owner + " both use it",
                    "A code identifies one country; correct one of the two.");
        }
    }

    private static void addAliases(YamlNode root, Map<CountryId, Country> countries) {
        root.allowOnly(Set.of("kind", "version", "aliases"));
        Map<String, CountryId> owners = new HashMap<>();
        countries.values().forEach(country -> country.allNames()
                .forEach(name -> owners.putIfAbsent(NameKey.of(name), country.id())));
        YamlNode aliases = root.get("aliases");
        for (String code : aliases.keys()) {
            YamlNode names = aliases.get(code);
            Country country = Optional.of(code)
                    .filter(c -> ALPHA3.matcher(c).matches())
                    .map(c -> countries.get(CountryId.of(c)))
                    .orElseThrow(() -> names.error(
                            "unknown country " + code,
                            "Aliases are listed under a country's alpha-3 code, e.g. KAZ: [哈國]."));
            List<String> added = new ArrayList<>();
            for (YamlNode alias : names.items()) {
                String name = alias.text();
                String key = NameKey.of(name);
                if (key.isEmpty()) {
                    throw alias.error("alias '" + name + "' of " + country.id() + " has no letters or digits");
                }
                CountryId owner = owners.putIfAbsent(key, country.id());
                if (owner != null && !owner.equals(country.id())) {
                    throw alias.error(
                            "alias '" + name + "' of " + country.codeAndName() + " is already a name of "
                                    + countries.get(owner).codeAndName(),
                            "An alias must name one country only; remove it from one of the two.");
                }
                added.add(name);
            }
            countries.put(country.id(), country.withAliases(added));
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
