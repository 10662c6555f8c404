package org.chokepoint.reference.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * Reads and validates {@code groups.yaml}: every member must be a known country, every membership
 * must name a source, and dates must be real and in order.
 */
public final class GroupLoader {

    public static final String GROUPS = "reference/groups.yaml";

    private static final Set<String> GROUP_KEYS = Set.of("id", "en", "zh", "aliases", "kind", "note", "members");
    private static final Set<String> MEMBER_KEYS =
            Set.of("country", "role", "since", "until", "status", "note", "source");

    private GroupLoader() {}

    /** Loads the given classpath resource against the known countries. */
    public static GroupDirectory load(String resource, CountryDirectory countries) {
        YamlNode root = YamlReader.readReferenceFile(resource, "groups", 1);
        root.allowOnly(Set.of("kind", "version", "sources", "groups"));
        Citations sources = Citations.read(root.get("sources"));
        List<CountryGroup> groups = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (YamlNode entry : root.get("groups").items()) {
            entry.allowOnly(GROUP_KEYS);
            List<Membership> memberships = new ArrayList<>();
            for (YamlNode member : entry.get("members").items()) {
                memberships.add(membership(member, countries, sources));
            }
            CountryGroup group = new CountryGroup(
                    new GroupId(entry.text("id")),
                    entry.text("en"),
                    entry.texts("zh"),
                    entry.texts("aliases"),
                    entry.text("kind"),
                    memberships);
            GroupDirectory.names(group).forEach(name -> {
                String owner = names.putIfAbsent(NameKey.of(name), group.id().code());
                if (owner != null && !owner.equals(group.id().code())) {
                    throw entry.get("id")
                            .error("name '" + name + "' of group " + group.id() + " is also a name of group " + owner);
                }
            });
            groups.add(group);
        }
        return new GroupDirectory(groups);
    }

    private static Membership membership(YamlNode member, CountryDirectory countries, Citations sources) {
        member.allowOnly(MEMBER_KEYS);
        YamlNode countryNode = member.get("country");
        Country country;
        try {
            country = countries.require(countryNode.text());
        } catch (UnknownCountryException e) {
            throw countryNode.error(
                    e.getMessage().lines().findFirst().orElse(""),
                    e.getMessage().lines().skip(1).findFirst().orElse(""));
        }
        Optional<PartialDate> since = date(member, "since");
        Optional<PartialDate> until = date(member, "until");
        String status = member.optionalText("status").orElse("known");
        if (!status.equals("known") && !status.equals("unknown")) {
            throw member.get("status").error("expected known or unknown, found '" + status + "'");
        }
        try {
            return new Membership(
                    country.id(),
                    member.optionalText("role").orElse("member"),
                    since,
                    until,
                    status.equals("known") ? Membership.Status.KNOWN : Membership.Status.UNKNOWN,
                    member.optionalText("note"),
                    sources.resolve(member.get("source")));
        } catch (IllegalArgumentException e) {
            throw member.error(e.getMessage());
        }
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
