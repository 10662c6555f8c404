package org.chokepoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.reference.ReferenceData;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the whole extractor (article text to claims: page chrome, sentences, gazetteer and HanLP names, dates,
 * figures, subjects), single thread, after warm-up. One operation extracts every article of the set once. The set is
 * ../shared/corpus/articles when it lies beside the repository root (run from the root or below it), else a built-in
 * synthetic mix in the three scripts; the fork prints which and its size. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar ExtractionBenchmark -wi 5 -i 10 -w 1 -r 1 -f 1}.
 *
 * <p>The {@code extract:kilobytes} line is the throughput in KB (1,024 bytes) of UTF-8 text per second on one core, shown
 * with JMH's "ops/s" unit; it equals the {@code extract} ops/s times the set's size in KB. The gazetteer and HanLP's
 * dictionaries load in the setup, outside the measurement: {@link HanLpLoadBenchmark} measures that cost.
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private Extractor extractor;
    private List<Article> articles;
    private double kilobytesPerOperation;

    /** KB of UTF-8 text extracted, reported by JMH as a rate: KB per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public double kilobytes;

        @Setup(Level.Iteration)
        public void reset() {
            kilobytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        extractor = new Extractor(Gazetteer.of(ReferenceData.load()));
        Optional<Path> corpus = corpusArticles(Path.of("").toAbsolutePath());
        String origin;
        if (corpus.isPresent()) {
            articles = readFolder(corpus.get());
            origin = "corpus " + corpus.get();
        } else {
            articles = synthetic();
            origin = "built-in synthetic mix (../shared/corpus/articles not found beside the repository root)";
        }
        long bytes = articles.stream()
                .mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length)
                .sum();
        kilobytesPerOperation = bytes / 1024.0;
        System.out.printf(
                Locale.ROOT,
                "%nExtractionBenchmark: %s, %d articles, %d bytes of UTF-8 (%.1f KB) per operation; "
                        + "KB/s per core = ops/s x %.1f%n",
                origin,
                articles.size(),
                bytes,
                kilobytesPerOperation,
                kilobytesPerOperation);
    }

    @Benchmark
    public void extract(Volume volume, Blackhole sink) {
        for (Article article : articles) {
            sink.consume(extractor.claims(article));
        }
        volume.kilobytes += kilobytesPerOperation;
    }

    static List<Article> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(ArticleReader::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ../shared/corpus/articles beside the repository root (the first folder up from {@code start} holding mvnw). */
    static Optional<Path> corpusArticles(Path start) {
        Path dir = start;
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path articles = dir.getParent().resolve("shared").resolve("corpus").resolve("articles");
        return Files.isDirectory(articles) ? Optional.of(articles) : Optional.empty();
    }

    /**
     * Twelve articles of about 4 KB each, written for this benchmark: news-like paragraphs in traditional Chinese,
     * simplified Chinese and English with figures, dates, country names, page chrome and names holding digits, the
     * figures drawn from a fixed seed so every run reads the same text.
     */
    static List<Article> synthetic() {
        Random random = new Random(7);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StringBuilder text = new StringBuilder("# source: https://example.org/news/2025/11/")
                    .append(10 + i)
                    .append("/synthetic-")
                    .append(i)
                    .append('\n');
            while (text.length() < (i % 3 == 2 ? 3500 : 1500)) {
                text.append(paragraph(i % 3, random)).append("\n\n");
            }
            out.add(ArticleReader.of("synthetic-" + i, text.toString(), "synthetic-" + i));
        }
        return out;
    }

    private static String paragraph(int script, Random r) {
        int a = 2 + r.nextInt(97);
        int b = 1 + r.nextInt(9);
        int c = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        double e = 1 + r.nextInt(200) / 10.0;
        switch (script) {
            case 0:
                return String.format(
                        Locale.ROOT,
                        "瀏覽%d　分享　（記者陳大文台北%d日電）俄羅斯北極液化天然氣2號計畫今年%d月向中國交付第%d批貨物，"
                                + "每批貨物以%d00萬至%d00萬美元出售，中國買家享有約%d到%d成的折扣。經濟部統計，民國114年日本對中國稀土的依存度約為%d%%，"
                                + "較去年同期下降%.1f%%。韓國政府撥款%d,500億韓元用於海外礦產開發，未來年輸氣量可高達%d百億立方公尺。",
                        a * 3,
                        d,
                        c,
                        b,
                        20 + b,
                        30 + b,
                        b % 4 + 1,
                        b % 4 + 2,
                        40 + a % 50,
                        e,
                        b,
                        b + 1);
            case 1:
                return String.format(
                        Locale.ROOT,
                        "阅读 %d.%d万　责任编辑：李明。据海关数据，2025年前%d个月中俄贸易额为%d%d亿美元，较2024年同期下降了%.1f%%。"
                                + "美国推出高达%d0亿美元的关键矿产计划，中国占全球稀土加工的九成，哈萨克斯坦钨矿储量约为%d%d万吨。"
                                + "%d月%d日，商务部宣布暂停对镓、锗出口的部分限制，汽车对俄出口%d.%d万辆。",
                        b,
                        a % 10,
                        c % 9 + 1,
                        b,
                        a,
                        e,
                        b + 2,
                        b,
                        a,
                        c,
                        d,
                        a,
                        b);
            default:
                return String.format(
                        Locale.ROOT,
                        "Share this article %d comments. On %s %d, 2025, the US Treasury sanctioned Rosneft and Lukoil, "
                                + "and Brent has declined nearly %d%% this year to $%d.%02d per barrel. Novatek's $%dbn Arctic LNG 2 "
                                + "delivered %.1f Mt of LNG to China, and Power of Siberia 2 would carry %d bcm a year. "
                                + "Japan imports about %d%% of its rare earths from China, down from %d%% in 2010, "
                                + "while exports of cars to Russia rose sevenfold since 2014. Photo: Reuters/File",
                        a,
                        MONTHS[c - 1],
                        d,
                        b + 5,
                        55 + b,
                        a,
                        20 + b,
                        e,
                        30 + a % 30,
                        50 + a % 30,
                        80 + b);
        }
    }

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
}
