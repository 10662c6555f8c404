package org.chokepoint.knowledge;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the small test files under src/test/resources. */
public final class Fixtures {

    private Fixtures() {}

    public static Path file(String resource) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource " + resource, e);
        }
    }
}
