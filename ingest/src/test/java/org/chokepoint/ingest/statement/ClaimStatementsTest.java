package org.chokepoint.ingest.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.ingest.statement.News.CHINA;
import static org.chokepoint.ingest.statement.News.article;
import static org.chokepoint.ingest.statement.News.figure;

import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStatementsTest {

    private static StatedClaim state(Article article, Claim claim) {
        return News.get().statements.of(article, List.of(claim)).get(0);
    }

    @Test
    void aFigureBecomesAStatementCitingTheArticleWithItsSentenceAsQuote() {
        Article article = article("中國稀土資源\n截至2023年底，中國稀土儲量約為5000萬噸，居世界首位。\n");
        Statement s = state(article, figure(article, "5000萬噸", 5e7, "t", "reserves", CHINA, "2023-12"))
                .statement()
                .orElseThrow();

        assertThat(s.subject()).isEqualTo(CHINA);
        assertThat(s.property()).isEqualTo(Property.RESERVES);
        assertThat(s.good().orElseThrow().chain()).isEqualTo("rare-earths");
        assertThat(s.counterpart()).isEmpty();
        assertThat(s.period()).contains(new PartialDate("2023-12"));
        assertThat(s.measured()).contains(Quantity.of(5e7, Units.TONNE));
        assertThat(s.quote()).isEqualTo("截至2023年底，中國稀土儲量約為5000萬噸，居世界首位。");
        assertThat(s.language()).isEqualTo("zh-Hant");
        assertThat(s.source().id()).startsWith("news-test-");
        assertThat(s.source().publisher()).isEqualTo("example.org");
        assertThat(s.source().title()).isEqualTo("中國稀土資源");
        assertThat(s.source().location()).contains("https://example.org/news/2024/06/20/test");
        assertThat(s.source().published()).contains(new PartialDate("2024-06-20"));
    }

    private static final Subject KOREA = new Subject(Subject.Kind.COUNTRY, "KOR", "South Korea");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "韓國稀土類礦物進口對華依存度約為九成。|九成|0.9",
                "韩国稀土化合物进口对中国的依赖度约为七成。|七成|0.7",
                "南韩约有74%稀土进口来自中国。|74%|74",
                "South Korea's reliance on China for rare earths is 74%.|74%|74",
            })
    void aDependenceShareNamesTheCountryDependedOn(String text, String figure, double value) {
        Article article = article(text);
        Statement s = state(article, figure(article, figure, value, "%", "share", KOREA, null))
                .statement()
                .orElseThrow();

        assertThat(s.counterpart()).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo("CHN"));
    }

    @Test
    void aShareWithoutADependenceNamesNoPartner() {
        Article article = article("韓國的稀土蘊藏量僅占整體使用量的約2.1%，中國則供應大部分。");
        Statement s = state(article, figure(article, "2.1%", 2.1, "%", "share", KOREA, null))
                .statement()
                .orElseThrow();

        assertThat(s.counterpart()).isEmpty();
    }

    @Test
    void aTradeFigureNamesTheOtherCountryAsItsPartner() {
        Article article = article("2024年中國與哈薩克雙邊貿易額約410億美元。");
        Statement s = state(article, figure(article, "410億美元", 41e9, "USD", "trade_value", CHINA, "2024"))
                .statement()
                .orElseThrow();

        assertThat(s.counterpart()).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo("KAZ"));
        assertThat(s.estimate()).isFalse();
    }

    @Test
    void aCountryInALaterClauseIsAnotherFiguresPartner() {
        Article article = article("China's magnet exports fell 5.2% in October, but shipments to Japan surged.");
        Statement s = state(article, figure(article, "5.2%", -5.2, "%", "trade_change", CHINA, "2025-10"))
                .statement()
                .orElseThrow();

        assertThat(s.counterpart()).isEmpty();
    }

    @Test
    void aRangeIsStoredAsARangeAndACountSaysWhatItCounts() {
        Article article = article("每批貨物以2800萬至3200萬美元出售。\n中國共接收了14批貨物。");
        Statement range = state(article, figure(article, "2800萬至3200萬美元", 28e6, 32e6, "USD", "investment", CHINA, null))
                .statement()
                .orElseThrow();
        Statement count = state(article, figure(article, "14批", 14, "count", "count", CHINA, null))
                .statement()
                .orElseThrow();

        assertThat(range.value())
                .isEqualTo(new org.chokepoint.knowledge.Value.Measured(
                        new QuantityRange(Quantity.of(28e6, "USD"), Quantity.of(32e6, "USD"))));
        assertThat(count.note()).contains("counts: 14批");
    }

    @Test
    void claimsTheVocabularyCannotHoldAreSkippedWithTheReason() {
        Article article = article("油價上漲5%，價格升至每桶62美元，排名第三。\n據報導，出口額約為5億美元。");
        Claim other = figure(article, "5%", 5, "%", "other", CHINA, null);
        Claim change = figure(article, "62美元", 62, "USD/bbl", "price_change", CHINA, null);
        Claim rank = figure(article, "第三", 3, "rank", "count", CHINA, null);
        Claim noSubject = figure(article, "5億美元", 5e8, "USD", "trade_value", null, null);
        Claim eventWithoutSubject = new Claim(
                Claim.Kind.EVENT,
                Optional.empty(),
                "event",
                Optional.empty(),
                Optional.of(new PartialDate("2024-06-20")),
                new Span(0, 2),
                "油價上漲");

        List<StatedClaim> stated =
                News.get().statements.of(article, List.of(other, change, rank, noSubject, eventWithoutSubject));

        assertThat(stated).allSatisfy(s -> assertThat(s.statement()).isEmpty());
        assertThat(stated)
                .extracting(s -> s.skipped().orElseThrow().field())
                .containsExactly("property", "property", "unit", "subject", "subject");
        assertThat(stated.get(0).skipped().orElseThrow().reason()).contains("does not say what the figure measures");
        assertThat(stated.get(1).skipped().orElseThrow().reason()).contains("'price_change' is not in the vocabulary");
        assertThat(stated.get(2).skipped().orElseThrow().reason()).contains("'rank' is not a unit");
    }

    @Test
    void aDatedEventIsStoredWithWhatHappenedAsItsValue() {
        Article article = article("中國商務部昨日公告暫停出口管制。");
        Claim event = new Claim(
                Claim.Kind.EVENT,
                Optional.empty(),
                "event",
                Optional.of(CHINA),
                Optional.of(new PartialDate("2024-06-19")),
                new Span(article.text().indexOf("昨日"), article.text().indexOf("昨日") + 2),
                "中國商務部昨日公告暫停出口管制");

        StatedClaim stated = News.get().statements.of(article, List.of(event)).get(0);

        assertThat(stated.statement()).hasValueSatisfying(statement -> {
            assertThat(statement.property()).isEqualTo(org.chokepoint.knowledge.Property.EVENT);
            assertThat(statement.period()).contains(new PartialDate("2024-06-19"));
            assertThat(statement.value().canonical()).isEqualTo("text:中國商務部昨日公告暫停出口管制");
            assertThat(statement.quote()).isEqualTo("中國商務部昨日公告暫停出口管制。");
        });
    }

    @Test
    void theSourceIdIsStableAndFollowsTheAddressOrForAFileWithoutOneTheText() {
        Article web = article("中國稀土儲量約為5000萬噸。");
        Article sameAddress = article("中國稀土儲量約為5000萬噸（更正）。");
        Article file = ArticleReader.of("test", "中國稀土儲量約為5000萬噸。", "/somewhere/test.txt");
        Article moved = ArticleReader.of("test", "中國稀土儲量約為5000萬噸。", "/elsewhere/test.txt");
        Article edited = ArticleReader.of("test", "中國稀土儲量約為4400萬噸。", "/somewhere/test.txt");

        Source source = ArticleSource.of(web);
        assertThat(source.id()).matches("news-test-[0-9a-f]{8}");
        assertThat(ArticleSource.of(sameAddress).id()).isEqualTo(source.id());
        assertThat(ArticleSource.of(moved).id())
                .isEqualTo(ArticleSource.of(file).id());
        assertThat(ArticleSource.of(edited).id())
                .isNotEqualTo(ArticleSource.of(file).id());
        assertThat(ArticleSource.of(file).publisher()).isEqualTo("local file");
        assertThat(ArticleSource.of(ArticleReader.of("北極液化天然氣", "稀土", "x")).id())
                .startsWith("news-article-");
    }
}
