package org.chokepoint.ingest.statement;

import java.util.List;

/** Some files of an ingest cannot be read as articles; nothing was stored. Each message names its file. */
public final class UnreadableArticlesException extends IllegalArgumentException {

    private final List<String> problems;

    UnreadableArticlesException(List<String> problems, int files) {
        super(String.join(System.lineSeparator(), problems) + System.lineSeparator() + "Nothing was stored: "
                + problems.size() + " of " + files + " file(s) could not be read as articles."
                + " Fix or remove them and run again.");
        this.problems = List.copyOf(problems);
    }

    /** One message per file that could not be read, naming the file and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
