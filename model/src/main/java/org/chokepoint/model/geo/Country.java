package org.chokepoint.model.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A country or territory with its codes and its names in English, simplified Chinese and
 * traditional Chinese, and the other names sources and news use for it.
 *
 * @param id the ISO alpha-3 code
 * @param alpha2 the ISO alpha-2 code
 * @param isoNumeric the ISO 3166-1 numeric code, e.g. "398"
 * @param tradeCode the numeric code UN Comtrade and BACI use, which differs from ISO for a few
 *     (842 for the USA, 251 for France), if it has one
 * @param english the English short name (CLDR)
 * @param simplifiedChinese the simplified Chinese name (CLDR zh_Hans)
 * @param traditionalChinese the traditional Chinese name as used in Taiwan (CLDR zh_Hant)
 * @param otherNames official and UN names, the Hong Kong form, and the aliases news uses
 */
public record Country(
        CountryId id,
        String alpha2,
        String isoNumeric,
        Optional<String> tradeCode,
        String english,
        String simplifiedChinese,
        String traditionalChinese,
        List<String> otherNames) {

    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(isoNumeric, "isoNumeric");
        Objects.requireNonNull(tradeCode, "tradeCode");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(simplifiedChinese, "simplifiedChinese");
        Objects.requireNonNull(traditionalChinese, "traditionalChinese");
        otherNames = List.copyOf(otherNames);
    }

    /** Every code and name this country is known by, for lookup. */
    public Stream<String> allNames() {
        return Stream.concat(
                Stream.of(id.alpha3(), alpha2, isoNumeric, english, simplifiedChinese, traditionalChinese),
                otherNames.stream());
    }

    /** "Kazakhstan (KAZ)". */
    public String label() {
        return english + " (" + id + ")";
    }

    /** A copy with more names, as news uses them. */
    public Country withOtherNames(List<String> more) {
        return new Country(
                id,
                alpha2,
                isoNumeric,
                tradeCode,
                english,
                simplifiedChinese,
                traditionalChinese,
                Stream.concat(otherNames.stream(), more.stream()).distinct().toList());
    }
}
