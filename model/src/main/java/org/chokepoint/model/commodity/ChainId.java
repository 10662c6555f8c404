package org.chokepoint.model.commodity;

/** A commodity chain, identified by a lower-case slug ("rare-earths", "lng"). */
public record ChainId(String slug) {

    public ChainId {
        Slug.require(slug, "chain id", "rare-earths");
    }

    @Override
    public String toString() {
        return slug;
    }
}
