package org.chokepoint.knowledge;

/**
 * A row an importer could not turn into statements, with where it is and why, so nothing is
 * dropped silently. Line and column are 1-based; column 0 means the whole row.
 */
public record RowProblem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        return file + " line " + line + (column > 0 ? ", column " + column + " (" + field + ")" : "") + ": " + message;
    }
}
