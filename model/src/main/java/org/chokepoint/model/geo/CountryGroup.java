package org.chokepoint.model.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chokepoint.model.source.Citation;

/**
 * A group of countries (a union, a forum, a partnership) with its dated memberships. Policies
 * target groups ("the EU bans...", "a FORGE price floor"), and a group resolves to its members on
 * the day the policy applies.
 *
 * @param id short code, e.g. "G7"
 * @param english English name
 * @param chinese Chinese names and abbreviations news uses (七国集团, 上合组织)
 * @param aliases other names and abbreviations (EU, G-7)
 * @param kind what sort of group it is
 * @param note a caveat about the group as a whole, e.g. who takes part without being a country
 * @param source where the group and its nature are described
 * @param memberships who took part when, each with its own source
 */
public record CountryGroup(
        GroupId id,
        String english,
        List<String> chinese,
        List<String> aliases,
        Kind kind,
        Optional<String> note,
        Citation source,
        List<Membership> memberships) {

    /** What sort of group: it says how binding membership is. */
    public enum Kind {
        /** Members pool sovereignty under treaties (the EU). */
        UNION,
        /** A treaty-based organisation with a secretariat (the SCO). */
        ORGANISATION,
        /** A partnership of governments around a shared programme (MSP). */
        PARTNERSHIP,
        /** A forum that meets without binding rules (G7, C5+1, FORGE). */
        FORUM
    }

    public CountryGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(source, "source");
        chinese = List.copyOf(chinese);
        aliases = List.copyOf(aliases);
        memberships = List.copyOf(memberships);
    }

    /** The code and every name of the group, for lookup. */
    public Stream<String> allNames() {
        return Stream.of(Stream.of(id.code(), english), chinese.stream(), aliases.stream())
                .flatMap(names -> names);
    }

    /** The full members its sources state for that day, ordered by code. */
    public Set<CountryId> membersOn(LocalDate day) {
        Set<CountryId> members = new TreeSet<>();
        membershipsOn(day).stream()
                .filter(m -> m.role() == Membership.Role.MEMBER)
                .forEach(m -> members.add(m.country()));
        return members;
    }

    /** Every part its sources state for that day, in any role (members, observers, partners). */
    public List<Membership> membershipsOn(LocalDate day) {
        return memberships.stream().filter(m -> m.heldOn(day)).toList();
    }
}
