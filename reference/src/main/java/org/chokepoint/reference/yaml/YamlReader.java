package org.chokepoint.reference.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML document into {@link YamlNode}s that keep their line numbers. Syntax errors and
 * duplicate keys are reported as {@link ReferenceDataException}s naming the file and line.
 *
 * <p>Scenario and baseline files come from users, so every read is bounded by {@link Limits} and
 * takes plain YAML only: anchors, aliases, merge keys and explicit tags are refused, since they let a
 * short file stand for a large one or a value mean something other than its text. Files from users
 * are read with {@link #readFile(Path, Limits)}, which also bounds the file's size and requires
 * UTF-8.
 */
public final class YamlReader {

    /**
     * How much a document may hold.
     *
     * @param maxFileBytes the largest file {@link #readFile} reads, in bytes
     * @param maxScalarLength the longest value or key, and the longest line, in characters
     * @param maxDepth how deeply mappings and lists may nest; the root is depth 1
     */
    public record Limits(int maxFileBytes, int maxScalarLength, int maxDepth) {

        /**
         * 4 MiB files, 64 Ki-character values and lines, 64 levels of nesting: hundreds of times what
         * the project's own files hold (the largest scenario or baseline is 14 KB, the longest line
         * 351 characters, the deepest nesting 6 levels), and little enough to read in milliseconds.
         */
        public static final Limits DEFAULT = new Limits(4 * 1024 * 1024, 64 * 1024, 64);

        public Limits {
            if (maxFileBytes < 1 || maxScalarLength < 1 || maxDepth < 1) {
                throw new IllegalArgumentException(
                        "limits must be positive: " + maxFileBytes + ", " + maxScalarLength + ", " + maxDepth);
            }
        }
    }

    private static final String NO_ANCHORS = "YAML anchors and aliases are not allowed; write the value out";
    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final EventFactory FACTORY = new EventFactory();

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

    /**
     * Reads a file from a user, e.g. a scenario, with {@link Limits#DEFAULT}; see {@link
     * #readFile(Path, Limits)}.
     */
    public static YamlNode readFile(Path file) {
        return readFile(file, Limits.DEFAULT);
    }

    /**
     * Reads a file from a user, e.g. a scenario or a baseline. Refuses a file larger than {@code
     * limits.maxFileBytes()} before reading it whole, a binary file, and bytes that are not UTF-8
     * (naming the line and byte offset of the first bad byte); then reads the text as {@link
     * #read(String, String, Limits)} does. Errors name the file as {@code file.toString()}.
     */
    public static YamlNode readFile(Path file, Limits limits) {
        String resource = file.toString();
        return read(resource, Utf8File.read(file, resource, limits.maxFileBytes()), limits);
    }

    /** Reads YAML text with {@link Limits#DEFAULT}; {@code resource} names it in errors. */
    public static YamlNode read(String resource, String yaml) {
        return read(resource, yaml, Limits.DEFAULT);
    }

    /**
     * Reads YAML text; {@code resource} names it in errors. Refuses anchors, aliases, merge keys,
     * explicit tags, and values, lines and nesting beyond {@code limits}; a line too long is refused
     * while it is read. The text's size is the caller's: {@code maxFileBytes} applies to {@link
     * #readFile} only.
     */
    public static YamlNode read(String resource, String yaml, Limits limits) {
        try (Reader reader = new LineLimitReader(new StringReader(yaml), limits.maxScalarLength());
                EventParser parser = FACTORY.createParser(reader)) {
            return new Document(resource, limits, parser).read();
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

    /** One document being read: the parser, and what errors name and limit. */
    private record Document(String resource, Limits limits, EventParser parser) {

        YamlNode read() throws IOException {
            if (next("") == null) {
                throw new ReferenceDataException(resource, 0, "", "the file is empty", "");
            }
            YamlNode root = readValue("", line(), 1);
            if (next("") != null) {
                throw new ReferenceDataException(
                        resource, line(), "", "more than one YAML document", "Keep one document per file.");
            }
            return root;
        }

        /**
         * Reads the value at the parser's current token; {@code line} is where it starts (its key's
         * line in a mapping), {@code depth} how deeply it is nested.
         */
        private YamlNode readValue(String path, int line, int depth) throws IOException {
            JsonToken token = parser.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > limits.maxDepth()) {
                throw error(
                        path,
                        "nested more than " + limits.maxDepth() + " levels deep",
                        "Is this the right file? Files of this kind nest a few levels.");
            }
            switch (token) {
                case START_OBJECT -> {
                    LinkedHashMap<String, YamlNode> fields = new LinkedHashMap<>();
                    while (next(path) == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        String childPath = path.isEmpty() ? key : path + "." + key;
                        refuseUnsafe(childPath);
                        int keyLine = line();
                        if (key.equals("<<")) {
                            throw error(
                                    childPath,
                                    "YAML merge keys (<<) are not allowed; write the values out",
                                    "Repeat the fields in this mapping.");
                        }
                        next(childPath);
                        YamlNode child = readValue(childPath, keyLine, depth + 1);
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
                    while (next(path + "[" + items.size() + "]") != JsonToken.END_ARRAY) {
                        items.add(readValue(path + "[" + items.size() + "]", line(), depth + 1));
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

        /**
         * Moves to the next token and refuses it if unsafe; {@code path} is the field being read,
         * named when a line is too long.
         */
        private JsonToken next(String path) throws IOException {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (LineLimitReader.LongLine e) {
                throw new ReferenceDataException(
                        resource,
                        e.line(),
                        path,
                        "a line longer than " + limits.maxScalarLength() + " characters",
                        "Values and lines are at most " + limits.maxScalarLength()
                                + " characters; is this the right file?");
            }
            if (token != null && token != JsonToken.FIELD_NAME) {
                refuseUnsafe(path);
            }
            return token;
        }

        /** Refuses an anchor, alias, explicit tag or over-long scalar on the current event. */
        private void refuseUnsafe(String path) {
            Event event = parser.event();
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw error(path, NO_ANCHORS, "");
            }
            String tag = event instanceof ScalarEvent scalar
                    ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                String written = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
                throw error(path, "YAML tags are not allowed: " + written, "Remove the tag and write the plain value.");
            }
            if (event instanceof ScalarEvent scalar && scalar.getValue().length() > limits.maxScalarLength()) {
                throw error(
                        path,
                        "a value of " + scalar.getValue().length() + " characters, over the limit of "
                                + limits.maxScalarLength(),
                        "Shorten it; is this the right file?");
            }
        }

        private ReferenceDataException error(String path, String problem, String advice) {
            return new ReferenceDataException(resource, line(), path, problem, advice);
        }

        /** The 1-based line where the current event starts. */
        private int line() {
            return parser.event().getStartMark().getLine() + 1;
        }
    }

    /** A YAML parser that shows the SnakeYAML event behind its current token. */
    private static final class EventParser extends YAMLParser {

        EventParser(
                IOContext context,
                int features,
                int yamlFeatures,
                LoaderOptions options,
                ObjectCodec codec,
                Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        /**
         * The event behind the current token. Jackson drops the anchor and tag of a mapping's first
         * key (it keeps the mapping's), so checks read the event.
         */
        Event event() {
            return _lastEvent;
        }
    }

    /** Makes {@link EventParser}s; SnakeYAML's own size limit is off, since {@link Limits} bound the input. */
    private static final class EventFactory extends YAMLFactory {

        EventFactory() {
            super(YAMLFactory.builder().loaderOptions(unlimited()));
        }

        private static LoaderOptions unlimited() {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            return options;
        }

        @Override
        public EventParser createParser(Reader reader) throws IOException {
            return (EventParser) super.createParser(reader);
        }

        @Override
        protected EventParser _createParser(Reader reader, IOContext context) {
            return new EventParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }
}
