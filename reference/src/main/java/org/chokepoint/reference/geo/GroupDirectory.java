package org.chokepoint.reference.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chokepoint.model.geo.CountryGroup;

/** Finds groups of countries by code or by any English or Chinese name ("G7", "七国集团", "歐盟"). */
public final class GroupDirectory {

    private final List<CountryGroup> groups;
    private final Map<String, CountryGroup> byKey = new HashMap<>();

    GroupDirectory(List<CountryGroup> groups) {
        this.groups = List.copyOf(groups);
        for (CountryGroup group : this.groups) {
            names(group).forEach(name -> byKey.put(NameKey.of(name), group));
        }
    }

    static Stream<String> names(CountryGroup group) {
        return Stream.of(
                        Stream.of(group.id().code(), group.english()),
                        group.chinese().stream(),
                        group.aliases().stream())
                .flatMap(s -> s);
    }

    public List<CountryGroup> all() {
        return groups;
    }

    public Optional<CountryGroup> find(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name)));
    }
}
