package org.chokepoint.engine.instrument;

/**
 * A scenario that cannot be bound to its baseline: a region it does not have, a unit that does not
 * fit, a shock that changes nothing there. Names the field path of the spec; the loader adds the
 * file and line.
 */
public final class BindingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;
    private final String advice;

    public BindingException(String field, String problem, String advice) {
        super("field " + field + ": " + problem + (advice.isEmpty() ? "" : System.lineSeparator() + advice));
        this.field = field;
        this.problem = problem;
        this.advice = advice;
    }

    /** The same error at another field: a baseline's, found for "baseline" or "upstream.baseline". */
    public BindingException at(String otherField) {
        return new BindingException(otherField, problem, advice);
    }

    /** The spec's field path, e.g. "shocks[2].importers". */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    public String advice() {
        return advice;
    }
}
