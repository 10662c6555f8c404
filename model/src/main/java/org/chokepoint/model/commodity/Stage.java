package org.chokepoint.model.commodity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chokepoint.model.unit.Unit;

/**
 * One step of a chain (ore, refined product, metal, component, finished good), with the HS codes
 * it trades under and the physical unit its quantities are counted in.
 *
 * @param id slug
 * @param name readable name
 * @param level where in the chain it stands: ore, refined, metal, component, product
 * @param hsCodes the codes it trades under; empty where no code isolates it
 * @param unit the physical unit of its quantities (t, m3, count...)
 * @param note what a reader should know, e.g. why no code isolates it
 */
public record Stage(StageId id, String name, String level, List<HsCode> hsCodes, Unit unit, Optional<String> note) {

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(note, "note");
        hsCodes = List.copyOf(hsCodes);
    }
}
