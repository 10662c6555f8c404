package org.chokepoint.model.commodity;

/** One stage of a chain, identified by a lower-case slug ("ndfeb-magnets"). */
public record StageId(String slug) {

    public StageId {
        Slug.require(slug, "stage id", "ree-oxides");
    }

    @Override
    public String toString() {
        return slug;
    }
}
