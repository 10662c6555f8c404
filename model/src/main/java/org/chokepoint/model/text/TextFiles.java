package org.chokepoint.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads users' files as UTF-8 text, strictly: a byte that is not UTF-8 is an error naming its line
 * and byte offset, never a replacement character that would change a name or a figure; a file with
 * NUL bytes is refused as binary. Every file reader uses it, so every file fault reads the same.
 */
public final class TextFiles {

    private TextFiles() {}

    /** The text of a file without a leading byte order mark; errors name it as {@code file.toString()}. */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TextFileException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new TextFileException(file.toString(), 0, "cannot read the file (" + e.getMessage() + ")");
        }
        return withoutByteOrderMark(decode(file.toString(), bytes));
    }

    /**
     * Checks a file as {@link #read} and {@link #refuseControlCharacters} would, holding a buffer at a
     * time, for files too large to hold whole: one pass decodes strictly, looks for control characters
     * and, as the bytes are read, for a NUL byte; after any other fault the rest of the file is still
     * searched for a NUL byte (a binary file, wherever it is), so the fault reported is the one a file
     * read whole gives.
     */
    public static void check(Path file) {
        String name = file.toString();
        byte[] buffer = new byte[1 << 16];
        NulBytes nul = new NulBytes(name);
        try (InputStream in = Files.newInputStream(file)) {
            try {
                decodeStrictly(name, in, buffer, nul);
            } catch (TextFileException fault) {
                // a NUL byte anywhere makes the file binary, as when it is read whole
                for (int n = in.read(buffer); n >= 0 && !nul.found; n = in.read(buffer)) {
                    nul.scan(buffer, 0, n);
                }
                throw fault;
            }
        } catch (NoSuchFileException e) {
            throw new TextFileException(name, 0, "no such file");
        } catch (IOException e) {
            throw new TextFileException(name, 0, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Decodes the stream strictly, a buffer at a time, refusing control characters and, as read, NUL bytes. */
    private static void decodeStrictly(String name, InputStream in, byte[] buffer, NulBytes nul) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(buffer);
        bytes.limit(0);
        CharBuffer chars = CharBuffer.allocate(buffer.length);
        Position at = new Position();
        long consumed = 0; // the bytes before the buffer's first
        boolean end = false;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            at.scan(name, chars.flip());
            chars.clear();
            if (result.isError()) {
                throw notUtf8(name, at.line, consumed + bytes.position(), buffer[bytes.position()]);
            }
            if (result.isOverflow()) {
                continue;
            }
            if (end) {
                break;
            }
            consumed += bytes.position();
            bytes.compact();
            int n = in.read(buffer, bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                nul.scan(buffer, bytes.position(), n);
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        decoder.flush(chars);
        at.scan(name, chars.flip());
    }

    /** The bytes of a file as they are read, refusing the first NUL byte with its line and offset. */
    private static final class NulBytes {
        private final String name;
        private long offset;
        private int line = 1;
        boolean found;

        NulBytes(String name) {
            this.name = name;
        }

        void scan(byte[] bytes, int from, int length) {
            for (int i = from; i < from + length; i++) {
                if (bytes[i] == 0) {
                    found = true;
                    throw binary(name, line, offset + i - from);
                }
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            offset += length;
        }
    }

    /** Where a scan through decoded text is, refusing control characters as it goes. */
    private static final class Position {
        int line = 1;
        int column = 1;

        void scan(String name, CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                    continue;
                }
                if (isControl(c)) {
                    throw control(name, c, line, column);
                }
                column++;
            }
        }
    }

    /** The text without a leading byte order mark, which some editors write and no reader wants. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Bytes as UTF-8 text, exactly (a byte order mark is kept); errors name them as {@code name}. */
    public static String decode(String name, byte[] bytes) {
        for (int offset = 0; offset < bytes.length; offset++) {
            if (bytes[offset] == 0) {
                throw binary(name, lineAt(bytes, offset), offset);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw notUtf8(name, lineAt(bytes, offset), offset, bytes[offset]);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Refuses control characters other than tab, line feed and carriage return: they are invisible,
     * come from binary files or damaged copies, and can split or join the words a reader looks for.
     */
    public static void refuseControlCharacters(String name, String text) {
        new Position().scan(name, text);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\r') || c == 0x7F;
    }

    private static TextFileException binary(String name, int line, long offset) {
        return new TextFileException(
                name, line, "a binary file, not text (a NUL byte at line " + line + ", byte offset " + offset + ")");
    }

    private static TextFileException notUtf8(String name, int line, long offset, byte b) {
        return new TextFileException(
                name,
                line,
                "not UTF-8 at line " + line + " (byte offset " + offset + ", " + hex(b)
                        + "); convert it with iconv -f GBK -t UTF-8 (or the right encoding)");
    }

    private static TextFileException control(String name, char c, int line, int column) {
        return new TextFileException(
                name,
                line,
                String.format(
                        Locale.ROOT,
                        "control character U+%04X at line %d, column %d; text files hold none but tab and"
                                + " line breaks (remove it, e.g. with tr -d '\\%03o')",
                        (int) c,
                        line,
                        column,
                        (int) c));
    }

    /** The 1-based line of the byte at {@code offset}, as every file fault names it. */
    public static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A byte as file faults show it: 0xE9. */
    public static String hex(byte b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }
}
