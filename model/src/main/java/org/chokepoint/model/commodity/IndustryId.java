package org.chokepoint.model.commodity;

/** An industry that uses a chain's output, identified by a lower-case slug ("ev-motors"). */
public record IndustryId(String slug) {

    public IndustryId {
        Slug.require(slug, "industry id", "ev-motors");
    }

    @Override
    public String toString() {
        return slug;
    }
}
