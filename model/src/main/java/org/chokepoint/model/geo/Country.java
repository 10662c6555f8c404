package org.chokepoint.model.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chokepoint.model.source.Citation;

/**
 * A country or territory with its codes, its names in English and Chinese, and the other names
 * sources and news use for it. Trade tables do not always use ISO numeric codes (UN Comtrade
 * reports the USA as 842, not 840), so those codes are kept where they differ.
 *
 * @param id the ISO 3166-1 alpha-3 code
 * @param alpha2 the ISO 3166-1 alpha-2 code, e.g. "KZ"
 * @param isoNumeric the ISO 3166-1 numeric code, three digits, e.g. "398"
 * @param tradeCode the numeric code UN Comtrade uses where it differs from the ISO code: 842 for the
 *     USA, 251 France, 699 India, 757 Switzerland, 579 Norway
 * @param baciCode the numeric code CEPII BACI uses where it differs from the ISO code (as Comtrade's,
 *     and 381 for Italy, which Comtrade reports as 380)
 * @param english the English short name (CLDR)
 * @param simplifiedChinese the simplified Chinese name (CLDR zh_Hans)
 * @param traditionalChinese the traditional Chinese name as written in Taiwan (CLDR zh_Hant)
 * @param hongKongChinese the Hong Kong name (CLDR zh_HK) where it differs from the Taiwan one
 * @param otherNames official and UN names in English and Chinese from the code tables
 * @param aliases the names news uses (大陸, 美方, 南韓, U.S.), curated by hand
 * @param sources where the codes and names come from
 */
public record Country(
        CountryId id,
        String alpha2,
        String isoNumeric,
        Optional<String> tradeCode,
        Optional<String> baciCode,
        String english,
        String simplifiedChinese,
        String traditionalChinese,
        Optional<String> hongKongChinese,
        List<String> otherNames,
        List<String> aliases,
        List<Citation> sources) {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{3}");

    public Country {
        Objects.requireNonNull(id, "id");
        requireCode(alpha2, ALPHA2, "alpha-2 code", "KZ");
        requireCode(isoNumeric, NUMERIC, "ISO numeric code", "398");
        Objects.requireNonNull(tradeCode, "tradeCode").ifPresent(c -> requireCode(c, NUMERIC, "trade code", "842"));
        Objects.requireNonNull(baciCode, "baciCode").ifPresent(c -> requireCode(c, NUMERIC, "BACI code", "381"));
        requireName(english, "English name");
        requireName(simplifiedChinese, "simplified Chinese name");
        requireName(traditionalChinese, "traditional Chinese name");
        Objects.requireNonNull(hongKongChinese, "hongKongChinese");
        otherNames = List.copyOf(otherNames);
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
    }

    private static void requireCode(String code, Pattern pattern, String what, String example) {
        Objects.requireNonNull(code, what);
        if (!pattern.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A country's " + what + " looks like " + example + ", not '" + code + "'");
        }
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A country needs an " + what);
        }
    }

    /** Every code and name this country is known by, for lookup: codes first, then names, then aliases. */
    public Stream<String> allNames() {
        return Stream.of(
                        Stream.of(id.alpha3(), alpha2, isoNumeric),
                        tradeCode.stream(),
                        baciCode.stream(),
                        Stream.of(english, simplifiedChinese, traditionalChinese),
                        hongKongChinese.stream(),
                        otherNames.stream(),
                        aliases.stream())
                .flatMap(names -> names);
    }

    /** "Kazakhstan (KAZ)", for lists and reports. */
    public String label() {
        return english + " (" + id + ")";
    }

    /** "KAZ (Kazakhstan)", as advice in error messages puts it. */
    public String codeAndName() {
        return id + " (" + english + ")";
    }

    /** A copy with the news aliases added after its own. */
    public Country withAliases(List<String> more) {
        return new Country(
                id,
                alpha2,
                isoNumeric,
                tradeCode,
                baciCode,
                english,
                simplifiedChinese,
                traditionalChinese,
                hongKongChinese,
                otherNames,
                Stream.concat(aliases.stream(), more.stream()).distinct().toList(),
                sources);
    }
}
