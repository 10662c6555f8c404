package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.model.geo.Membership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupDirectoryTest {

    private static GroupDirectory groups;

    @BeforeAll
    static void load() {
        groups = GroupLoader.load(GroupLoader.GROUPS, CountryCatalogLoader.load());
    }

    @ParameterizedTest
    @CsvSource({
        "EU, EU27",
        "歐盟, EU27",
        "欧盟, EU27",
        "G7, G7",
        "七国集团, G7",
        "上合组织, SCO",
        "上海合作組織, SCO",
        "C5+1, C5+1",
        "MSP, MSP",
        "FORGE, FORGE",
        "战略资源合作论坛, FORGE"
    })
    void findsGroupsByAnyName(String name, String id) {
        assertThat(groups.find(name)).map(g -> g.id().code()).contains(id);
    }

    @Test
    void membershipChangesOverTime() {
        CountryGroup eu = groups.find("EU").orElseThrow();

        assertThat(eu.membersOn(LocalDate.of(2019, 6, 1))).hasSize(28).contains(CountryId.of("GBR"));
        assertThat(eu.membersOn(LocalDate.of(2024, 6, 1))).hasSize(27).doesNotContain(CountryId.of("GBR"));
        assertThat(eu.membersOn(LocalDate.of(2005, 1, 1))).hasSize(25);
    }

    @Test
    void scoGrewWithIndiaPakistanIranAndBelarus() {
        CountryGroup sco = groups.find("SCO").orElseThrow();

        assertThat(sco.membersOn(LocalDate.of(2010, 1, 1))).hasSize(6);
        assertThat(sco.membersOn(LocalDate.of(2025, 1, 1)))
                .hasSize(10)
                .contains(CountryId.of("BLR"), CountryId.of("IRN"));
    }

    @Test
    void unknownMembershipsAreRecordedButNotCounted() {
        CountryGroup forge = groups.find("FORGE").orElseThrow();

        assertThat(forge.memberships()).anySatisfy(m -> assertThat(m.status()).isEqualTo(Membership.Status.UNKNOWN));
        assertThat(forge.membersOn(LocalDate.of(2026, 6, 1)))
                .containsExactlyInAnyOrder(CountryId.of("USA"), CountryId.of("KOR"));
    }

    @Test
    void everyMembershipHasASource() {
        assertThat(groups.all())
                .flatExtracting(CountryGroup::memberships)
                .allSatisfy(m -> assertThat(m.source().publisher()).isNotBlank());
    }
}
