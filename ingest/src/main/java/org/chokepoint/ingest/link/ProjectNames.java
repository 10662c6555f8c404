package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chokepoint.model.source.Citation;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * The Chinese names news gives the bundled world's projects (北極液化天然氣2號 is Arctic LNG 2, 西伯利亞力量2號 Power of
 * Siberia 2), from {@code ingest/project-names.yaml}, each with the page it was read on. The world's facility labels are
 * English only, so without these a Chinese article that does not gloss the name links the project to nothing.
 */
public final class ProjectNames {

    /** Names of one project, as {@link FacilityNames} names it, with their source. */
    public record Names(String project, List<String> names, Citation source) {}

    private static final String RESOURCE = "ingest/project-names.yaml";

    private ProjectNames() {}

    public static List<Names> load() {
        YamlNode root = YamlReader.readReferenceFile(RESOURCE, "project-names", 1);
        root.allowOnly(Set.of("kind", "version", "sources", "projects"));
        Citations sources = Citations.read(root.get("sources"));
        List<Names> out = new ArrayList<>();
        for (YamlNode entry : root.get("projects").items()) {
            entry.allowOnly(Set.of("project", "names", "source"));
            Set<String> names = new LinkedHashSet<>();
            entry.texts("names").forEach(name -> names.addAll(variants(name)));
            out.add(new Names(entry.text("project"), List.copyOf(names), sources.resolve(entry.get("source"))));
        }
        return List.copyOf(out);
    }

    /**
     * The forms news writes a name in: as given, without 號/号 after its number (西伯利亞力量2), and with LNG for
     * 液化天然氣 (北極LNG2號).
     */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String form : List.of(name, name.replace("液化天然氣", "LNG").replace("液化天然气", "LNG"))) {
            out.add(form);
            out.add(form.replaceFirst("(?<=[0-9一二三四五六七八九])[號号]$", ""));
        }
        return out;
    }
}
