package org.chokepoint.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.statement.ArticleSource;
import org.chokepoint.ingest.statement.News;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Units;
import org.junit.jupiter.api.Test;

/** The fixture articles, extracted and checked end to end: against each other, and against the bundled world's USGS figures. */
class CheckFixturesTest {

    private static final Path WORLD = Path.of("..", "data", "world");

    private static List<CheckedClaim> check(Path file, DuckDbStore store) {
        News news = News.get();
        Article article = ArticleReader.read(file);
        return new ClaimChecker(news.statements, news.gazetteer, store).check(article, news.extractor.claims(article));
    }

    @Test
    void twoStatisticsOfOneTradeFlowConflictWithEachOtherWithTheirQuotes() {
        Path file = News.fixture("kazakh-trade-two-statistics.txt");
        List<CheckedClaim> trade;
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            trade = check(file, store).stream()
                    .filter(c -> c.stated().claim().property().equals("trade_value"))
                    .toList();
        }

        assertThat(trade).hasSize(2);
        assertThat(trade).extracting(CheckedClaim::verdict).containsOnly(Verdict.CONFLICTING);
        String source = ArticleSource.of(ArticleReader.read(file)).id();
        assertThat(trade.get(0).conflicting()).singleElement().satisfies(other -> {
            assertThat(other.source().id()).isEqualTo(source);
            assertThat(other.quote()).contains("哈薩克國家統計局", "315億美元");
            assertThat(other.measured()).contains(Quantity.of(31.5e9, Units.parse("USD")));
        });
        assertThat(trade.get(1).conflicting()).singleElement().satisfies(other -> assertThat(other.quote())
                .contains("中國海關總署", "410億美元"));
        assertThat(trade)
                .allSatisfy(c -> assertThat(c.stated().statement().orElseThrow().counterpart())
                        .hasValueSatisfying(partner -> assertThat(partner.id()).isIn("CHN", "KAZ")));
    }

    @Test
    void aReserveFigureThatDiffersFromUsgsConflictsAndNamesTheRelease() {
        assumeThat(Files.isRegularFile(WORLD.resolve(BundledWorld.STATEMENTS)))
                .as("the bundled world in data/world")
                .isTrue();
        ImportBatch world = new BundledWorld().read(WORLD);
        List<Statement> rareEarths = world.statements().stream()
                .filter(s -> s.source().id().contains("raree"))
                .toList();
        List<CheckedClaim> checked;
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            store.store(new ImportBatch(world.kind(), world.file(), rareEarths, List.of()), true);
            checked = check(News.fixture("china-rare-earth-reserves.txt"), store);
        }

        assertThat(checked).singleElement().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.CONFLICTING);
            assertThat(c.stated().statement().orElseThrow().good().orElseThrow().chain())
                    .isEqualTo("rare-earths");
            assertThat(c.conflicting()).singleElement().satisfies(usgs -> {
                assertThat(usgs.source().id()).isEqualTo("usgs-mcs-2024-raree-world");
                assertThat(usgs.source().publisher()).isEqualTo("U.S. Geological Survey");
                assertThat(usgs.measured()).contains(Quantity.of(44_000_000, Units.TONNE));
                assertThat(usgs.quote()).startsWith("MCS2024,China,");
            });
        });
    }
}
