package org.chokepoint.reference.commodity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.ChainUse;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.HsCode;
import org.chokepoint.model.commodity.InputDependence;
import org.chokepoint.model.commodity.Provenance;
import org.chokepoint.model.commodity.Stage;
import org.chokepoint.model.commodity.StageId;
import org.chokepoint.model.unit.Units;
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

    @Test
    void everyEndUseSaysHowItsIndustryDependsOnTheStage() {
        List<EndUse> uses = catalog.chains().stream()
                .flatMap(chain -> chain.endUses().stream())
                .toList();

        assertThat(uses).hasSizeGreaterThan(40).allSatisfy(use -> {
            InputDependence dependence = use.dependence();
            assertThat(dependence.cover().value().to(Units.MONTH).value()).isBetween(0.0, 12.0);
            assertThat(dependence.costShare().value()).isBetween(0.0, 1.0);
            assertThat(dependence.substitution().value().limit()).isBetween(0.0, 1.0);
            assertThat(dependence.role().value()).isGreaterThan(0).isLessThanOrEqualTo(1);
            for (Provenance provenance : List.of(
                    dependence.cover().provenance(),
                    dependence.costShare().provenance(),
                    dependence.substitution().provenance(),
                    dependence.role().provenance())) {
                assertThat(provenance.describe()).hasSizeGreaterThan(20);
            }
        });
        assertThat(catalog.chains())
                .flatExtracting(Chain::coefficients)
                .allSatisfy(c -> assertThat(c.costShare().value()).isBetween(0.0, 1.0));
    }

    @Test
    void theUsersOfNaturalGraphiteIncludeBatteriesThroughAnodeMaterial() {
        Chain graphite = catalog.find("graphite").orElseThrow();

        List<ChainUse> users = graphite.usersOf(new StageId("natural-graphite"), Set.of());

        assertThat(users)
                .extracting(u -> u.use().industry().slug())
                .contains("lubricants", "refractories", "batteries")
                .doesNotContain("fuel-cells");
        ChainUse batteries = users.stream()
                .filter(u -> u.use().industry().slug().equals("batteries"))
                .findFirst()
                .orElseThrow();
        assertThat(batteries.path())
                .extracting(c -> c.output().slug())
                .containsExactly("spherical-graphite", "anode-material");
        assertThat(batteries.passThrough())
                .isEqualTo(batteries.path().get(0).costShare().value()
                        * batteries.path().get(1).costShare().value());
    }

    @Test
    void aStageTheScenarioSolvesItselfKeepsItsUsers() {
        Chain rareEarths = catalog.find("rare-earths").orElseThrow();

        List<ChainUse> users = rareEarths.usersOf(new StageId("ree-compounds"), Set.of(new StageId("ndfeb-magnets")));

        assertThat(users)
                .extracting(u -> u.use().industry().slug())
                .contains("catalysts", "glass-ceramics", "metallurgy")
                .doesNotContain("ev-motors", "wind-turbines");
    }

    @Test
    void carsAreUsedByTheirBuyersNotByTheirMakers() {
        Chain cars = catalog.find("passenger-cars").orElseThrow();

        assertThat(cars.endUses()).extracting(u -> u.industry().slug()).containsExactly("households");
    }
}
