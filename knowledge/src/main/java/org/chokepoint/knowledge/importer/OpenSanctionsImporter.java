package org.chokepoint.knowledge.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.world.StatementJson;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.text.TextFiles;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.reference.ReferenceData;

/**
 * Reads OpenSanctions FollowTheMoney entities (one JSON object per line, *.ftm.json): each
 * Sanction becomes a statement that its entity is sanctioned by the authority's country, with the
 * programme, start date and summary; each Ownership, that the asset is owned by the owner; each
 * company or person, the countries it is tied to. Entities keep their FtM ids ("os-NK-...").
 * OpenSanctions data are CC BY-NC: import them for your own use; none are bundled.
 */
public final class OpenSanctionsImporter implements Importer {

    private final ReferenceData reference;

    public OpenSanctionsImporter(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public String kind() {
        return "opensanctions";
    }

    @Override
    public String description() {
        return "OpenSanctions FollowTheMoney entities, one JSON object per line (*.ftm.json)";
    }

    @Override
    public boolean reads(Path file) {
        return file.getFileName().toString().endsWith(".ftm.json");
    }

    @Override
    public ImportBatch read(Path file) {
        String text = TextFiles.read(file);
        TextFiles.refuseControlCharacters(file.toString(), text);
        if (text.isBlank()) {
            throw new IllegalArgumentException(file + ": the file is empty; expected one JSON entity per line");
        }
        List<String> lines = text.lines().toList();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, JsonNode> entities = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode entity = StatementJson.parse(lines.get(i));
                if (!entity.hasNonNull("id") || !entity.hasNonNull("schema")) {
                    problems.add(new RowProblem(file.toString(), i + 1, 0, "id", "an entity needs an id and a schema"));
                    continue;
                }
                entities.put(entity.get("id").asText(), entity);
                lineOf.put(entity.get("id").asText(), i + 1);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(file.toString(), i + 1, 0, "", e.getMessage()));
            }
        }
        String dataset = file.getFileName()
                .toString()
                .replace(".ftm.json", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        Source source = new Source(
                "opensanctions-" + dataset,
                "OpenSanctions",
                "FollowTheMoney entities, " + file.getFileName() + " (CC BY-NC 4.0)",
                Optional.of(file.toString()),
                Optional.empty());
        List<Statement> statements = new ArrayList<>();
        for (JsonNode entity : entities.values()) {
            int line = lineOf.get(entity.get("id").asText());
            switch (entity.get("schema").asText()) {
                case "Sanction" -> sanction(entity, entities, source, file, line, statements, problems);
                case "Ownership" -> ownership(entity, entities, source, statements);
                case "Company", "Organization", "LegalEntity", "Person" -> ties(entity, source, statements);
                default -> {
                    // addresses, passports, family ties and directorships state nothing Chokepoint models yet
                }
            }
        }
        statements.sort(java.util.Comparator.comparing(s -> s.id().hex()));
        return new ImportBatch(kind(), file, statements, problems);
    }

    private void sanction(
            JsonNode sanction,
            Map<String, JsonNode> entities,
            Source source,
            Path file,
            int line,
            List<Statement> statements,
            List<RowProblem> problems) {
        Optional<JsonNode> target = first(sanction, "entity").map(entities::get);
        if (target.isEmpty()) {
            problems.add(
                    new RowProblem(file.toString(), line, 0, "entity", "the sanctioned entity is not in the file"));
            return;
        }
        Optional<Subject> authority = first(sanction, "country").flatMap(this::country);
        String programme = first(sanction, "program")
                .or(() -> first(sanction, "authority"))
                .orElse("sanction");
        statements.add(Statement.of(
                subject(target.get()),
                Property.SANCTIONED_BY,
                Optional.empty(),
                authority,
                first(sanction, "startDate").flatMap(OpenSanctionsImporter::date),
                new Value.Text(programme),
                false,
                first(sanction, "provisions"),
                source,
                first(sanction, "summary").orElse(programme),
                "en"));
    }

    private void ownership(
            JsonNode ownership, Map<String, JsonNode> entities, Source source, List<Statement> statements) {
        Optional<JsonNode> asset = first(ownership, "asset").map(entities::get);
        Optional<JsonNode> owner = first(ownership, "owner").map(entities::get);
        if (asset.isPresent() && owner.isPresent()) {
            Subject ownerSubject = subject(owner.get());
            String share =
                    first(ownership, "percentage").map(p -> " [" + p + "%]").orElse("");
            statements.add(Statement.of(
                    subject(asset.get()),
                    Property.OWNER,
                    Optional.empty(),
                    Optional.of(ownerSubject),
                    Optional.empty(),
                    new Value.Text(ownerSubject.label() + share),
                    false,
                    first(ownership, "role"),
                    source,
                    ownerSubject.label() + " " + first(ownership, "role").orElse("owns") + " "
                            + asset.get().path("caption").asText(),
                    "en"));
        }
    }

    private void ties(JsonNode entity, Source source, List<Statement> statements) {
        for (String field : List.of("country", "jurisdiction")) {
            for (JsonNode code : entity.path("properties").path(field)) {
                country(code.asText())
                        .ifPresent(country -> statements.add(Statement.of(
                                subject(entity),
                                Property.LOCATED_IN,
                                Optional.empty(),
                                Optional.of(country),
                                Optional.empty(),
                                new Value.Text(country.id()),
                                false,
                                Optional.of("FtM " + field),
                                source,
                                entity.path("caption").asText(),
                                "en")));
            }
        }
    }

    private static Subject subject(JsonNode entity) {
        Subject.Kind kind = entity.get("schema").asText().equals("Person") ? Subject.Kind.PERSON : Subject.Kind.COMPANY;
        return new Subject(
                kind,
                "os-" + entity.get("id").asText(),
                entity.path("caption").asText(entity.get("id").asText()));
    }

    private Optional<Subject> country(String code) {
        Optional<Country> country = reference.countries().find(code);
        return country.map(c -> new Subject(Subject.Kind.COUNTRY, c.id().alpha3(), c.english()));
    }

    private static Optional<String> first(JsonNode entity, String property) {
        JsonNode values = entity.path("properties").path(property);
        return values.isArray() && values.size() > 0 ? Optional.of(values.get(0).asText()) : Optional.empty();
    }

    private static Optional<PartialDate> date(String text) {
        try {
            return Optional.of(new PartialDate(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
