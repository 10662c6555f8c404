package org.chokepoint.model.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A group of countries (a union, a forum, a partnership) with its dated memberships. Groups can be
 * the target of a policy ("the EU bans...", "FORGE price floor"), resolved to members on a date.
 *
 * @param id short code
 * @param english English name
 * @param chinese Chinese names and abbreviations news uses (七国集团, 上合组织)
 * @param aliases other names and abbreviations
 * @param kind what sort of group: union, forum, partnership, organisation
 * @param memberships who belonged when, each with its source
 */
public record CountryGroup(
        GroupId id,
        String english,
        List<String> chinese,
        List<String> aliases,
        String kind,
        List<Membership> memberships) {

    public CountryGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(kind, "kind");
        chinese = List.copyOf(chinese);
        aliases = List.copyOf(aliases);
        memberships = List.copyOf(memberships);
    }

    /** The countries whose membership the sources state for that day. */
    public Set<CountryId> membersOn(LocalDate day) {
        Set<CountryId> members = new TreeSet<>();
        memberships.stream().filter(m -> m.heldOn(day)).forEach(m -> members.add(m.country()));
        return members;
    }
}
