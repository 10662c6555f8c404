package org.chokepoint.ingest.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chokepoint.ingest.statement.News.CHINA;
import static org.chokepoint.ingest.statement.News.KAZAKHSTAN;
import static org.chokepoint.ingest.statement.News.MONGOLIA;
import static org.chokepoint.ingest.statement.News.RUSSIA;
import static org.chokepoint.ingest.statement.News.article;
import static org.chokepoint.ingest.statement.News.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.link.FacilityNames;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.statement.News;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verdicts on hand-made claims, against a small knowledge base of USGS-like reserve figures. */
class ClaimCheckerTest {

    private static final Source USGS = new Source(
            "usgs-test-raree",
            "U.S. Geological Survey",
            "Mineral Commodity Summaries (test)",
            Optional.empty(),
            Optional.of(new PartialDate("2024")));
    private static final String RESERVES = "截至2023年底，中國稀土儲量約為{}噸，居世界首位。";

    private DuckDbStore store;
    private ClaimChecker checker;

    @BeforeEach
    void open() {
        store = DuckDbStore.inMemory();
        store.store(
                new ImportBatch(
                        "test",
                        Path.of("usgs.csv"),
                        List.of(reserves(CHINA, "2022", 42_000_000), reserves(CHINA, "2023", 44_000_000)),
                        List.of()),
                true);
        checker = new ClaimChecker(News.get().statements, News.get().gazetteer, store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Statement reserves(Subject country, String year, double tonnes) {
        return Statement.of(
                country,
                Property.RESERVES,
                Optional.of(Good.of("rare-earths", "ree-concentrate")),
                Optional.empty(),
                Optional.of(new PartialDate(year)),
                new Value.Measured(Quantity.of(tonnes, Units.TONNE)),
                false,
                Optional.empty(),
                USGS,
                "MCS2024," + country.label() + ",rare earths," + (long) tonnes,
                "en");
    }

    private CheckedClaim checkReserves(String written, double low, double high, String unit, String date) {
        Article article = article(RESERVES.replace("{}", written));
        List<CheckedClaim> checked = checker.check(
                article, List.of(figure(article, written + "噸", low, high, unit, "reserves", CHINA, date)));
        assertThat(checked).hasSize(1);
        return checked.get(0);
    }

    @Test
    void theSameValueInTheKnowledgeBaseCorroborates() {
        CheckedClaim checked = checkReserves("4400萬", 44_000_000, 44_000_000, "t", "2023-12");

        assertThat(checked.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(checked.agreeing()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(USGS);
            assertThat(s.period()).contains(new PartialDate("2023"));
        });
        assertThat(checked.conflicting()).isEmpty();
    }

    @Test
    void aValueWithinFivePercentOrARangeHoldingTheOtherCorroborates() {
        assertThat(checkReserves("4500萬", 45_000_000, 45_000_000, "t", "2023-12")
                        .verdict())
                .isEqualTo(Verdict.CORROBORATED);
        assertThat(checkReserves("4000萬至4600萬", 40_000_000, 46_000_000, "t", "2023-12")
                        .verdict())
                .isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void anotherValueConflictsAndNamesTheSourceWithItsValueAndQuote() {
        CheckedClaim checked = checkReserves("5000萬", 50_000_000, 50_000_000, "t", "2023-12");

        assertThat(checked.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(checked.conflicting()).singleElement().satisfies(s -> {
            assertThat(s.source().id()).isEqualTo("usgs-test-raree");
            assertThat(s.measured()).contains(Quantity.of(44_000_000, Units.TONNE));
            assertThat(s.quote()).isEqualTo("MCS2024,China,rare earths,44000000");
        });
    }

    @Test
    void magnitudesAreNormalisedBeforeComparing() {
        assertThat(checkReserves("44百萬", 44, 44, "Mt", "2023-12").verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void aFactTheKnowledgeBaseDoesNotHaveIsNew() {
        Article article = article("截至2023年底，蒙古稀土儲量約為310萬噸。");
        CheckedClaim checked = checker.check(
                        article, List.of(figure(article, "310萬噸", 3_100_000, "t", "reserves", MONGOLIA, "2023-12")))
                .get(0);

        assertThat(checked.verdict()).isEqualTo(Verdict.NEW);
        assertThat(checked.agreeing()).isEmpty();
        assertThat(checked.conflicting()).isEmpty();
        assertThat(checked.note()).isEmpty();
    }

    @Test
    void anotherPeriodIsAnotherFactAndTheNoteSaysWhatIsKnownForTheNearestPeriods() {
        CheckedClaim checked = checkReserves("5000萬", 50_000_000, 50_000_000, "t", "2019");

        assertThat(checked.verdict()).isEqualTo(Verdict.NEW);
        assertThat(checked.conflicting()).isEmpty();
        assertThat(checked.note())
                .startsWith("differs in period: the knowledge base states it for 2022 (")
                .contains(", 2023 (")
                .contains("usgs");
    }

    @Test
    void anUndatedFigureIsComparedWithTheLatestYearBeforeItWasPublished() {
        CheckedClaim checked = checkReserves("4400萬", 44_000_000, 44_000_000, "t", null);

        assertThat(checked.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(checked.agreeing())
                .extracting(s -> s.period().orElseThrow().iso())
                .containsExactly("2023");
    }

    @Test
    void aShareIsNeverComparedWithTonnes() {
        CheckedClaim checked = checkReserves("37%", 37, 37, "%", "2023-12");

        assertThat(checked.verdict()).isEqualTo(Verdict.NEW);
        assertThat(checked.conflicting()).isEmpty();
    }

    @Test
    void dollarsAreNeverComparedWithYuanNorWithShares() {
        Article article =
                article("2024年中國與哈薩克貿易額約410億美元。\n另據統計，2024年中國與哈薩克貿易額約2900億元人民幣。\n" + "2024年中國與哈薩克貿易額佔中國對中亞貿易的45%。");
        List<CheckedClaim> checked = checker.check(
                article,
                List.of(
                        figure(article, "410億美元", 41e9, "USD", "trade_value", CHINA, "2024"),
                        figure(article, "2900億元人民幣", 290e9, "CNY", "trade_value", CHINA, "2024"),
                        figure(article, "45%", 45, "%", "trade_value", CHINA, "2024")));

        assertThat(checked).extracting(CheckedClaim::verdict).containsOnly(Verdict.NEW);
    }

    @Test
    void twoSentencesOfOneArticleWithDifferentValuesConflictWithEachOther() {
        Article article = article("根據中國海關統計，2024年中國與哈薩克雙邊貿易額約410億美元。\n" + "按照哈薩克統計局的數據，2024年哈薩克與中國雙邊貿易額約為315億美元。");
        List<Claim> claims = List.of(
                figure(article, "410億美元", 41e9, "USD", "trade_value", CHINA, "2024"),
                figure(article, "315億美元", 31.5e9, "USD", "trade_value", KAZAKHSTAN, "2024"));

        List<CheckedClaim> checked = checker.check(article, claims);

        assertThat(checked).extracting(CheckedClaim::verdict).containsExactly(Verdict.CONFLICTING, Verdict.CONFLICTING);
        assertThat(checked.get(0).conflicting()).singleElement().satisfies(s -> {
            assertThat(s.quote()).isEqualTo("按照哈薩克統計局的數據，2024年哈薩克與中國雙邊貿易額約為315億美元。");
            assertThat(s.source())
                    .isEqualTo(checked.get(1).stated().statement().orElseThrow().source());
        });
        assertThat(checked.get(1).conflicting()).singleElement().satisfies(s -> assertThat(s.quote())
                .contains("410億美元"));
    }

    @Test
    void twoValuesInOneSentenceAreAChangeNotTwoAccounts() {
        Article article = article("俄羅斯汽車報廢稅從130萬盧布飆漲至237萬盧布。");
        List<CheckedClaim> checked = checker.check(
                article,
                List.of(
                        figure(article, "130萬盧布", 1.3e6, "RUB", "fee", RUSSIA, null),
                        figure(article, "237萬盧布", 2.37e6, "RUB", "fee", RUSSIA, null)));

        assertThat(checked).extracting(CheckedClaim::verdict).containsOnly(Verdict.NEW);
    }

    @Test
    void countsAndFiguresWithoutSubjectAreNewWithTheReason() {
        Article article = article("中國向三國出口稀土。\n據報導，出口額約為5億美元。\n中國向五國出口稀土。");
        List<CheckedClaim> checked = checker.check(
                article,
                List.of(
                        figure(article, "三國", 3, "count", "count", CHINA, null),
                        figure(article, "5億美元", 5e8, "USD", "trade_value", null, null),
                        figure(article, "五國", 5, "count", "count", CHINA, null)));

        assertThat(checked).extracting(CheckedClaim::verdict).containsOnly(Verdict.NEW);
        assertThat(checked.get(0).note()).contains("count");
        assertThat(checked.get(1).note()).contains("no country or entity");
    }

    /** A checker whose gazetteer knows Power of Siberia 2 and Arctic LNG 2 as the bundled world's GEM records name them. */
    private ClaimChecker withProjects(Path dir) throws IOException {
        Path file = dir.resolve("statements.jsonl");
        Files.writeString(
                file,
                located("FACILITY", "gem-t1", "Arctic LNG 2 Terminal T1", "RUS")
                        + located(
                                "ROUTE",
                                "gem-p1",
                                "Power of Siberia 2 Gas Pipeline (Soyuz Vostok Gas Pipeline)",
                                "MNG"));
        Gazetteer gazetteer = Gazetteer.of(News.get().reference).with(FacilityNames.read(file));
        return new ClaimChecker(News.get().statements, gazetteer, store);
    }

    private static String located(String kind, String id, String label, String country) {
        return "{\"subject\":{\"kind\":\"" + kind + "\",\"id\":\"" + id + "\",\"label\":\"" + label + "\"},"
                + "\"property\":\"located_in\",\"counterpart\":{\"kind\":\"COUNTRY\",\"id\":\"" + country + "\"}}\n";
    }

    private static Statement stated(
            Subject subject, Property property, Subject counterpart, String period, Value value, String quote) {
        return Statement.of(
                subject,
                property,
                property == Property.DISCOUNT ? Optional.of(Good.of("lng", "lng")) : Optional.empty(),
                Optional.ofNullable(counterpart),
                Optional.ofNullable(period).map(PartialDate::new),
                value,
                false,
                Optional.empty(),
                USGS,
                quote,
                "en");
    }

    @Test
    void aFigureIsComparedWithTheProjectTheSentenceBeforeNamesWhenItsOwnSubjectHasNoSuchFact(@TempDir Path dir)
            throws IOException {
        store.store(
                new ImportBatch(
                        "gem",
                        Path.of("pipelines.csv"),
                        List.of(stated(
                                new Subject(Subject.Kind.ROUTE, "gem-p1", "Power of Siberia 2 Gas Pipeline"),
                                Property.CAPACITY,
                                null,
                                null,
                                new Value.Measured(Quantity.of(50, Units.parse("bcm/yr"))),
                                "P1,Power of Siberia 2 Gas Pipeline,50")),
                        List.of()),
                true);
        Article article = article("其中最具指標性的便是西伯利亞力量 2 號管線協議。該協議涉及俄羅斯、大陸與蒙古三方合作，未來年輸氣量可高達五百億立方公尺。");

        CheckedClaim checked = withProjects(dir)
                .check(article, List.of(figure(article, "五百億立方公尺", 5e10, "m3/yr", "capacity", RUSSIA, null)))
                .get(0);

        assertThat(checked.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(checked.note()).contains("Power of Siberia 2, named in the sentence before it");
    }

    @Test
    void anUndatedDiscountIsComparedWithTheLatestPeriodUpToPublicationWhateverTheBuyer(@TempDir Path dir)
            throws IOException {
        Subject project = new Subject(Subject.Kind.PROJECT, "arctic-lng-2", "Arctic LNG 2");
        Value thirtyToForty = new Value.Measured(
                new QuantityRange(Quantity.of(30, Units.parse("%")), Quantity.of(40, Units.parse("%"))));
        store.store(
                new ImportBatch(
                        "facts",
                        Path.of("facts.yaml"),
                        List.of(
                                stated(project, Property.DISCOUNT, CHINA, "2024-05", thirtyToForty, "30%至40%的折扣"),
                                stated(
                                        project,
                                        Property.DISCOUNT,
                                        CHINA,
                                        "2024-08",
                                        new Value.Measured(Quantity.of(10, Units.parse("%"))),
                                        "一成的折扣")),
                        List.of()),
                true);
        Article article = article("俄方為加速銷售北極 LNG 2 的貨物，願意提供高達三到四成的折扣。");

        CheckedClaim checked = withProjects(dir)
                .check(article, List.of(figure(article, "三到四成", 30, 40, "%", "discount", project, null)))
                .get(0);

        assertThat(checked.verdict())
                .as("August's 10% came after the article (2024-06-20)")
                .isEqualTo(Verdict.CORROBORATED);
        assertThat(checked.note()).contains("compared with 2024-05");
    }

    @Test
    void aDependenceNoSourceStatesIsSetBesideTheShareComputedFromImportValues() {
        Subject korea = new Subject(Subject.Kind.COUNTRY, "KOR", "South Korea");
        Subject japan = new Subject(Subject.Kind.COUNTRY, "JPN", "Japan");
        Good compounds =
                new Good("rare-earths", Optional.of("ree-compounds"), Optional.of("HS 2846"), Optional.empty());
        store.store(
                new ImportBatch(
                        "comtrade",
                        Path.of("bilateral_edges.csv"),
                        List.of(imports(korea, CHINA, compounds, 60e6), imports(korea, japan, compounds, 40e6)),
                        List.of()),
                true);
        Article article = article("韓國稀土化合物進口對華依存度約為七成。");

        CheckedClaim same = checker.check(article, List.of(figure(article, "七成", 70, "%", "share", korea, "2023")))
                .get(0);
        CheckedClaim later = checker.check(article, List.of(figure(article, "七成", 70, "%", "share", korea, "2025")))
                .get(0);

        assertThat(same.verdict()).as("a computation is not a second account").isEqualTo(Verdict.NEW);
        assertThat(same.note())
                .contains("the share computed from the knowledge base's import values is 60.0% in 2023")
                .contains("HS 2846 imports from China over its imports from all 2 partners")
                .doesNotContain("another period");
        assertThat(later.note()).contains("60.0% in 2023 (another period)");
    }

    private static Statement imports(Subject buyer, Subject seller, Good good, double usd) {
        return Statement.of(
                buyer,
                Property.IMPORT_VALUE,
                Optional.of(good),
                Optional.of(seller),
                Optional.of(new PartialDate("2023")),
                new Value.Measured(Quantity.of(usd, Units.parse("USD"))),
                false,
                Optional.empty(),
                new Source(
                        "comtrade-2023-bilateral-imports",
                        "UN Comtrade",
                        "Imports 2023",
                        Optional.empty(),
                        Optional.empty()),
                "2846,M," + buyer.id() + "," + seller.id(),
                "en");
    }

    @Test
    void theArticlesOwnStatementsInTheStoreAreNotEvidenceForThemselves() {
        Article article = article(RESERVES.replace("中國", "蒙古").replace("{}", "4400萬"));
        List<Claim> claims = List.of(figure(article, "4400萬噸", 44_000_000, "t", "reserves", MONGOLIA, "2023-12"));
        store.store(
                new ImportBatch(
                        "news",
                        Path.of("test.txt"),
                        News.get().statements.of(article, claims).stream()
                                .flatMap(s -> s.statement().stream())
                                .toList(),
                        List.of()),
                true);

        assertThat(checker.check(article, claims).get(0).verdict()).isEqualTo(Verdict.NEW);
    }
}
