package org.chokepoint.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A statement's deterministic id: a hash of its source, subject, property, good, counterpart,
 * period and value, so the same fact from the same source always has the same id and importing a
 * file twice adds nothing.
 */
public record StatementId(String hex) {

    public StatementId {
        Objects.requireNonNull(hex, "hex");
    }

    /** The id of the given parts, joined with a separator no part contains. */
    public static StatementId of(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return new StatementId(HexFormat.of().formatHex(digest.digest(), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
