package org.chokepoint.reference.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chokepoint.model.text.EditDistance;

/**
 * One node of a parsed YAML file that remembers where it stood (file, line, field path), so that
 * every validation error can name them. Readers pull typed values out of it and call {@link
 * #error} for anything that is wrong; they never see a node without its location.
 */
public final class YamlNode {

    /** What a node holds. */
    public enum Kind {
        MAPPING,
        SEQUENCE,
        SCALAR,
        NULL
    }

    private final Kind kind;
    private final String resource;
    private final String path;
    private final int line;
    private final String scalar;
    private final Map<String, YamlNode> fields;
    private final List<YamlNode> items;

    private YamlNode(
            Kind kind,
            String resource,
            String path,
            int line,
            String scalar,
            Map<String, YamlNode> fields,
            List<YamlNode> items) {
        this.kind = kind;
        this.resource = resource;
        this.path = path;
        this.line = line;
        this.scalar = scalar;
        this.fields = Collections.unmodifiableMap(fields);
        this.items = List.copyOf(items);
    }

    static YamlNode scalar(String resource, String path, int line, String text) {
        return new YamlNode(Kind.SCALAR, resource, path, line, text, Map.of(), List.of());
    }

    static YamlNode nullValue(String resource, String path, int line) {
        return new YamlNode(Kind.NULL, resource, path, line, null, Map.of(), List.of());
    }

    static YamlNode mapping(String resource, String path, int line, LinkedHashMap<String, YamlNode> fields) {
        return new YamlNode(Kind.MAPPING, resource, path, line, null, fields, List.of());
    }

    static YamlNode sequence(String resource, String path, int line, List<YamlNode> items) {
        return new YamlNode(Kind.SEQUENCE, resource, path, line, null, new LinkedHashMap<>(), items);
    }

    public Kind kind() {
        return kind;
    }

    /** The file this node was read from. */
    public String resource() {
        return resource;
    }

    /** The field path of this node, e.g. {@code groups[2].members[0].country}; empty at the root. */
    public String path() {
        return path;
    }

    /** The 1-based line where this node starts. */
    public int line() {
        return line;
    }

    /** An error located at this node. */
    public ReferenceDataException error(String problem, String advice) {
        return new ReferenceDataException(resource, line, path, problem, advice);
    }

    /** An error located at this node, with no advice beyond the message. */
    public ReferenceDataException error(String problem) {
        return error(problem, "");
    }

    /** Fails unless this mapping uses only the given keys; the error lists the valid ones. */
    public YamlNode allowOnly(Set<String> validKeys) {
        requireKind(Kind.MAPPING);
        for (YamlNode child : fields.values()) {
            String key = child.path.substring(child.path.lastIndexOf('.') + 1);
            if (!validKeys.contains(key)) {
                String closest = EditDistance.closest(key, validKeys)
                        .map(valid -> "Did you mean '" + valid + "'? ")
                        .orElse("");
                throw child.error(
                        "unknown key '" + key + "'",
                        closest + "Valid keys here: " + String.join(", ", new TreeSet<>(validKeys)) + ".");
            }
        }
        return this;
    }

    /** The value of a required field of this mapping. */
    public YamlNode get(String key) {
        return find(key)
                .orElseThrow(() -> error("missing required field '" + key + "'", "Add '" + key + ":' to this entry."));
    }

    /** The value of an optional field of this mapping; empty when absent or null. */
    public Optional<YamlNode> find(String key) {
        requireKind(Kind.MAPPING);
        YamlNode child = fields.get(key);
        return child == null || child.kind == Kind.NULL ? Optional.empty() : Optional.of(child);
    }

    /** The keys of this mapping, in file order. */
    public Set<String> keys() {
        requireKind(Kind.MAPPING);
        return fields.keySet();
    }

    /** The items of this sequence. */
    public List<YamlNode> items() {
        requireKind(Kind.SEQUENCE);
        return items;
    }

    /** The items of an optional sequence field; empty when absent. */
    public List<YamlNode> list(String key) {
        return find(key).map(YamlNode::items).orElse(List.of());
    }

    /** This scalar's text, which must not be blank. */
    public String text() {
        requireKind(Kind.SCALAR);
        if (scalar.isBlank()) {
            throw error("must not be empty");
        }
        return scalar;
    }

    /** The text of a required scalar field. */
    public String text(String key) {
        return get(key).text();
    }

    /** The text of an optional scalar field. */
    public Optional<String> optionalText(String key) {
        return find(key).map(YamlNode::text);
    }

    /** The texts of an optional sequence-of-scalars field. */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (YamlNode item : list(key)) {
            texts.add(item.text());
        }
        return List.copyOf(texts);
    }

    /** This scalar as a finite number. */
    public double number() {
        String text = text();
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (!Double.isFinite(value)) {
                throw error("expected a finite number, found '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("expected a number, found '" + text + "'", "Write it as digits, e.g. 0.25 or 1.36e9.");
        }
    }

    /** The value of a required numeric field. */
    public double number(String key) {
        return get(key).number();
    }

    /** This scalar as a whole number. */
    public int integer() {
        String text = text();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text + "'");
        }
    }

    /** The value of a required whole-number field. */
    public int integer(String key) {
        return get(key).integer();
    }

    /** This scalar as true or false. */
    public boolean bool() {
        String text = text().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("expected true or false, found '" + text() + "'");
        };
    }

    private void requireKind(Kind expected) {
        if (kind != expected) {
            throw error(
                    "expected " + describe(expected) + ", found " + describe(kind),
                    "Check the indentation and the '-' list markers around this line.");
        }
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case MAPPING -> "a mapping of keys to values";
            case SEQUENCE -> "a list";
            case SCALAR -> "a single value";
            case NULL -> "nothing";
        };
    }
}
