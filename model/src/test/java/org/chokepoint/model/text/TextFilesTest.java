package org.chokepoint.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutItsByteOrderMark() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "\uFEFFCountry,值\n", StandardCharsets.UTF_8);
        assertThat(TextFiles.read(file)).isEqualTo("Country,值\n");
    }

    @Test
    void decodeKeepsTheTextExactlySoOffsetsHold() {
        byte[] bytes = "\uFEFFa\r\nb".getBytes(StandardCharsets.UTF_8);
        assertThat(TextFiles.decode("x", bytes)).isEqualTo("\uFEFFa\r\nb");
    }

    @Test
    void gbkIsRefusedWithLineByteOffsetAndHowToConvert() throws IOException {
        byte[] gbk = "中国".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[6 + gbk.length];
        System.arraycopy("a,b\nc,".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
        System.arraycopy(gbk, 0, bytes, 6, gbk.length);
        Path file = Files.write(dir.resolve("gbk.csv"), bytes);
        assertThatThrownBy(() -> TextFiles.read(file))
                .isInstanceOf(TextFileException.class)
                .hasMessage(file + ": not UTF-8 at line 2 (byte offset 6, 0xD6); convert it with iconv -f GBK -t"
                        + " UTF-8 (or the right encoding)")
                .satisfies(e -> assertThat(((TextFileException) e).line()).isEqualTo(2));
    }

    @Test
    void aNulByteMarksABinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("x.csv"), new byte[] {'a', '\n', 'b', 0, 'c'});
        assertThatThrownBy(() -> TextFiles.read(file))
                .hasMessage(file + ": a binary file, not text (a NUL byte at line 2, byte offset 3)");
    }

    /**
     * A file checked a buffer at a time gives the fault the whole file gives: a NUL byte anywhere makes
     * it binary, even after a byte that is not UTF-8 or a control character in an earlier buffer.
     */
    @Test
    void aFileCheckedABufferAtATimeGivesTheFaultOfTheWholeFile() throws IOException {
        byte[][] files = {
            faultThenNulFarBehind((byte) 0xE9),
            faultThenNulFarBehind((byte) 0x1B),
            "ok\nvalid text\n".getBytes(StandardCharsets.UTF_8)
        };
        for (byte[] bytes : files) {
            Path file = Files.write(dir.resolve("f.txt"), bytes);
            String whole = message(() -> TextFiles.refuseControlCharacters(file.toString(), TextFiles.read(file)));
            String buffered = message(() -> TextFiles.check(file));
            assertThat(buffered).isEqualTo(whole);
        }
        Path late = Files.write(dir.resolve("g.txt"), faultThenNulFarBehind((byte) 0xE9));
        assertThat(message(() -> TextFiles.check(late)))
                .contains("a binary file, not text (a NUL byte at line 3, byte offset 200003)");
    }

    /** "a" + the fault + a line break, then 200,000 bytes of text over one more line, a NUL and a line. */
    private static byte[] faultThenNulFarBehind(byte fault) {
        byte[] bytes = new byte[200_006];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[0] = 'a';
        bytes[1] = fault;
        bytes[2] = '\n';
        bytes[100_000] = '\n';
        bytes[200_003] = 0;
        bytes[200_005] = '\n';
        return bytes;
    }

    private static String message(Runnable action) {
        try {
            action.run();
            return "";
        } catch (TextFileException e) {
            return e.getMessage();
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("missing.csv");
        assertThatThrownBy(() -> TextFiles.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefusedWithLineAndColumn() {
        TextFiles.refuseControlCharacters("ok.txt", "a\tb\r\nc\n");
        assertThatThrownBy(() -> TextFiles.refuseControlCharacters("bell.txt", "ab\ncd\u0007e"))
                .hasMessageStartingWith("bell.txt: control character U+0007 at line 2, column 3;")
                .hasMessageContaining("tr -d '\\007'");
        assertThatThrownBy(() -> TextFiles.refuseControlCharacters("del.txt", "\u007F"))
                .hasMessageContaining("U+007F at line 1, column 1");
    }
}
