package org.chokepoint.knowledge.importer;

import java.nio.file.Path;

/**
 * Reads one public file format into statements. Reading is pure: it touches no store, so a file
 * with bad rows can be reported on, and refused or partly stored, before anything is written.
 */
public interface Importer {

    /** The name users give on the command line, e.g. "usgs-mcs". */
    String kind();

    /** One line saying what files this importer reads. */
    String description();

    /** Whether a file found in a folder is one this importer reads (by its name). */
    boolean reads(Path file);

    /** The statements the file states and the rows it could not read. */
    ImportBatch read(Path file);

    /**
     * Gives the sink the file's statements and problems as it reads them. Importers of files that can be large override
     * this to read row by row, so that memory does not grow with the file; by default the whole file is read first.
     */
    default void read(Path file, ImportSink sink) {
        ImportBatch batch = read(file);
        batch.statements().forEach(sink::statement);
        batch.problems().forEach(sink::problem);
    }
}
