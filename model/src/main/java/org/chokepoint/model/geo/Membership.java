package org.chokepoint.model.geo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.time.PartialDate;

/**
 * One country's part in a group over a period, with the source that states it. A membership whose
 * source does not settle it is {@link Status#UNKNOWN}, never guessed.
 *
 * @param country the member
 * @param role member, observer, partner, chair...
 * @param since when it began, as precisely as the source gives it, if known
 * @param until when it ended, if it has
 * @param status whether the source states the membership or leaves it unclear
 * @param note what the source says when it is unclear, or any caveat
 * @param source where the membership is stated
 */
public record Membership(
        CountryId country,
        String role,
        Optional<PartialDate> since,
        Optional<PartialDate> until,
        Status status,
        Optional<String> note,
        Citation source) {

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
        if (since.isPresent()
                && until.isPresent()
                && until.get().latest().isBefore(since.get().earliest())) {
            throw new IllegalArgumentException(
                    "Membership of " + country + " ends (" + until.get() + ") before it begins (" + since.get() + ")");
        }
    }

    /**
     * Whether the source states this membership held on the given day. Partial dates count only
     * once they are certain: a membership "since 2023" holds from 2023-12-31.
     */
    public boolean heldOn(LocalDate day) {
        boolean begun = since.map(s -> !s.latest().isAfter(day)).orElse(true);
        boolean ended = until.map(u -> u.earliest().isBefore(day)).orElse(false);
        return status == Status.KNOWN && begun && !ended;
    }
}
