package org.chokepoint.reference.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static final String GROUPS = """
            kind: groups
            version: 1
            groups:
              - id: G7
                members:
                  - country: USA
                  - country: JPN
                    since: 1975
            """;

    @Test
    void nodesKnowTheirLineAndPath() {
        YamlNode root = YamlReader.read("groups.yaml", GROUPS);
        YamlNode japan = root.list("groups").get(0).list("members").get(1);

        assertThat(japan.text("country")).isEqualTo("JPN");
        assertThat(japan.get("since").path()).isEqualTo("groups[0].members[1].since");
        assertThat(japan.get("since").line()).isEqualTo(8);
        assertThat(japan.get("since").integer()).isEqualTo(1975);
    }

    @Test
    void missingFieldNamesFileLineAndField() {
        YamlNode member = YamlReader.read("groups.yaml", GROUPS)
                .list("groups")
                .get(0)
                .list("members")
                .get(0);

        assertThatThrownBy(() -> member.text("since"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("groups.yaml line 6, field groups[0].members[0]")
                .hasMessageContaining("missing required field 'since'");
    }

    @Test
    void unknownKeyListsTheValidOnes() {
        YamlNode group = YamlReader.read("groups.yaml", GROUPS).list("groups").get(0);

        assertThatThrownBy(() -> group.allowOnly(Set.of("id", "name")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("line 5, field groups[0].members: unknown key 'members'")
                .hasMessageContaining("Valid keys here: id, name.");
    }

    @Test
    void wrongTypeIsAnErrorNotAGuess() {
        YamlNode root = YamlReader.read("groups.yaml", "kind: groups\nversion: one\n");

        assertThatThrownBy(() -> root.integer("version"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("line 2, field version: expected a whole number, found 'one'");
    }

    @Test
    void syntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> YamlReader.read("bad.yaml", "kind: groups\ngroups:\n  - id: [G7\n  - id: EU\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("bad.yaml line")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> YamlReader.read("dup.yaml", "kind: groups\nkind: countries\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("dup.yaml line 2, field kind: duplicate key 'kind'");
    }

    @Test
    void countryCodeNoStaysText() {
        YamlNode root = YamlReader.read("countries.yaml", "alpha2: NO\nnumeric: '004'\n");

        assertThat(root.text("alpha2")).isEqualTo("NO");
        assertThat(root.text("numeric")).isEqualTo("004");
    }
}
