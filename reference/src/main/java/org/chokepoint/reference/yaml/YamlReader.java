package org.chokepoint.reference.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads a YAML document into {@link YamlNode}s that keep their line numbers. Syntax errors and
 * duplicate keys are reported as {@link ReferenceDataException}s naming the file and line.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    /** Reads a classpath resource, e.g. {@code reference/countries.yaml}. */
    public static YamlNode readResource(String resource) {
        InputStream stream = YamlReader.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new ReferenceDataException(
                    resource, 0, "", "the file is missing from the classpath", "Rebuild with ./mvnw package.");
        }
        try (stream) {
            return read(resource, new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Reads a versioned reference file from the classpath and checks its header: {@code kind} must
     * name what the file holds and {@code version} must be one this build understands.
     */
    public static YamlNode readReferenceFile(String resource, String kind, int version) {
        YamlNode root = readResource(resource);
        String actualKind = root.text("kind");
        if (!actualKind.equals(kind)) {
            throw root.get("kind")
                    .error("expected kind '" + kind + "', found '" + actualKind + "'", "Is this the right file?");
        }
        int actualVersion = root.integer("version");
        if (actualVersion != version) {
            throw root.get("version")
                    .error(
                            "schema version " + actualVersion + " is not supported",
                            "This build reads version " + version + " of " + kind + " files.");
        }
        return root;
    }

    /** Reads YAML text; {@code resource} names it in errors. */
    public static YamlNode read(String resource, String yaml) {
        try (Reader reader = new StringReader(yaml);
                JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ReferenceDataException(resource, 0, "", "the file is empty", "");
            }
            YamlNode root = readValue(parser, resource, "", line(parser));
            if (parser.nextToken() != null) {
                throw new ReferenceDataException(
                        resource, line(parser), "", "more than one YAML document", "Keep one document per file.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            throw new ReferenceDataException(
                    resource,
                    line,
                    "",
                    "not valid YAML: " + e.getOriginalMessage(),
                    "Check the indentation and quoting near this line.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Reads the value at the parser's current token; {@code line} is where it starts (its key's line in a mapping). */
    private static YamlNode readValue(JsonParser parser, String resource, String path, int line) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    int keyLine = line(parser);
                    parser.nextToken();
                    YamlNode child = readValue(parser, resource, childPath, keyLine);
                    if (fields.put(key, child) != null) {
                        throw new ReferenceDataException(
                                resource,
                                keyLine,
                                childPath,
                                "duplicate key '" + key + "'",
                                "Keep one of the two entries.");
                    }
                }
                return YamlNode.mapping(resource, path, line, fields);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, resource, path + "[" + items.size() + "]", line(parser)));
                }
                return YamlNode.sequence(resource, path, line, items);
            }
            case VALUE_NULL -> {
                return YamlNode.nullValue(resource, path, line);
            }
            default -> {
                return YamlNode.scalar(resource, path, line, parser.getText());
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
