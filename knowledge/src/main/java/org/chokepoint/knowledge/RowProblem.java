package org.chokepoint.knowledge;

/**
 * A row an importer could not turn into statements, with where it is and why, so nothing is
 * dropped silently. Line and column are 1-based; column 0 means the whole row.
 */
public record RowProblem(String file, int line, int column, String field, String message) {

    /** The most of a message kept: a cell of a megabyte is quoted by its start and its length, not in full. */
    static final int LONGEST_MESSAGE = 400;

    public RowProblem {
        if (message.length() > LONGEST_MESSAGE) {
            message = message.substring(0, LONGEST_MESSAGE) + "... (" + message.length() + " characters in all)";
        }
    }

    @Override
    public String toString() {
        return file + " line " + line + (column > 0 ? ", column " + column + " (" + field + ")" : "") + ": " + message;
    }
}
