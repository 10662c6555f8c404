package org.chokepoint.ingest.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.text.Slug;

/**
 * The projects the knowledge base knows, by the names news uses for them: a facility or route's label without its
 * train, phase or kind ("Arctic LNG 2 Terminal T1" and "... T2" are the project "Arctic LNG 2"; "Power of Siberia 2 Gas
 * Pipeline (Soyuz Vostok Gas Pipeline)" is "Power of Siberia 2"), with the country the facility is located in. Read from
 * the bundled world's statements (their {@code located_in} statements carry label and country).
 */
public final class FacilityNames {

    /**
     * A project: its id (a slug of the name), name, kind and country, and the knowledge base's subjects it stands for:
     * the facilities and routes whose labels give its name (the trains of a terminal), then the curated project of the
     * same slug ({@code PROJECT:arctic-lng-2} in data/facts), so that what is known about any of them is known about it.
     */
    public record Project(Subject subject, String country, List<Subject> records) {
        public Project {
            records = List.copyOf(records);
        }
    }

    private static final Pattern KIND_SUFFIX = Pattern.compile(
            "\\s*(?:\\(.*\\)|(?:LNG )?(?:Import |Export )?Terminal\\b.*|Gas Pipeline\\b.*|Oil Pipeline\\b.*|Pipeline\\b.*"
                    + "|\\b(?:T|Train |Phase |Unit )\\d+.*)$");

    private final Map<String, Project> byName;

    private FacilityNames(Map<String, Project> byName) {
        this.byName = byName;
    }

    /** The projects named in a statements file ({@code data/world/statements.jsonl}). */
    public static FacilityNames read(Path statements) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Project> byName = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(statements, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.contains("\"located_in\"")) {
                    continue;
                }
                JsonNode s = json.readTree(line);
                String kind = s.path("subject").path("kind").asText();
                if (!kind.equals("FACILITY") && !kind.equals("ROUTE")) {
                    continue;
                }
                String name = projectName(s.path("subject").path("label").asText());
                if (name.length() < 4 || !name.contains(" ")) {
                    continue; // a one-word name (Texas, Beihai) is a place before it is a project
                }
                String slug = Slug.of(name);
                Subject record = new Subject(
                        Subject.Kind.valueOf(kind),
                        s.path("subject").path("id").asText(),
                        s.path("subject").path("label").asText());
                Project known = byName.get(name);
                List<Subject> records = new ArrayList<>(
                        known == null ? List.of(new Subject(Subject.Kind.PROJECT, slug, name)) : known.records());
                if (!records.contains(record)) {
                    records.add(records.size() - 1, record);
                }
                byName.put(
                        name,
                        new Project(
                                known == null
                                        ? new Subject(Subject.Kind.valueOf(kind), "project:" + slug, name)
                                        : known.subject(),
                                known == null ? s.path("counterpart").path("id").asText() : known.country(),
                                records));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + statements + ": " + e.getMessage(), e);
        }
        return new FacilityNames(Map.copyOf(byName));
    }

    /** "Arctic LNG 2 Terminal T1" gives "Arctic LNG 2". */
    static String projectName(String label) {
        return KIND_SUFFIX.matcher(label.strip()).replaceFirst("").strip();
    }

    public Map<String, Project> byName() {
        return byName;
    }
}
