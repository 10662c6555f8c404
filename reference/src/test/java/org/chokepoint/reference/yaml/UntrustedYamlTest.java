package org.chokepoint.reference.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Files from users are read within limits and as plain YAML; each refusal names the file, line and field. */
class UntrustedYamlTest {

    private static final String ANCHORS = "YAML anchors and aliases are not allowed; write the value out";

    @TempDir
    Path dir;

    /** Anchors, aliases, merge keys and tags, each refused at its line and field. */
    static Stream<Arguments> notPlainYaml() {
        String tags = "YAML tags are not allowed: ";
        return Stream.of(
                arguments("alias", "kind: scenario\nquestion: *n\n", 2, "question", ANCHORS),
                arguments(
                        "anchor", "kind: scenario\nshock:\n  target: &t {country: CHN}\n", 3, "shock.target", ANCHORS),
                arguments("anchor on a first key", "shock:\n  &k target: CHN\n", 2, "shock.target", ANCHORS),
                arguments(
                        "merge key",
                        "defaults: {months: 12}\nshock:\n  <<: {months: 6}\n",
                        3,
                        "shock.<<",
                        "merge keys"),
                arguments("tag", "kind: scenario\nname: !foo bar\n", 2, "name", tags + "!foo"),
                arguments(
                        "java tag",
                        "kind: scenario\nsource: !!java.net.URL http://example.com/\n",
                        2,
                        "source",
                        tags + "!!java.net.URL"),
                arguments("tag on a first key", "shock:\n  !foo target: CHN\n", 2, "shock.target", tags + "!foo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPlainYaml")
    void onlyPlainYamlIsRead(String what, String yaml, int line, String field, String problem) {
        assertRefused(() -> YamlReader.read("s.yaml", yaml), "s.yaml", line, field)
                .hasMessageContaining(problem);
    }

    @Test
    void hugeScalarIsRefusedByTheLimitWhileItIsRead() {
        String yaml = "kind: scenario\nquestion: " + "x".repeat(40_000_000) + "\n";

        // An OutOfMemoryError would fail isInstanceOf: the limit, not the heap, stops the read.
        assertRefused(() -> YamlReader.read("s.yaml", yaml), "s.yaml", 2, "question")
                .hasMessageContaining("a line longer than 65536 characters");
    }

    @Test
    void longMultiLineValueIsRefused() {
        String yaml = "kind: scenario\nnotes: |\n" + ("  " + "y".repeat(99) + "\n").repeat(700);

        assertRefused(() -> YamlReader.read("s.yaml", yaml), "s.yaml", 2, "notes")
                .hasMessageContaining("a value of 70000 characters, over the limit of 65536");
    }

    @Test
    void deepNestingIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 100; depth++) {
            yaml.append("  ".repeat(depth)).append("a:\n");
        }
        String field = String.join(".", Collections.nCopies(64, "a"));

        assertRefused(() -> YamlReader.read("s.yaml", yaml.toString()), "s.yaml", 65, field)
                .hasMessageContaining("nested more than 64 levels deep");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        Path file = write(
                "big.yaml",
                "a: b\n"
                        .repeat(1 + YamlReader.Limits.DEFAULT.maxFileBytes() / 5)
                        .getBytes(StandardCharsets.UTF_8));

        assertRefused(() -> YamlReader.readFile(file), file.toString(), 0, "")
                .hasMessageContaining("the file is larger than 4194304 bytes");
    }

    @Test
    void latin1BytesAreRefusedWithLineAndByteOffset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("kind: scenario\nname: Caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        Path file = write("latin1.yaml", bytes.toByteArray());

        assertRefused(() -> YamlReader.readFile(file), file.toString(), 2, "")
                .hasMessageContaining("not UTF-8 at line 2 (byte offset 24, 0xE9); convert it with iconv");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};
        Path file = write("chart.yaml", png);

        assertRefused(() -> YamlReader.readFile(file), file.toString(), 2, "")
                .hasMessageContaining("a binary file, not YAML text (byte 6 is 0x1A)");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = write("empty.yaml", new byte[0]);

        assertRefused(() -> YamlReader.readFile(file), file.toString(), 0, "")
                .hasMessageContaining("the file is empty");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("absent.yaml");

        assertRefused(() -> YamlReader.readFile(file), file.toString(), 0, "")
                .hasMessageContaining("the file does not exist");
    }

    @Test
    void utf8FileWithByteOrderMarkIsRead() throws IOException {
        byte[] text = "kind: scenario\nname: Café 北極\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        YamlNode root = YamlReader.readFile(write("bom.yaml", withBom));

        assertThat(root.text("kind")).isEqualTo("scenario");
        assertThat(root.get("name").line()).isEqualTo(2);
        assertThat(root.text("name")).isEqualTo("Café 北極");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Asserts that {@code read} fails with a {@link ReferenceDataException} at this place, named in its message. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            ThrowingCallable read, String resource, int line, String field) {
        return assertThatThrownBy(read)
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo(resource);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessageContaining("in " + resource + (line > 0 ? " line " + line : ""))
                .hasMessageContaining(field.isEmpty() ? "" : ", field " + field + ":");
    }
}
