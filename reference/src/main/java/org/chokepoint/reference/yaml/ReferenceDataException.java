package org.chokepoint.reference.yaml;

/**
 * Reference data that cannot be used: a YAML file that does not parse, or a field that is missing,
 * unknown or wrong. The message names the file, the line and the field, and says how to fix it, so
 * a broken file fails at start-up rather than as a wrong number later.
 */
public final class ReferenceDataException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;
    private final String field;
    private final String problem;
    private final String advice;

    public ReferenceDataException(String resource, int line, String field, String problem, String advice) {
        super(message(resource, line, field, problem, advice));
        this.resource = resource;
        this.line = line;
        this.field = field;
        this.problem = problem;
        this.advice = advice;
    }

    private static String message(String resource, int line, String field, String problem, String advice) {
        StringBuilder text = new StringBuilder("Invalid reference data in ").append(resource);
        if (line > 0) {
            text.append(" line ").append(line);
        }
        if (!field.isEmpty()) {
            text.append(", field ").append(field);
        }
        text.append(": ").append(problem);
        if (!advice.isEmpty()) {
            text.append(System.lineSeparator()).append(advice);
        }
        return text.toString();
    }

    /** The file (classpath resource or path) that holds the error. */
    public String resource() {
        return resource;
    }

    /** The 1-based line of the error, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }

    /** The path of the field at fault, e.g. {@code countries[3].alpha3}; empty for the whole file. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** How to fix it; empty when the problem says it all. */
    public String advice() {
        return advice;
    }
}
