package org.chokepoint.model.unit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.model.source.Citation;

/**
 * The cited factors between dimensions, by substance. Only factors with a published source belong
 * here; a conversion without one is refused.
 */
public final class ConversionFactors {

    private static final Citation STATISTICAL_REVIEW = new Citation(
            "Energy Institute",
            "Statistical Review of World Energy 2024, Approximate conversion factors",
            Optional.of("https://www.energyinst.org/statistical-review"),
            Optional.of("2024"));

    private static final List<ConversionFactor> ALL = List.of(
            new ConversionFactor(
                    "lng-mass-to-gas-volume",
                    "1 Mt LNG = 1.36 bcm natural gas",
                    "LNG",
                    Units.parse("Mt"),
                    Units.parse("bcm"),
                    1.36,
                    STATISTICAL_REVIEW),
            new ConversionFactor(
                    "crude-oil-mass-to-volume",
                    "1 t crude oil = 7.33 bbl",
                    "crude oil",
                    Units.TONNE,
                    Units.parse("bbl"),
                    7.33,
                    STATISTICAL_REVIEW));

    /** Words that name a substance in quantity expressions ("6.6 Mtpa of LNG"), by canonical name. */
    private static final Map<String, String> SUBSTANCE_NAMES = Map.of(
            "lng", "LNG",
            "liquefied natural gas", "LNG",
            "crude", "crude oil",
            "crude oil", "crude oil",
            "oil", "crude oil");

    private ConversionFactors() {}

    public static List<ConversionFactor> all() {
        return ALL;
    }

    /** The factors for one substance (canonical name, case-insensitive). */
    public static List<ConversionFactor> forSubstance(String substance) {
        return ALL.stream()
                .filter(f -> f.substance().equalsIgnoreCase(substance))
                .toList();
    }

    /** The canonical substance a word names ("lng" -> "LNG", "crude" -> "crude oil"), if any. */
    public static Optional<String> substanceNamed(String word) {
        return Optional.ofNullable(SUBSTANCE_NAMES.get(word.strip().toLowerCase(Locale.ROOT)));
    }
}
