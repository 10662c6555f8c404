package org.chokepoint.ingest.statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleException;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.knowledge.store.KnowledgeStore;

/**
 * Stores the figures of a set of article files in the knowledge base: all files are read before anything is written,
 * and all are stored in one transaction, so a bad file (not UTF-8, binary, empty) among good ones leaves the store as it
 * was. Statement ids are deterministic, so ingesting an article again adds nothing.
 */
public final class NewsIngest {

    private final Extractor extractor;
    private final ClaimStatements statements;

    public NewsIngest(Extractor extractor, ClaimStatements statements) {
        this.extractor = extractor;
        this.statements = statements;
    }

    /**
     * One batch per file, with the claims it cannot store as problems.
     *
     * @throws UnreadableArticlesException naming every file that cannot be read as an article
     */
    public List<ImportBatch> read(List<Path> files) {
        List<ImportBatch> batches = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                Article article = ArticleReader.read(file);
                batches.add(NewsBatch.of(file, article.text(), statements.of(article, extractor.claims(article))));
            } catch (ArticleException e) {
                unreadable.add(e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new UnreadableArticlesException(unreadable, files.size());
        }
        return batches;
    }

    /** Reads the files, then stores them all or, if any cannot be read, none. One report per file. */
    public List<ImportReport> ingest(List<Path> files, KnowledgeStore store) {
        return store.storeAll(read(files), false, ImportProgress.NONE);
    }
}
