package org.chokepoint.reference.commodity;

import static org.assertj.core.api.Assertions.assertThat;

import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.HsCode;
import org.chokepoint.model.commodity.Provenance;
import org.chokepoint.model.commodity.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommodityCatalogTest {

    private static CommodityCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = CommodityCatalogLoader.load();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rare-earths",
                "graphite",
                "lithium",
                "tungsten",
                "cobalt",
                "nickel",
                "gallium",
                "germanium",
                "pipeline-gas",
                "lng",
                "crude-oil",
                "coal",
                "aluminium",
                "passenger-cars",
                "trucks",
                "wheat",
                "barley"
            })
    void everyChainTheIssueNamesIsThere(String id) {
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void rareEarthsRunFromConcentrateToMagnetsWithTheirHsCodes() {
        Chain chain = catalog.find("稀土").orElseThrow();

        assertThat(chain.stages())
                .extracting(s -> s.id().slug())
                .containsExactly("ree-concentrate", "ree-compounds", "ree-metals", "ndfeb-magnets");
        assertThat(chain.stages())
                .flatExtracting(Stage::hsCodes)
                .extracting(HsCode::code)
                .contains("2846.10", "2846.90", "2805.30", "8505.11");
        assertThat(chain.endUses())
                .extracting(u -> u.industry().slug())
                .contains("ev-motors", "wind-turbines", "defence");
    }

    @Test
    void everyCoefficientAndShareHasASourceOrAnAssumption() {
        assertThat(catalog.chains())
                .flatExtracting(Chain::coefficients)
                .isNotEmpty()
                .allSatisfy(c -> {
                    Provenance provenance = c.provenance();
                    if (provenance instanceof Provenance.Assumption assumption) {
                        assertThat(assumption.rationale()).hasSizeGreaterThan(20);
                    } else {
                        assertThat(((Provenance.Sourced) provenance).citation().publisher())
                                .isNotBlank();
                    }
                });
        assertThat(catalog.chains())
                .flatExtracting(Chain::endUses)
                .filteredOn(u -> u.share().isPresent())
                .allSatisfy(u -> assertThat(u.provenance()).isPresent());
    }

    @Test
    void lngUsesTheCitedConversionFactor() {
        Chain lng = catalog.find("LNG").orElseThrow();

        assertThat(lng.coefficients()).singleElement().satisfies(c -> {
            assertThat(c.amount().value()).isEqualTo(1360);
            assertThat(c.amount().unit().symbol()).isEqualTo("m3/t");
            assertThat(c.provenance()).isInstanceOf(Provenance.Sourced.class);
        });
    }
}
