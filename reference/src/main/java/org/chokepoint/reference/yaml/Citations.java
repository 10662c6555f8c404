package org.chokepoint.reference.yaml;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.chokepoint.model.source.Citation;

/** Reads citations from reference files: a {@code sources:} block of named citations, and keys into it. */
public final class Citations {

    private static final Set<String> KEYS = Set.of("publisher", "title", "location", "date");

    private final Map<String, Citation> byKey;
    private final YamlNode block;

    private Citations(YamlNode block, Map<String, Citation> byKey) {
        this.block = block;
        this.byKey = byKey;
    }

    /** Reads the named citations of a {@code sources:} mapping. */
    public static Citations read(YamlNode sources) {
        Map<String, Citation> byKey = new HashMap<>();
        for (String key : sources.keys()) {
            byKey.put(key, citation(sources.get(key)));
        }
        return new Citations(sources, byKey);
    }

    /** One citation written out in full: publisher, title, optional location and date. */
    public static Citation citation(YamlNode node) {
        node.allowOnly(KEYS);
        return new Citation(
                node.text("publisher"), node.text("title"), node.optionalText("location"), node.optionalText("date"));
    }

    /** The citation a field names by key; an unknown key lists the known ones. */
    public Citation resolve(YamlNode reference) {
        Citation citation = byKey.get(reference.text());
        if (citation == null) {
            throw reference.error(
                    "unknown source '" + reference.text() + "'",
                    "Known sources (line " + block.line() + "): "
                            + String.join(", ", new java.util.TreeSet<>(byKey.keySet())) + ".");
        }
        return citation;
    }
}
