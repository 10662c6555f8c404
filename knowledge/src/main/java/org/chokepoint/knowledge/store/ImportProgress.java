package org.chokepoint.knowledge.store;

/** Told how many statements of a batch have been written so far, e.g. to show progress. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = written -> {};

    /** Called after every {@link #EVERY} statements written, inside the import's transaction. */
    void written(int statements);

    int EVERY = 1000;
}
