package org.chokepoint.model.commodity;

import java.util.Objects;

/** An industry that uses commodity chains' output, such as EV motors, wind turbines or defence. */
public record Industry(IndustryId id, String english, String chinese) {

    public Industry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }
}
