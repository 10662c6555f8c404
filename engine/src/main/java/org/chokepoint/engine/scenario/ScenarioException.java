package org.chokepoint.engine.scenario;

import org.chokepoint.reference.yaml.ReferenceDataException;

/**
 * A scenario that cannot run: a malformed file, an unknown country, good or instrument, an
 * impossible date. The message names the file, the line and the field, and suggests a fix.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    /** The same error as one in the YAML layer, worded for a scenario. */
    static ScenarioException of(ReferenceDataException cause) {
        return of("scenario", cause);
    }

    /** The same error as one in the YAML layer, worded for a file of the given kind ("baseline", "backtest"). */
    public static ScenarioException of(String kind, ReferenceDataException cause) {
        StringBuilder text =
                new StringBuilder("Invalid ").append(kind).append(' ').append(cause.resource());
        if (cause.line() > 0) {
            text.append(" line ").append(cause.line());
        }
        if (!cause.field().isEmpty()) {
            text.append(", field ").append(cause.field());
        }
        text.append(": ").append(cause.problem());
        if (!cause.advice().isEmpty()) {
            text.append(System.lineSeparator()).append(cause.advice());
        }
        return new ScenarioException(text.toString());
    }
}
