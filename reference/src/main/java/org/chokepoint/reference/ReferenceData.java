package org.chokepoint.reference;

import org.chokepoint.reference.commodity.CommodityCatalog;
import org.chokepoint.reference.commodity.CommodityCatalogLoader;
import org.chokepoint.reference.geo.CountryCatalogLoader;
import org.chokepoint.reference.geo.CountryDirectory;
import org.chokepoint.reference.geo.GroupDirectory;
import org.chokepoint.reference.geo.GroupLoader;

/**
 * All reference data, loaded from the classpath and validated together at start-up: countries,
 * groups of countries and commodity chains. A broken file fails here, naming the file, line and
 * field, instead of producing a wrong number later.
 */
public record ReferenceData(CountryDirectory countries, GroupDirectory groups, CommodityCatalog commodities) {

    /** Loads and validates the files shipped in this build. */
    public static ReferenceData load() {
        CountryDirectory countries = CountryCatalogLoader.load();
        GroupDirectory groups = GroupLoader.load(GroupLoader.GROUPS, countries);
        return new ReferenceData(countries, groups, CommodityCatalogLoader.load());
    }
}
