package org.chokepoint.reference.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.model.geo.GroupId;
import org.chokepoint.model.geo.Membership;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * Reads and validates {@code groups.yaml}: every member must be a known country, every group and
 * every membership must cite a source, dates must be real and in order, and no group may take a
 * name that already names a country (欧盟 is a group, not a country).
 */
public final class GroupLoader {

    public static final String GROUPS = "reference/groups.yaml";

    private static final Set<String> GROUP_KEYS =
            Set.of("id", "en", "zh", "aliases", "kind", "note", "source", "members");
    private static final Set<String> MEMBER_KEYS =
            Set.of("country", "role", "since", "until", "status", "note", "source");

    private GroupLoader() {}

    /** Loads the given classpath resource against the known countries, e.g. a fixture in tests. */
    public static GroupDirectory load(String resource, CountryDirectory countries) {
        YamlNode root = YamlReader.readReferenceFile(resource, "groups", 1);
        root.allowOnly(Set.of("kind", "version", "sources", "groups"));
        Citations sources = Citations.read(root.get("sources"));
        List<CountryGroup> groups = new ArrayList<>();
        Map<String, GroupId> owners = new HashMap<>();
        for (YamlNode entry : root.get("groups").items()) {
            entry.allowOnly(GROUP_KEYS);
            GroupId id = groupId(entry.get("id"));
            if (groups.stream().anyMatch(group -> group.id().equals(id))) {
                throw entry.get("id").error("duplicate group " + id, "Each group id appears once.");
            }
            List<YamlNode> names = new ArrayList<>(List.of(entry.get("id"), entry.get("en")));
            names.addAll(entry.list("zh"));
            names.addAll(entry.list("aliases"));
            names.forEach(name -> checkName(name, id, owners, countries));
            List<Membership> memberships = new ArrayList<>();
            for (YamlNode member : entry.get("members").items()) {
                memberships.add(membership(member, countries, sources));
            }
            groups.add(new CountryGroup(
                    id,
                    entry.text("en"),
                    entry.texts("zh"),
                    entry.texts("aliases"),
                    choice(entry.get("kind"), CountryGroup.Kind.class),
                    entry.optionalText("note"),
                    sources.resolve(entry.get("source")),
                    memberships));
        }
        return new GroupDirectory(groups);
    }

    /** A group's name must find that group only, and must not already name a country. */
    private static void checkName(YamlNode node, GroupId id, Map<String, GroupId> owners, CountryDirectory countries) {
        String name = node.text();
        GroupId owner = owners.putIfAbsent(NameKey.of(name), id);
        if (owner != null && !owner.equals(id)) {
            throw node.error(
                    "name '" + name + "' of group " + id + " is already a name of group " + owner,
                    "A name must find one group only; remove it from one of the two.");
        }
        Optional<Country> country = countries.find(name);
        if (country.isPresent()) {
            throw node.error(
                    "name '" + name + "' of group " + id + " already names the country "
                            + country.get().codeAndName(),
                    "A group is not a country; remove the name from one of the two.");
        }
    }

    private static GroupId groupId(YamlNode node) {
        try {
            return new GroupId(node.text());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Membership membership(YamlNode member, CountryDirectory countries, Citations sources) {
        member.allowOnly(MEMBER_KEYS);
        YamlNode countryNode = member.get("country");
        Country country;
        try {
            country = countries.require(countryNode.text());
        } catch (UnknownCountryException e) {
            List<String> lines = e.getMessage().lines().toList();
            throw countryNode.error(lines.get(0), lines.size() > 1 ? lines.get(1) : "");
        }
        Optional<PartialDate> since = date(member, "since");
        Optional<PartialDate> until = date(member, "until");
        try {
            return new Membership(
                    country.id(),
                    member.find("role")
                            .map(node -> choice(node, Membership.Role.class))
                            .orElse(Membership.Role.MEMBER),
                    since,
                    until,
                    member.find("status")
                            .map(node -> choice(node, Membership.Status.class))
                            .orElse(Membership.Status.KNOWN),
                    member.optionalText("note"),
                    sources.resolve(member.get("source")));
        } catch (IllegalArgumentException e) {
            throw member.error(e.getMessage());
        }
    }

    /** One of an enum's constants, written in lower case with spaces ("dialogue partner"). */
    private static <E extends Enum<E>> E choice(YamlNode node, Class<E> type) {
        String text = node.text();
        for (E constant : type.getEnumConstants()) {
            if (written(constant).equals(text)) {
                return constant;
            }
        }
        List<String> valid = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            valid.add(written(constant));
        }
        throw node.error("unknown value '" + text + "'", "Valid values here: " + String.join(", ", valid) + ".");
    }

    private static String written(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Optional<PartialDate> date(YamlNode member, String key) {
        return member.find(key).map(node -> {
            try {
                return new PartialDate(node.text());
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        });
    }
}
