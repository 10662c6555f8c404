package org.chokepoint.reference.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.model.text.EditDistance;

/**
 * Finds countries by any code, name or alias in any script: "KZ", "KAZ", "398", "Kazakhstan",
 * "哈萨克斯坦", "哈薩克", "ｋａｚ" all find Kazakhstan, "大陸" finds China and "南韓" South Korea. Case,
 * full-width forms, punctuation and traditional or simplified script do not matter. Built once from
 * the validated reference data and immutable afterwards.
 */
public final class CountryDirectory {

    private static final int SUGGESTIONS = 3;

    private final List<Country> countries;
    private final Map<CountryId, Country> byId;
    private final Map<String, Set<Country>> byKey = new HashMap<>();
    private final Map<Country, Set<String>> keysOf = new HashMap<>();
    private final Map<String, Country> byTradeCode;
    private final Map<String, Country> byBaciCode;

    CountryDirectory(List<Country> countries) {
        this.countries =
                countries.stream().sorted(Comparator.comparing(Country::id)).toList();
        this.byId = this.countries.stream().collect(Collectors.toUnmodifiableMap(Country::id, Function.identity()));
        this.byTradeCode = this.countries.stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.tradeCode().orElse(c.isoNumeric()), Function.identity()));
        this.byBaciCode = this.countries.stream()
                .collect(Collectors.toUnmodifiableMap(c -> c.baciCode().orElse(c.isoNumeric()), Function.identity()));
        for (Country country : this.countries) {
            Set<String> keys = new LinkedHashSet<>();
            country.allNames().map(NameKey::of).forEach(keys::add);
            keysOf.put(country, keys);
            keys.forEach(key ->
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(country));
        }
    }

    /** Every country and territory, ordered by alpha-3 code. */
    public List<Country> all() {
        return countries;
    }

    /** The country with this id, if the reference data has it. */
    public Optional<Country> get(CountryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The one country with exactly this code, name or alias after folding (case, full width,
     * punctuation, traditional script); empty when none, or more than one, has it.
     */
    public Optional<Country> find(String anyName) {
        Set<Country> matches = byKey.getOrDefault(NameKey.of(anyName), Set.of());
        return matches.size() == 1 ? Optional.of(matches.iterator().next()) : Optional.empty();
    }

    /**
     * Like {@link #find}, but a name that finds no country fails with the closest ones as advice:
     * {@code Unknown country 'KZX'.} and, on the next line, {@code Maybe you meant KAZ (Kazakhstan)?}
     *
     * @param text the name to look up
     * @param context where the name was read, e.g. {@code "scenario.yaml line 14"}; blank for none
     */
    public Country require(String text, String context) {
        return find(text)
                .orElseThrow(() -> new UnknownCountryException("Unknown country '" + text + "'"
                        + (context.isBlank() ? "" : " in " + context) + "." + System.lineSeparator()
                        + "Maybe you meant " + closest(text) + "?"));
    }

    /** {@link #require(String, String)} without a context. */
    public Country require(String text) {
        return require(text, "");
    }

    /**
     * Every country whose codes, names or aliases contain the text after folding: those where one of
     * them equals it first, then the others, each part ordered by alpha-3 code. Blank text gives all.
     */
    public List<Country> search(String text) {
        String key = NameKey.of(text);
        Set<Country> found = new LinkedHashSet<>(byKey.getOrDefault(key, Set.of()));
        for (Country country : countries) {
            if (keysOf.get(country).stream().anyMatch(name -> name.contains(key))) {
                found.add(country);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The country with this UN Comtrade reporter or partner code ("842" for the USA, "36" or "036"
     * for Australia): Comtrade's own code where it differs from ISO, else the ISO numeric code.
     * Residual areas such as 490 "Other Asia, nes" are not countries and find nothing.
     */
    public Optional<Country> findByTradeCode(String code) {
        return Optional.ofNullable(byTradeCode.get(padded(code)));
    }

    /** The country with this CEPII BACI code ("381" for Italy, "842" for the USA), as above. */
    public Optional<Country> findByBaciCode(String code) {
        return Optional.ofNullable(byBaciCode.get(padded(code)));
    }

    private static String padded(String code) {
        String digits = code.strip();
        return digits.length() >= 3 ? digits : "0".repeat(3 - digits.length()) + digits;
    }

    /** The countries whose codes or names are fewest edits away from the text, at most three. */
    private String closest(String text) {
        String key = NameKey.of(text);
        Map<Country, Integer> distances = new HashMap<>();
        for (Country country : countries) {
            distances.put(
                    country,
                    keysOf.get(country).stream()
                            .mapToInt(name -> EditDistance.between(key, name))
                            .min()
                            .orElse(Integer.MAX_VALUE));
        }
        int best = distances.values().stream().mapToInt(d -> d).min().orElse(Integer.MAX_VALUE);
        return countries.stream()
                .filter(c -> distances.get(c) == best)
                .limit(SUGGESTIONS)
                .map(Country::codeAndName)
                .collect(Collectors.joining(" or "));
    }
}
