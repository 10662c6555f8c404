package org.chokepoint.reference.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.model.geo.GroupId;
import org.chokepoint.model.geo.Membership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped groups.yaml: names in every script, memberships over time, a source for each. */
class GroupDirectoryTest {

    private static GroupDirectory groups;

    @BeforeAll
    static void load() {
        groups = GroupLoader.load(GroupLoader.GROUPS, CountryCatalogLoader.load());
    }

    @ParameterizedTest
    @CsvSource({
        "EU, EU27",
        "eu27, EU27",
        "European Union, EU27",
        "欧盟, EU27",
        "歐盟, EU27",
        "G7, G7",
        "Ｇ７, G7",
        "七国集团, G7",
        "七國集團, G7",
        "SCO, SCO",
        "上合组织, SCO",
        "上海合作组织, SCO",
        "上海合作組織, SCO",
        "C5+1, C5+1",
        "MSP, MSP",
        "Minerals Security Partnership, MSP",
        "核心矿产安全伙伴关系, MSP",
        "FORGE, FORGE",
        "战略资源合作论坛, FORGE",
        "戰略資源合作論壇, FORGE"
    })
    void findsGroupsByAnyName(String name, String id) {
        assertThat(groups.find(name)).map(g -> g.id().code()).contains(id);
    }

    @Test
    void theUnitedKingdomLeftTheEuOnTheLastDayOfJanuary2020() {
        CountryGroup eu = groups.find("EU").orElseThrow();

        assertThat(eu.membersOn(LocalDate.of(2020, 1, 31))).hasSize(28).contains(CountryId.of("GBR"));
        assertThat(eu.membersOn(LocalDate.of(2020, 2, 1))).hasSize(27).doesNotContain(CountryId.of("GBR"));
        assertThat(eu.membersOn(LocalDate.of(2005, 1, 1))).hasSize(25);
        assertThat(eu.membersOn(LocalDate.of(1957, 12, 31))).isEmpty();
    }

    @Test
    void theG7HasSevenMembersAndRussiaIsNotOne() {
        CountryGroup g7 = groups.find("G7").orElseThrow();

        assertThat(g7.membersOn(LocalDate.of(2000, 1, 1))).hasSize(7).doesNotContain(CountryId.of("RUS"));
        assertThat(g7.note()).hasValueSatisfying(note -> assertThat(note).contains("Russia", "2014"));
    }

    @Test
    void belarusWasPartnerThenObserverThenMemberOfTheSco() {
        CountryGroup sco = groups.find("SCO").orElseThrow();
        CountryId belarus = CountryId.of("BLR");

        assertThat(sco.membersOn(LocalDate.of(2010, 1, 1))).hasSize(6);
        assertThat(sco.membersOn(LocalDate.of(2020, 1, 1))).hasSize(8).doesNotContain(belarus);
        assertThat(sco.membershipsOn(LocalDate.of(2020, 1, 1)))
                .filteredOn(m -> m.country().equals(belarus))
                .extracting(Membership::role)
                .containsExactly(Membership.Role.OBSERVER);
        assertThat(sco.membersOn(LocalDate.of(2025, 1, 1))).hasSize(10).contains(belarus, CountryId.of("IRN"));
        assertThat(groups.groupsOf(belarus, LocalDate.of(2025, 1, 1))).containsExactly(new GroupId("SCO"));
    }

    @Test
    void mspGrewFromTenCountries() {
        CountryGroup msp = groups.find("MSP").orElseThrow();

        assertThat(msp.membersOn(LocalDate.of(2022, 6, 14))).hasSize(10);
        assertThat(msp.membersOn(LocalDate.of(2025, 1, 1)))
                .hasSize(14)
                .contains(CountryId.of("EST"), CountryId.of("IND"), CountryId.of("ITA"), CountryId.of("NOR"))
                .doesNotContain(CountryId.of("ARG"));
    }

    @Test
    void forgeCountsOnlyWhatItsSourcesState() {
        CountryGroup forge = groups.find("FORGE").orElseThrow();

        assertThat(forge.membersOn(LocalDate.of(2026, 2, 3))).isEmpty();
        assertThat(forge.membersOn(LocalDate.of(2026, 2, 4)))
                .containsExactlyInAnyOrder(CountryId.of("USA"), CountryId.of("KOR"));
        assertThat(forge.memberships())
                .filteredOn(m -> m.status() == Membership.Status.UNKNOWN)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.note()).isPresent());
    }

    @Test
    void everyGroupAndMembershipHasASource() {
        assertThat(groups.all()).hasSize(6).allSatisfy(group -> {
            assertThat(group.source().publisher()).isNotBlank();
            assertThat(group.memberships()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.source().publisher()).isNotBlank();
                assertThat(m.source().location()).isPresent();
            });
        });
    }

    @Test
    void anUnknownGroupSuggestsTheClosest() {
        assertThatThrownBy(() -> groups.require("G-8", "scenario.yaml line 3"))
                .isInstanceOf(UnknownGroupException.class)
                .hasMessageStartingWith("Unknown group of countries 'G-8' in scenario.yaml line 3."
                        + System.lineSeparator() + "Maybe you meant G7 (Group of Seven)?");
    }
}
