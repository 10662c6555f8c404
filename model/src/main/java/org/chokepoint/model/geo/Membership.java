package org.chokepoint.model.geo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.time.PartialDate;

/**
 * One country's part in a group over a period, with the source that states it. Dates keep the
 * precision the source gives (a year, a month or a day), so no day is invented. A membership whose
 * source does not settle it is {@link Status#UNKNOWN}: recorded, never counted.
 *
 * @param country who takes part
 * @param role full member, observer or dialogue partner
 * @param since when it began, as precisely as the source gives it; required when the status is known
 * @param until when it ended, if it has
 * @param status whether the source states the membership or leaves it unclear
 * @param note what the source says when it is unclear, or an office held (chair)
 * @param source where the membership is stated
 */
public record Membership(
        CountryId country,
        Role role,
        Optional<PartialDate> since,
        Optional<PartialDate> until,
        Status status,
        Optional<String> note,
        Citation source) {

    /** The part a country plays in a group. */
    public enum Role {
        MEMBER,
        OBSERVER,
        DIALOGUE_PARTNER
    }

    /** Whether the source states the membership. */
    public enum Status {
        KNOWN,
        UNKNOWN
    }

    public Membership {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        if (status == Status.KNOWN && since.isEmpty()) {
            throw new IllegalArgumentException("The membership of " + country
                    + " is known but has no start date; give the date the source states, or mark it unknown");
        }
        if (since.isPresent()
                && until.isPresent()
                && until.get().latest().isBefore(since.get().earliest())) {
            throw new IllegalArgumentException("The membership of " + country + " ends (" + until.get()
                    + ") before it begins (" + since.get() + ")");
        }
    }

    /**
     * Whether the source states this membership held on the given day. Partial dates count only
     * where they are certain: a membership "since 2023" holds from 2023-12-31, one "until 2014"
     * holds through 2014-01-01.
     */
    public boolean heldOn(LocalDate day) {
        if (status != Status.KNOWN) {
            return false;
        }
        boolean begun = since.map(s -> !s.latest().isAfter(day)).orElse(false);
        boolean ended = until.map(u -> u.earliest().isBefore(day)).orElse(false);
        return begun && !ended;
    }
}
