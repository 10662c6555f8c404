package org.chokepoint.engine.instrument;

import java.util.List;
import java.util.stream.Collectors;

/** Region lists as descriptions write them: "USA, JPN, KOR". */
final class Names {

    private Names() {}

    static String of(ShockReader fields, List<Integer> regions) {
        return regions.stream().map(i -> fields.baseline().regions().get(i)).collect(Collectors.joining(", "));
    }
}
