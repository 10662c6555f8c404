package org.chokepoint.reference.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.model.text.EditDistance;

/**
 * Finds countries by any code, name or alias in any script: "KZ", "KAZ", "398", "Kazakhstan",
 * "哈萨克斯坦", "哈薩克", "ｋａｚ" all find Kazakhstan; "大陸" finds China. Built once from the
 * validated reference data; immutable afterwards.
 */
public final class CountryDirectory {

    private final List<Country> countries;
    private final Map<CountryId, Country> byId = new HashMap<>();
    private final Map<String, Set<Country>> byKey = new HashMap<>();
    private final Map<String, Country> byTradeCode = new HashMap<>();
    private final Map<String, Country> byIsoNumeric = new HashMap<>();

    CountryDirectory(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country country : this.countries) {
            byId.put(country.id(), country);
            country.tradeCode().ifPresent(code -> byTradeCode.put(code, country));
            byIsoNumeric.put(country.isoNumeric(), country);
            country.allNames().map(NameKey::of).forEach(key -> byKey.computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .add(country));
        }
    }

    /** Every country, ordered by alpha-3 code. */
    public List<Country> all() {
        return countries;
    }

    public Optional<Country> get(CountryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The country with this UN Comtrade / BACI numeric code ("842" for the USA, "36" or "036" for
     * Australia), falling back to the ISO numeric code where the two tables differ (Comtrade 380,
     * BACI 381 for Italy); residual areas such as 490 "Other Asia, nes" are not countries.
     */
    public Optional<Country> findByTradeCode(String code) {
        String padded = code.strip().length() >= 3
                ? code.strip()
                : "0".repeat(3 - code.strip().length()) + code.strip();
        return Optional.ofNullable(byTradeCode.getOrDefault(padded, byIsoNumeric.get(padded)));
    }

    /** The one country with this exact code, name or alias (after folding), if exactly one has it. */
    public Optional<Country> find(String name) {
        Set<Country> matches = byKey.getOrDefault(NameKey.of(name), Set.of());
        return matches.size() == 1 ? Optional.of(matches.iterator().next()) : Optional.empty();
    }

    /** Like {@link #find}, but an unknown name fails with the closest known ones as advice. */
    public Country require(String name) {
        return find(name)
                .orElseThrow(() -> new UnknownCountryException("Unknown country '" + name + "'."
                        + System.lineSeparator() + "Maybe you meant " + closest(name) + "?"));
    }

    /**
     * Countries whose codes, names or aliases equal the text after folding; when none does, those
     * where one of them contains it.
     */
    public List<Country> search(String text) {
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return countries;
        }
        Set<Country> exact = byKey.getOrDefault(key, Set.of());
        if (!exact.isEmpty()) {
            return List.copyOf(exact);
        }
        Set<Country> partial = new LinkedHashSet<>();
        for (Country country : countries) {
            if (country.allNames().map(NameKey::of).anyMatch(name -> name.contains(key))) {
                partial.add(country);
            }
        }
        return new ArrayList<>(partial);
    }

    private String closest(String name) {
        String key = NameKey.of(name);
        return countries.stream()
                .sorted(Comparator.comparingInt((Country c) -> c.allNames()
                                .mapToInt(n -> EditDistance.between(key, NameKey.of(n)))
                                .min()
                                .orElse(Integer.MAX_VALUE))
                        .thenComparing(Country::id))
                .limit(3)
                .map(Country::label)
                .reduce((a, b) -> a + " or " + b)
                .orElse("a country code such as KAZ");
    }
}
