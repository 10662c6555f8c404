package org.chokepoint.reference.geo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.geo.CountryId;
import org.chokepoint.model.geo.GroupId;
import org.chokepoint.model.text.EditDistance;

/**
 * Finds groups of countries by code or by any English or Chinese name in either script ("EU",
 * "欧盟", "歐盟", "G7", "七国集团", "上合组织"), with the same folding as {@link CountryDirectory}.
 */
public final class GroupDirectory {

    private final List<CountryGroup> groups;
    private final Map<String, CountryGroup> byKey = new HashMap<>();

    GroupDirectory(List<CountryGroup> groups) {
        this.groups = List.copyOf(groups);
        for (CountryGroup group : this.groups) {
            group.allNames().forEach(name -> byKey.put(NameKey.of(name), group));
        }
    }

    /** Every group, in file order. */
    public List<CountryGroup> all() {
        return groups;
    }

    /** The group with this code or name, after folding case, width and script. */
    public Optional<CountryGroup> find(String anyName) {
        return Optional.ofNullable(byKey.get(NameKey.of(anyName)));
    }

    /**
     * Like {@link #find}, but an unknown name fails naming the closest group as advice.
     *
     * @param text the name to look up
     * @param context where the name was read; blank for none
     */
    public CountryGroup require(String text, String context) {
        return find(text)
                .orElseThrow(() -> new UnknownGroupException("Unknown group of countries '" + text + "'"
                        + (context.isBlank() ? "" : " in " + context) + "." + System.lineSeparator()
                        + "Maybe you meant " + closest(text) + "? Known groups: "
                        + groups.stream().map(g -> g.id().code()).collect(Collectors.joining(", ")) + "."));
    }

    /** The groups a country belongs to as a full member on the given day. */
    public List<GroupId> groupsOf(CountryId country, LocalDate day) {
        return groups.stream()
                .filter(group -> group.membersOn(day).contains(country))
                .map(CountryGroup::id)
                .toList();
    }

    private String closest(String text) {
        String key = NameKey.of(text);
        return groups.stream()
                .min(Comparator.comparingInt((CountryGroup group) -> group.allNames()
                        .mapToInt(name -> EditDistance.between(key, NameKey.of(name)))
                        .min()
                        .orElse(Integer.MAX_VALUE)))
                .map(group -> group.id() + " (" + group.english() + ")")
                .orElse("G7");
    }
}
