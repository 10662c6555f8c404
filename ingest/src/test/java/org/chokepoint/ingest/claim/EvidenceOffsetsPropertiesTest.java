package org.chokepoint.ingest.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests of the extractor's evidence offsets: random texts put together from fragments in both Chinese
 * scripts and English (figures, dates, names with digits, page chrome, astral-plane characters, full-width digits,
 * NBSP) and random jumbles of characters. Every claim's span must lie inside the text and be non-empty, claims must
 * come in text order, and the code-point offsets {@link ClaimJson} writes must slice the text to exactly the evidence:
 * the corpus contract counts code points, Java counts UTF-16 units, and an emoji before a figure is where the two part.
 */
class EvidenceOffsetsPropertiesTest {

    private static final long SEED = 20261129L;
    private static final int CASES = 400;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Built once: loading the gazetteer and HanLP's dictionaries is the slow part. */
    private static final Extractor EXTRACTOR = new Extractor(Gazetteer.of(ReferenceData.load()));

    /** Sentences and phrases written for this test, holding figures, dates and digits that are not figures. */
    private static final String[] FRAGMENTS = {
        // traditional Chinese
        "北極液化天然氣2號計畫未來年輸氣量可高達五百億立方公尺",
        "中國買家獲得三到四成的折扣",
        "俄國出口量較去年同期下降6.5%",
        "民國114年經濟部公布稀土進口數據",
        "今年5月，美國宣布暫停對鎵、鍺的出口禁令",
        "日本對中國稀土的依存度約為六成",
        "韓國政府撥款2,500億韓元用於海外礦產開發",
        "瀏覽96",
        "分享　留言　收藏",
        "（中央社記者王小明台北14日電）",
        "圖／路透社",
        "報廢稅從 130 萬盧布起",
        "出口 35.77 萬輛汽車",
        "１２０億美元的計畫",
        "每批貨物以2800萬至3200萬美元出售",
        // simplified Chinese
        "美国推出高达120亿美元的金库计划",
        "中俄贸易额较2024年同期下降了9%",
        "稀土蕴藏量约为2597万吨",
        "哈萨克斯坦钨矿储量居世界第二",
        "2025年前9个月，中国汽车对俄出口下滑",
        "中国占全球稀土加工的九成",
        "依存度约为三分之一",
        "阅读 1.2万",
        "责任编辑：李四",
        "去年12月3日商务部发布公告",
        // English
        "Arctic LNG 2 shipped its first cargo of 2026",
        "Novatek's $21bn project delivered 1.3 Mt of LNG",
        "On December 14, 2025, the Treasury sanctioned Rosneft and Lukoil",
        "Brent has declined nearly 14% this year",
        "exports rose sevenfold since 2014",
        "a capacity of 19.8 million tonnes per year",
        "the C5+1 summit met in Astana",
        "Power of Siberia 2 would carry 50 bcm a year",
        "Share this article 12 comments",
        "prices fell to $62.59 per barrel",
        "two thirds of its trade went east",
        "Photo: Reuters/File",
    };

    /** Things put between fragments: punctuation of both scripts, NBSP, full-width space, line breaks, emoji. */
    private static final String[] JOINS = {
        "。", "，", "、", "；", ". ", ", ", " ", "\u00A0", "\u3000", "\n", "\n\n", "！", "？", "😀", "🛢️", "📈 ", "𠀋",
        "𝟘𝟙", " 🇨🇳 ", "（", "）", "「", "」", "—", "…", "·", "\t",
    };

    /** Characters for jumbles: digits of three widths, numerals, units, currencies, punctuation, astral characters. */
    private static final String JUMBLE = "0123456789０１２３４５.,，。%％$£€¥年月日億亿萬万千百十一二三四五六七八九零〇兩两成倍"
            + "美元韓盧布噸吨立方公尺米桶bnMtmillionbilliontonnesperyear到至~～-—()（）「」《》 \u00A0\u3000\n"
            + "中國国俄羅斯罗日本韓韩美US瀏覽阅读第號号今去明民國DecemberMayJune#source:https://x.y/2025/11/05?";

    private static final String[] ASTRAL = {"😀", "🛢", "📉", "𠀋", "𩸽", "𝟗", "🇷🇺"};

    /** A text to read, with the description a failing case prints. */
    record Case(String text) {
        @Override
        public String toString() {
            String flat = text.replace('\n', '|');
            return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
        }
    }

    static Stream<Case> texts() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append("# source: https://example.org/news/2025/11/")
                        .append(10 + random.nextInt(19))
                        .append("/item\n");
            }
            int fragments = 1 + random.nextInt(8);
            for (int f = 0; f < fragments; f++) {
                if (f > 0) {
                    text.append(JOINS[random.nextInt(JOINS.length)]);
                }
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            text.append(JOINS[random.nextInt(JOINS.length)]);
            return new Case(text.toString());
        });
    }

    static Stream<Case> jumbles() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            StringBuilder text = new StringBuilder("。");
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(12) == 0) {
                    text.append(ASTRAL[random.nextInt(ASTRAL.length)]);
                } else {
                    text.append(JUMBLE.charAt(random.nextInt(JUMBLE.length())));
                }
            }
            return new Case(text.toString());
        });
    }

    @ParameterizedTest
    @MethodSource("texts")
    void evidenceOffsetsHoldOnFragmentTexts(Case c) throws IOException {
        checkContract(c.text());
    }

    @ParameterizedTest
    @MethodSource("jumbles")
    void evidenceOffsetsHoldOnJumbles(Case c) throws IOException {
        checkContract(c.text());
    }

    /** The generator must make figures and astral characters often, else the offset checks above prove little. */
    @Test
    void theFragmentTextsHoldFiguresAfterAstralCharacters() {
        long withAstralBeforeClaim = texts().filter(c -> {
                    List<Claim> claims = EXTRACTOR.claims(article(c.text()));
                    return claims.stream()
                            .anyMatch(claim ->
                                    c.text().codePointCount(0, claim.evidence().start())
                                            < claim.evidence().start());
                })
                .count();

        assertThat(withAstralBeforeClaim).isGreaterThan(CASES / 4);
    }

    private static void checkContract(String text) throws IOException {
        List<Claim> claims = EXTRACTOR.claims(article(text));

        int previousStart = 0;
        for (Claim claim : claims) {
            Span span = claim.evidence();
            assertThat(span.start()).as("start of %s", span).isBetween(0, text.length() - 1);
            assertThat(span.end())
                    .as("end of %s", span)
                    .isGreaterThan(span.start())
                    .isLessThanOrEqualTo(text.length());
            assertThat(span.of(text)).isNotEmpty();
            assertThat(span.start()).as("claims in text order").isGreaterThanOrEqualTo(previousStart);
            previousStart = span.start();
        }

        int[] points = text.codePoints().toArray();
        List<String> lines = ClaimJson.lines(text, claims).lines().toList();
        assertThat(lines).hasSameSizeAs(claims);
        for (int k = 0; k < lines.size(); k++) {
            JsonNode evidence = JSON.readTree(lines.get(k)).get("evidence");
            int start = evidence.get("start").asInt();
            int end = evidence.get("end").asInt();
            assertThat(start).isGreaterThanOrEqualTo(0);
            assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(points.length);
            String sliced = new String(points, start, end - start);
            String expected = claims.get(k).evidence().of(text);
            assertThat(sliced)
                    .as("code points [%d, %d) of the text", start, end)
                    .isEqualTo(expected);
            assertThat(evidence.get("text").asText()).isEqualTo(expected);
        }
    }

    private static Article article(String text) {
        return ArticleReader.of("generated", text, "generated");
    }
}
