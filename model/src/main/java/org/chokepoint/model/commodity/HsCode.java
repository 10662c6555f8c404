package org.chokepoint.model.commodity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Harmonized System code at heading (4 digits, "2846") or subheading (6 digits, written
 * "2805.30") level, with the HS editions in which it has this meaning and a note where its scope
 * differs between editions or covers more than the stage.
 */
public record HsCode(String code, Set<HsEdition> editions, Optional<String> note) {

    private static final Pattern CODE = Pattern.compile("\\d{4}(\\.\\d{2})?");

    public HsCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(note, "note");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "An HS code is 4 digits or 4.2 digits such as 2805.30, not '" + code + "'");
        }
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("HS code " + code + " needs at least one edition");
        }
        editions = Set.copyOf(editions);
    }

    /** The digits alone, as trade data write them: "280530". */
    public String digits() {
        return code.replace(".", "");
    }

    /** "2805.30 (HS2017, HS2022)". */
    public String label() {
        String list = editions.stream()
                .sorted()
                .map(Enum::name)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return code + " (" + list + ")";
    }
}
