package org.chokepoint.knowledge;

import java.util.Objects;
import java.util.Optional;

/**
 * What a figure counts: a commodity chain and, where known, its stage, with the basis the source
 * measures it on ("rare-earth-oxide equivalent", "lithium content").
 */
public record Good(String chain, Optional<String> stage, Optional<String> basis) {

    public Good {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(basis, "basis");
    }

    /** "rare-earths/ree-concentrate" or "copper". */
    public String key() {
        return stage.map(s -> chain + "/" + s).orElse(chain);
    }
}
