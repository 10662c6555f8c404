package org.chokepoint.model.text;

/**
 * A file that cannot be read as UTF-8 text: missing, binary, not UTF-8, or holding control
 * characters. The message names the file and, where there is one, the line and byte offset.
 */
public final class TextFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    TextFileException(String file, int line, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line of the fault, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The message without the file's name. */
    public String problem() {
        return problem;
    }
}
