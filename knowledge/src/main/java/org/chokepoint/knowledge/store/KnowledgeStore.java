package org.chokepoint.knowledge.store;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.Importer;

/**
 * Where statements live. Every import is one transaction: it is stored whole or not at all, and a
 * process killed half-way leaves the store as it was.
 */
public interface KnowledgeStore extends AutoCloseable {

    /**
     * Stores a batch. Statements already stored (same id) are not added again; their last-seen
     * time is updated. With {@code strict}, a batch with any bad row stores nothing.
     *
     * @throws ImportRefusedException if strict and the batch has bad rows
     */
    default ImportReport store(ImportBatch batch, boolean strict) {
        return store(batch, strict, ImportProgress.NONE);
    }

    /** Like {@link #store(ImportBatch, boolean)}, telling {@code progress} as statements are written. */
    ImportReport store(ImportBatch batch, boolean strict, ImportProgress progress);

    /**
     * Stores several batches in one transaction: all of them or, if any fails, none (so that a set
     * of files is never left half-written). With {@code strict}, any bad row in any batch stores
     * nothing.
     *
     * @throws ImportRefusedException if strict and a batch has bad rows
     */
    List<ImportReport> storeAll(List<ImportBatch> batches, boolean strict, ImportProgress progress);

    /**
     * Stores what an importer reads from a file, in one transaction like {@link #store(ImportBatch, boolean)}. A store
     * may write it in chunks as it is read, so that memory does not grow with the file; by default it is read whole.
     *
     * @throws ImportRefusedException if strict and the file has bad rows
     */
    default ImportReport store(Importer importer, Path file, boolean strict, ImportProgress progress) {
        return store(importer.read(file), strict, progress);
    }

    List<Statement> find(StatementQuery query);

    /** The values set aside because their file gave another value for the same fact first. */
    List<Contradiction> contradictions();

    long count();

    @Override
    void close();
}
