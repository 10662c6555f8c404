package org.chokepoint.ingest.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline on small articles of our own making, one per script, with chrome left in as scraped pages have it. */
class ExtractorTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = new Extractor(Gazetteer.of(ReferenceData.load()));
    }

    private static List<Claim> claims(String text) {
        return extractor.claims(ArticleReader.of("fixture", text, "fixture.txt"));
    }

    @Test
    void traditionalChinesePageWithChrome() {
        String text = "# source: https://example.tw/news/1\n date 2025-11-19\n瀏覽96 | 回應2\n"
                + "南韓約有74%稀土進口來自中國，今年5月進口量下降6.5%。\n本文於 修改第 3 次\n";
        List<Claim> claims = claims(text);
        assertThat(claims).extracting(c -> c.evidence().of(text)).containsExactly("74%", "今年5月", "6.5%");
        Claim share = claims.get(0);
        assertThat(share.subject()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("KOR"));
        assertThat(share.property()).isEqualTo("share");
        assertThat(claims.get(1).date())
                .hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2025-05"));
        assertThat(claims.get(2).quantity().orElseThrow().low()).isEqualTo(-6.5);
    }

    @Test
    void simplifiedChineseFiguresTakeTheDateOfTheirSentence() {
        String text = " date 2025-11-05\n2025年前9个月，中俄贸易额达到1636亿美元，较2024年同期下降了9%。\n";
        List<Claim> claims = claims(text);
        assertThat(claims).allMatch(c -> c.kind() == Claim.Kind.QUANTITY); // both dates are periods of figures
        assertThat(claims).extracting(c -> c.evidence().of(text)).containsExactly("1636亿美元", "9%");
        assertThat(claims.get(0).subject())
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("CHN"));
        assertThat(claims.get(0).property()).isEqualTo("trade_value");
        assertThat(claims.get(1).property()).isEqualTo("trade_change");
    }

    @Test
    void aFigureTakesTheDateNearestBeforeItAndDataMonthsAreNotEvents() {
        String text = " date 2025-10-14\n周一（13日）查詢獲悉，9月中國出口稀土4,000.3噸，金額為5,960萬美元。"
                + "中國海關公布去年12月稀土出口數據。2025一整年，中國共出口5萬7392噸稀土。\n";
        List<Claim> claims = claims(text);
        assertThat(claims)
                .filteredOn(c -> c.kind() == Claim.Kind.QUANTITY)
                .extracting(c -> c.evidence().of(text) + " " + c.date().orElseThrow() + " " + c.property())
                .containsExactly("4,000.3噸 2025-09 volume", "5,960萬美元 2025-09 trade_value", "5萬7392噸 2025 volume");
        assertThat(claims)
                .filteredOn(c -> c.kind() == Claim.Kind.EVENT)
                .extracting(c -> c.evidence().of(text))
                .contains("周一（13日）")
                .doesNotContain("去年12月", "2025");
    }

    @Test
    void aDateAfterFromOrOfIsAnEventUnlessItsSentenceHasAFigure() {
        String text =
                " date 2025-12-24\nHe led the company from 1997 to 2002. The visit came at the end of September.\n"
                        + "Investment fell from 2011 to $400m. Trade has fallen 9% so far this year.\n"
                        + "Deliveries began in August last year.\n大陸商務部昨（9）日公告。根据统计,2025年1至9月,出口下降9%。\n";
        List<Claim> events =
                claims(text).stream().filter(c -> c.kind() == Claim.Kind.EVENT).toList();
        assertThat(events)
                .extracting(c -> c.evidence().of(text) + " " + c.date().orElseThrow())
                .containsExactly(
                        "1997 to 2002 1997", "September 2025-09", "August last year 2024-08", "昨（9）日 2025-12-09");
    }

    @Test
    void aCoordinatedClauseHasItsOwnSubjectAndASentencesRoublesNameRussia() {
        String text = "U.S. crude oil prices have fallen 16% this year and Brent has declined nearly 14%.\n"
                + "報廢稅從130萬盧布飆漲至237萬盧布，漲幅接近83%。\n";
        List<Claim> claims = claims(text);
        assertThat(claims)
                .extracting(c ->
                        c.evidence().of(text) + " " + c.subject().orElseThrow().id())
                .containsExactly("16% USA", "14% brent", "130萬盧布 RUS", "237萬盧布 RUS", "83% RUS");
    }

    @Test
    void englishPricesAndEvents() {
        String text = "# source: https://example.com/oil\n date 2025-10-23\n"
                + "On Wednesday (22.10.2025), Brent gained 2% and closed at $62.59 per barrel.\n"
                + "Oleh Cheslavskyi, 12/16/25\n";
        List<Claim> claims = claims(text);
        assertThat(claims)
                .extracting(c -> c.evidence().of(text))
                .containsExactly("Wednesday (22.10.2025)", "2%", "$62.59 per barrel");
        assertThat(claims.get(0).date())
                .hasValueSatisfying(d -> assertThat(d.iso()).isEqualTo("2025-10-22"));
        assertThat(claims.get(2).quantity().orElseThrow().unit()).isEqualTo("USD/bbl");
    }

    @Test
    void jsonOffsetsCountCodePoints() {
        String text = "😀 南韓約有74%稀土進口來自中國";
        List<Claim> claims = claims(text);
        String line = ClaimJson.line(text, claims.get(0));
        int start = text.codePointCount(0, text.indexOf("74%"));
        assertThat(line).contains("\"start\":" + start + ",\"end\":" + (start + 3));
    }
}
