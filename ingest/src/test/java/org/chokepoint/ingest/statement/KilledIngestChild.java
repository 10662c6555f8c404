package org.chokepoint.ingest.statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.ArticleSizeLimit;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.knowledge.store.KnowledgeStore;
import org.chokepoint.knowledge.store.StatementQuery;

/**
 * Run by {@link KilledIngestIT} in a child JVM: ingests the article files given after the store file one per batch,
 * says "COMMITTED n" with the store's count once the first batch is stored, and in the second batch's transaction,
 * after its article's statements (and filler statements enough for progress to be told) are written, says "WRITING"
 * and waits to be killed.
 */
public final class KilledIngestChild {

    private KilledIngestChild() {}

    public static void main(String[] args) {
        News news = News.get();
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        try (DuckDbStore store = DuckDbStore.open(Path.of(args[0]))) {
            new NewsIngest(news.extractor, news.statements, ArticleSizeLimit.DEFAULT, 1)
                    .ingest(files, new SecondBatchWaits(store), written -> {
                        System.out.println("WRITING " + written);
                        System.out.flush();
                        try {
                            Thread.sleep(120_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
        }
    }

    /** The store, telling the count after the first batch and adding filler to the second so that progress is told. */
    private static final class SecondBatchWaits implements KnowledgeStore {
        private final DuckDbStore store;
        private int batches;

        SecondBatchWaits(DuckDbStore store) {
            this.store = store;
        }

        @Override
        public List<ImportReport> storeAll(List<ImportBatch> batch, boolean strict, ImportProgress progress) {
            batches++;
            if (batches == 1) {
                List<ImportReport> reports = store.storeAll(batch, strict, ImportProgress.NONE);
                System.out.println("COMMITTED " + store.count());
                System.out.flush();
                return reports;
            }
            List<ImportBatch> withFiller = new ArrayList<>(batch);
            withFiller.add(filler());
            return store.storeAll(withFiller, strict, progress);
        }

        @Override
        public ImportReport store(ImportBatch batch, boolean strict, ImportProgress progress) {
            return store.store(batch, strict, progress);
        }

        @Override
        public List<Statement> find(StatementQuery query) {
            return store.find(query);
        }

        @Override
        public List<Contradiction> contradictions() {
            return store.contradictions();
        }

        @Override
        public long count() {
            return store.count();
        }

        @Override
        public void close() {
            store.close();
        }

        private static ImportBatch filler() {
            Source source = new Source("test-killed-ingest", "Test", "Filler", Optional.empty(), Optional.empty());
            List<Statement> statements = new ArrayList<>();
            for (int i = 0; i < 2 * ImportProgress.EVERY; i++) {
                statements.add(Statement.of(
                        News.KAZAKHSTAN,
                        Property.STATUS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        new Value.Text("row " + i),
                        false,
                        Optional.empty(),
                        source,
                        "row " + i,
                        "en"));
            }
            return new ImportBatch("test", Path.of("filler.csv"), statements, List.of());
        }
    }
}
