package org.chokepoint.reference.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.chokepoint.model.text.TextFileException;
import org.chokepoint.model.text.TextFiles;

/**
 * Reads a user's file as UTF-8 text, refusing a file over a size limit before reading it whole, a
 * binary file, and bytes that are not UTF-8, with the line and byte offset of the first bad byte. A
 * leading UTF-8 byte order mark is dropped.
 */
final class Utf8File {

    private Utf8File() {}

    /** The text of {@code file}, which must hold at most {@code maxBytes} bytes; errors name {@code resource}. */
    static String read(Path file, String resource, int maxBytes) {
        byte[] bytes = readAtMost(file, resource, maxBytes);
        refuseBinary(bytes, resource);
        return decode(bytes, resource);
    }

    private static byte[] readAtMost(Path file, String resource, int maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ReferenceDataException(
                        resource,
                        0,
                        "",
                        "the file is larger than " + maxBytes + " bytes",
                        "Is this the right file? Files of this kind are at most " + maxBytes + " bytes.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ReferenceDataException(resource, 0, "", "the file does not exist", "Check the path.");
        } catch (IOException e) {
            throw new ReferenceDataException(resource, 0, "", "cannot read the file: " + e, "");
        }
    }

    /** Refuses NUL and the other control bytes that YAML does not allow, which only binary files hold. */
    private static void refuseBinary(byte[] bytes, String resource) {
        for (int offset = 0; offset < bytes.length; offset++) {
            byte b = bytes[offset];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw new ReferenceDataException(
                        resource,
                        TextFiles.lineAt(bytes, offset),
                        "",
                        "a binary file, not YAML text (byte " + offset + " is " + TextFiles.hex(b) + ")",
                        "Is this the right file?");
            }
        }
    }

    private static String decode(byte[] bytes, String resource) {
        try {
            return TextFiles.withoutByteOrderMark(TextFiles.decode(resource, bytes));
        } catch (TextFileException e) {
            throw new ReferenceDataException(resource, e.line(), "", e.problem(), "");
        }
    }
}
