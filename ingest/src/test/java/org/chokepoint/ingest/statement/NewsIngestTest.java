package org.chokepoint.ingest.statement;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.chokepoint.ingest.article.ArticleSizeLimit;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.knowledge.store.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing articles: again adds nothing; a bad file among good ones stores nothing and is named. */
class NewsIngestTest {

    @TempDir
    Path folder;

    private static NewsIngest ingest() {
        News news = News.get();
        return new NewsIngest(news.extractor, news.statements);
    }

    private static final List<Path> FIXTURES =
            List.of(News.fixture("china-rare-earth-reserves.txt"), News.fixture("kazakh-trade-two-statistics.txt"));

    @Test
    void ingestingTheSameArticlesAgainAddsNothing() {
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            List<ImportReport> first = ingest().ingest(FIXTURES, store).reports();
            long stored = store.count();
            List<ImportReport> again = ingest().ingest(FIXTURES, store).reports();

            assertThat(first).extracting(ImportReport::added).allSatisfy(added -> assertThat(added)
                    .isPositive());
            assertThat(again).extracting(ImportReport::added).containsOnly(0);
            assertThat(again.stream().mapToInt(ImportReport::alreadyKnown).sum())
                    .isEqualTo((int) stored);
            assertThat(store.count()).isEqualTo(stored);
            assertThat(store.find(StatementQuery.all()))
                    .allSatisfy(s -> assertThat(s.source().id()).startsWith("news-"));
        }
    }

    @Test
    void theSkippedClaimsAreReportedWithFileLineAndField() {
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            ImportReport report =
                    ingest().ingest(List.of(FIXTURES.get(1)), store).reports().get(0);

            // 相差近百億美元 is a gap between two figures: the clause says no property it could be stored as
            assertThat(report.problems())
                    .filteredOn(p -> p.field().equals("property"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.file()).endsWith("kazakh-trade-two-statistics.txt");
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.field()).isEqualTo("property");
                        assertThat(p.message()).contains("百億美元", "not stored");
                    });
            // the two years are the trade figures' periods, not events of their own
            assertThat(report.problems())
                    .filteredOn(p -> p.field().equals("kind"))
                    .hasSize(2)
                    .allSatisfy(p -> assertThat(p.message()).contains("stored as that figure's period"));
            assertThat(report.added()).isEqualTo(2); // the two trade values
        }
    }

    @Test
    void aGarbledBinaryOrEmptyFileAmongGoodOnesStoresNothingAndIsNamed() throws IOException {
        Path garbled = folder.resolve("big5.txt");
        Files.write(garbled, "中國稀土儲量約為4400萬噸。".getBytes(Charset.forName("Big5")));
        Path binary = folder.resolve("binary.txt");
        Files.write(binary, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 'a', 'b'});
        Path empty = Files.writeString(folder.resolve("empty.txt"), "  \n");
        List<Path> files = List.of(FIXTURES.get(0), garbled, binary, empty, FIXTURES.get(1));

        try (DuckDbStore store = DuckDbStore.inMemory()) {
            assertThatThrownBy(() -> ingest().ingest(files, store))
                    .isInstanceOf(UnreadableArticlesException.class)
                    .satisfies(e -> assertThat(((UnreadableArticlesException) e).problems())
                            .hasSize(3)
                            .anySatisfy(m -> assertThat(m).contains("big5.txt", "line 1", "not UTF-8"))
                            .anySatisfy(m -> assertThat(m).contains("binary.txt", "binary"))
                            .anySatisfy(m -> assertThat(m).contains("empty.txt", "empty")))
                    .hasMessageContaining("Nothing was stored: 3 of 5 file(s)");
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedByNameAndTheOthersAreStored() throws IOException {
        long limit = Math.max(Files.size(FIXTURES.get(0)), Files.size(FIXTURES.get(1)));
        Path large = Files.writeString(folder.resolve("large.txt"), "中國稀土儲量約為4400萬噸。\n".repeat((int) (limit / 20) + 1));
        NewsIngest news = new NewsIngest(
                News.get().extractor, News.get().statements, new ArticleSizeLimit(limit), NewsIngest.BATCH);

        try (DuckDbStore store = DuckDbStore.inMemory()) {
            NewsIngest.Ingested ingested = news.ingest(List.of(FIXTURES.get(0), large, FIXTURES.get(1)), store);

            assertThat(ingested.refused())
                    .singleElement(as(InstanceOfAssertFactories.STRING))
                    .contains("large.txt", String.format(Locale.ROOT, "%,d bytes", Files.size(large)), "limit");
            assertThat(ingested.reports())
                    .extracting(r -> Path.of(r.file()).getFileName().toString())
                    .containsExactly("china-rare-earth-reserves.txt", "kazakh-trade-two-statistics.txt");
            assertThat(store.count()).isPositive();
        }
    }

    @Test
    void articlesStoredOneBatchEachGiveTheSameStoreAsOneBatch() {
        News shared = News.get();
        NewsIngest oneEach = new NewsIngest(shared.extractor, shared.statements, ArticleSizeLimit.DEFAULT, 1);
        try (DuckDbStore together = DuckDbStore.inMemory();
                DuckDbStore apart = DuckDbStore.inMemory()) {
            List<ImportReport> whole = ingest().ingest(FIXTURES, together).reports();
            List<ImportReport> batched = oneEach.ingest(FIXTURES, apart).reports();

            assertThat(batched)
                    .extracting(ImportReport::file, ImportReport::added, r -> r.problems()
                            .size())
                    .isEqualTo(whole.stream()
                            .map(r -> tuple(r.file(), r.added(), r.problems().size()))
                            .toList());
            assertThat(apart.find(StatementQuery.all()))
                    .containsExactlyInAnyOrderElementsOf(together.find(StatementQuery.all()));
        }
    }
}
