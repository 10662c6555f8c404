package org.chokepoint.knowledge.importer;

import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.geo.Country;
import org.chokepoint.reference.geo.CountryDirectory;

/**
 * UN Comtrade's numeric reporter and partner codes: countries, and the residual areas Comtrade
 * keeps for trade it cannot attribute (490 "Other Asia, nes", which is its label for Taiwan).
 */
final class ComtradeCodes {

    private static final Map<String, String> RESIDUAL_AREAS = Map.of(
            "490", "Other Asia, nes",
            "568", "Other Europe, nes",
            "577", "Other Africa, nes",
            "839", "Special Categories",
            "899", "Areas, nes");

    private ComtradeCodes() {}

    /** The country or residual area a code stands for, if known. */
    static Optional<Subject> subject(String code, CountryDirectory countries) {
        String stripped = code.strip();
        if (RESIDUAL_AREAS.containsKey(stripped)) {
            return Optional.of(new Subject(Subject.Kind.REGION, "comtrade-" + stripped, RESIDUAL_AREAS.get(stripped)));
        }
        Optional<Country> country = countries.findByTradeCode(stripped);
        return country.map(c -> new Subject(Subject.Kind.COUNTRY, c.id().alpha3(), c.english()));
    }
}
