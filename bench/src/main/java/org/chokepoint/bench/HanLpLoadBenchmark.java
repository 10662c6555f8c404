package org.chokepoint.bench;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.ChineseNames;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.reference.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a fresh JVM pays before its first claims: each benchmark runs once per fork, in a new JVM where nothing has
 * touched HanLP yet, so the time includes loading its classes and dictionaries and running cold code. Several forks
 * give a spread. Run from the repository root: {@code java -jar bench/target/benchmarks.jar HanLpLoadBenchmark}.
 *
 * <ul>
 *   <li>{@code firstConversion}: the first traditional-to-simplified conversion (HanLP's conversion dictionaries).
 *   <li>{@code firstConversionAndSegmentation}: that plus the first segmentation with the extractor's own segmenter
 *       settings ({@link ChineseNames}: core and bigram dictionaries, place and person taggers), the HanLP load the
 *       extractor pays.
 *   <li>{@code firstArticle}: the whole cold start of 'chokepoint extract': reference data, gazetteer (which converts
 *       every name to both scripts), HanLP, and one short article.
 * </ul>
 */
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HanLpLoadBenchmark {

    private static final String SENTENCE = "俄羅斯北極液化天然氣2號計畫今年5月向中國交付貨物，日本經濟產業省表示稀土依存度下降。";

    @Benchmark
    public String firstConversion() {
        return HanLP.convertToSimplifiedChinese(SENTENCE);
    }

    @Benchmark
    public List<EntityMention> firstConversionAndSegmentation() {
        return new ChineseNames().find(SENTENCE, new Span(0, SENTENCE.length()));
    }

    @Benchmark
    public List<Claim> firstArticle() {
        Article article = ArticleReader.of(
                "cold", "# source: https://example.org/news/2025/11/28/cold\n" + SENTENCE + "出口量較去年同期下降6.5%。", "cold");
        return new Extractor(Gazetteer.of(ReferenceData.load())).claims(article);
    }
}
