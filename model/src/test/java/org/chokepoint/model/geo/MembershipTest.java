package org.chokepoint.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Memberships over time, including seeded property tests over generated dates. */
class MembershipTest {

    private static final long SEED = 20260204L;
    private static final Citation SOURCE =
            new Citation("European Union", "EU countries", Optional.empty(), Optional.empty());
    private static final CountryId GBR = CountryId.of("GBR");

    private static Membership membership(String since, String until, Membership.Role role, Membership.Status status) {
        return new Membership(
                GBR,
                role,
                Optional.ofNullable(since).map(PartialDate::new),
                Optional.ofNullable(until).map(PartialDate::new),
                status,
                Optional.empty(),
                SOURCE);
    }

    @Test
    void aMembershipHoldsFromItsFirstDayThroughItsLast() {
        Membership uk = membership("1973-01-01", "2020-01-31", Membership.Role.MEMBER, Membership.Status.KNOWN);

        assertThat(uk.heldOn(LocalDate.of(1972, 12, 31))).isFalse();
        assertThat(uk.heldOn(LocalDate.of(1973, 1, 1))).isTrue();
        assertThat(uk.heldOn(LocalDate.of(2020, 1, 31))).isTrue();
        assertThat(uk.heldOn(LocalDate.of(2020, 2, 1))).isFalse();
    }

    @Test
    void aYearCountsOnlyWhereItIsCertain() {
        Membership since2022 = membership("2022", null, Membership.Role.MEMBER, Membership.Status.KNOWN);

        assertThat(since2022.heldOn(LocalDate.of(2022, 12, 30))).isFalse();
        assertThat(since2022.heldOn(LocalDate.of(2022, 12, 31))).isTrue();
    }

    @Test
    void anUnknownMembershipNeverCounts() {
        Membership unclear = membership(null, null, Membership.Role.MEMBER, Membership.Status.UNKNOWN);

        assertThat(unclear.heldOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void aKnownMembershipNeedsAStart() {
        assertThatThrownBy(() -> membership(null, null, Membership.Role.MEMBER, Membership.Status.KNOWN))
                .hasMessageContaining("GBR is known but has no start date");
    }

    @Test
    void membersOnCountsFullMembersOnly() {
        CountryId blr = CountryId.of("BLR");
        CountryGroup sco = new CountryGroup(
                new GroupId("SCO"),
                "Shanghai Cooperation Organisation",
                List.of("上合组织"),
                List.of(),
                CountryGroup.Kind.ORGANISATION,
                Optional.empty(),
                SOURCE,
                List.of(
                        new Membership(
                                blr,
                                Membership.Role.OBSERVER,
                                Optional.of(new PartialDate("2015")),
                                Optional.of(new PartialDate("2024-07-04")),
                                Membership.Status.KNOWN,
                                Optional.empty(),
                                SOURCE),
                        new Membership(
                                blr,
                                Membership.Role.MEMBER,
                                Optional.of(new PartialDate("2024-07-04")),
                                Optional.empty(),
                                Membership.Status.KNOWN,
                                Optional.empty(),
                                SOURCE)));

        assertThat(sco.membersOn(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(sco.membershipsOn(LocalDate.of(2020, 1, 1)))
                .extracting(Membership::role)
                .containsExactly(Membership.Role.OBSERVER);
        assertThat(sco.membersOn(LocalDate.of(2025, 1, 1))).containsExactly(blr);
        assertThat(sco.allNames()).containsExactly("SCO", "Shanghai Cooperation Organisation", "上合组织");
    }

    /** A generated membership with dates at any precision, and a day to ask about. */
    record Case(PartialDate since, Optional<PartialDate> until, LocalDate day) {}

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> {
            LocalDate start = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
            LocalDate end = start.plusDays(random.nextInt(365 * 20));
            Optional<PartialDate> until = random.nextBoolean() ? Optional.of(partial(end, random)) : Optional.empty();
            LocalDate day = start.minusDays(400).plusDays(random.nextInt(365 * 22));
            return new Case(partial(start, random), until, day);
        });
    }

    private static PartialDate partial(LocalDate date, Random random) {
        String iso = date.toString();
        return new PartialDate(iso.substring(0, List.of(4, 7, 10).get(random.nextInt(3))));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void heldOnExactlyBetweenTheCertainDays(Case c) {
        Membership membership = new Membership(
                GBR,
                Membership.Role.MEMBER,
                Optional.of(c.since()),
                c.until(),
                Membership.Status.KNOWN,
                Optional.empty(),
                SOURCE);
        boolean expected = !c.day().isBefore(c.since().latest())
                && c.until().map(u -> !c.day().isAfter(u.earliest())).orElse(true);

        assertThat(membership.heldOn(c.day())).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anEndBeforeTheStartIsRefused(Case c) {
        PartialDate before =
                new PartialDate(c.since().earliest().minusYears(1).toString().substring(0, 4));

        assertThatThrownBy(() -> new Membership(
                        GBR,
                        Membership.Role.MEMBER,
                        Optional.of(c.since()),
                        Optional.of(before),
                        Membership.Status.KNOWN,
                        Optional.empty(),
                        SOURCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends (" + before + ") before it begins (" + c.since() + ")");
    }
}
