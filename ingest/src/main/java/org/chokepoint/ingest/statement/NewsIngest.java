package org.chokepoint.ingest.statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleException;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.article.ArticleSizeLimit;
import org.chokepoint.ingest.article.ArticleTooLargeException;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.knowledge.store.KnowledgeStore;

/**
 * Stores the figures of a set of article files in the knowledge base, a batch of at most {@link #BATCH} articles at a
 * time so that memory does not grow with the number of files. Every file is first read (not extracted) to check that
 * it is an article: a bad file (not UTF-8, binary, empty) among good ones stores nothing at all. An article over the
 * size limit is refused and the others go on. Each batch is one transaction: a process killed mid-way leaves the batches
 * before stored and nothing of the one it was writing; statement ids are deterministic, so ingesting the files again
 * adds only what is missing.
 */
public final class NewsIngest {

    /** Articles stored per transaction. */
    public static final int BATCH = 50;

    private final Extractor extractor;
    private final ClaimStatements statements;
    private final ArticleSizeLimit limit;
    private final int batch;

    public NewsIngest(Extractor extractor, ClaimStatements statements) {
        this(extractor, statements, ArticleSizeLimit.DEFAULT, BATCH);
    }

    /** @param batch articles stored per transaction */
    public NewsIngest(Extractor extractor, ClaimStatements statements, ArticleSizeLimit limit, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one article, not " + batch);
        }
        this.extractor = extractor;
        this.statements = statements;
        this.limit = limit;
        this.batch = batch;
    }

    /** What an ingest stored, one report per article, and the articles it refused as too large, each named. */
    public record Ingested(List<ImportReport> reports, List<String> refused) {
        public Ingested {
            reports = List.copyOf(reports);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Checks every file, then stores the articles in batches, telling {@code progress} as each batch's statements are
     * written (inside its transaction).
     *
     * @throws UnreadableArticlesException naming every file that cannot be read as an article; nothing is stored
     */
    public Ingested ingest(List<Path> files, KnowledgeStore store, ImportProgress progress) {
        List<Path> readable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                ArticleReader.read(file, limit);
                readable.add(file);
            } catch (ArticleTooLargeException e) {
                refused.add(e.getMessage());
            } catch (ArticleException e) {
                unreadable.add(e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new UnreadableArticlesException(unreadable, files.size());
        }
        List<ImportReport> reports = new ArrayList<>();
        for (int from = 0; from < readable.size(); from += batch) {
            List<ImportBatch> batches = new ArrayList<>();
            for (Path file : readable.subList(from, Math.min(from + batch, readable.size()))) {
                Article article = ArticleReader.read(file, limit);
                batches.add(NewsBatch.of(file, article.text(), statements.of(article, extractor.claims(article))));
            }
            reports.addAll(store.storeAll(batches, false, progress));
        }
        return new Ingested(reports, refused);
    }

    /** Like {@link #ingest(List, KnowledgeStore, ImportProgress)}, without progress. */
    public Ingested ingest(List<Path> files, KnowledgeStore store) {
        return ingest(files, store, ImportProgress.NONE);
    }
}
