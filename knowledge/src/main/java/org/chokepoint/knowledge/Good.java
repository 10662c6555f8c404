package org.chokepoint.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * What a figure counts: a commodity chain and, where known, its stage; the basis the source
 * measures it on ("rare-earth-oxide equivalent"); and a variant where the source splits the
 * figure ("beneficiated", "synthetic"), which makes it a different fact from the plain figure.
 */
public record Good(String chain, Optional<String> stage, Optional<String> basis, Optional<String> variant) {

    public Good {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(variant, "variant");
    }

    public static Good of(String chain, String stage) {
        return new Good(chain, Optional.of(stage), Optional.empty(), Optional.empty());
    }

    /** "rare-earths/ree-concentrate", "graphite/natural-graphite:synthetic" or "usgs-coppe". */
    public String key() {
        return chain
                + stage.map(s -> "/" + s).orElse("")
                + variant.map(v -> ":" + v).orElse("");
    }
}
