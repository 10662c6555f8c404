package org.chokepoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.reference.ReferenceData;

/**
 * Whether extraction time and memory grow linearly with an article's size: extracts one article of each size (100 KB,
 * 1 MB and 2 MB of UTF-8 by default), built by repeating the articles {@link ExtractionBenchmark} reads (the corpus
 * beside the checkout, else its synthetic mix) up to the size, and prints the time and the peak live heap of each,
 * with the ratio to the first size. A linear extractor takes about 20 times as long for 2 MB as for 100 KB; the issue
 * asks for at most 25. Time is the extracting thread's CPU time (other work on the machine does not count), the least
 * of three runs, with that run's elapsed time beside it. The heap is sampled by {@link HeapPeak} in one more
 * extraction of the same article, since its collections would slow the timed ones; what was live before (reference
 * data, the gazetteer and HanLP's dictionaries) is most of the peak. Run from the checkout: {@code java -cp
 * bench/target/benchmarks.jar org.chokepoint.bench.ArticleScaling [KB...]}, or {@code scripts/bench-bounded}.
 */
public final class ArticleScaling {

    /** Timed extractions per size; the fastest counts, as the others were slowed by other work on the machine. */
    private static final int RUNS = 3;

    private ArticleScaling() {}

    public static void main(String[] args) throws InterruptedException {
        List<Integer> sizes = args.length == 0
                ? List.of(100, 1024, 2048)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        Extractor extractor = new Extractor(Gazetteer.of(ReferenceData.load()));
        List<Article> pieces = ExtractionBenchmark.corpusArticles(Path.of("").toAbsolutePath())
                .map(ExtractionBenchmark::readFolder)
                .orElseGet(ExtractionBenchmark::synthetic);
        Article warmUp = article(pieces, 100);
        for (int i = 0; i < 5; i++) {
            extractor.claims(warmUp); // the first call loads HanLP's dictionaries; the next let the JIT compile
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double firstSeconds = 0;
        long firstPeak = 0;
        for (int kilobytes : sizes) {
            Article article = article(pieces, kilobytes);
            double cpuSeconds = Double.MAX_VALUE;
            double seconds = 0;
            int claims = 0;
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                long startedCpu = threads.getCurrentThreadCpuTime();
                claims = extractor.claims(article).size();
                double cpu = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e9;
                if (cpu < cpuSeconds) {
                    cpuSeconds = cpu;
                    seconds = (System.nanoTime() - started) / 1e9;
                }
            }
            HeapPeak peak = HeapPeak.start(50); // one more extraction, sampled: collections would slow the timed ones
            extractor.claims(article);
            long bytes = peak.stop();
            if (firstSeconds == 0) {
                firstSeconds = cpuSeconds;
                firstPeak = bytes;
            }
            System.out.printf(
                    Locale.ROOT,
                    "article of %,d KB: %,d claims, %.2f s of CPU (x%.1f; %.2f s elapsed), peak live heap %.1f MB"
                            + " (x%.2f; %.1f MB live before)%n",
                    kilobytes,
                    claims,
                    cpuSeconds,
                    cpuSeconds / firstSeconds,
                    seconds,
                    bytes / 1e6,
                    (double) bytes / firstPeak,
                    peak.before / 1e6);
        }
    }

    /** The pieces' texts repeated, one after another as paragraphs, up to {@code kilobytes} of UTF-8. */
    static Article article(List<Article> pieces, int kilobytes) {
        StringBuilder text = new StringBuilder("# source: https://example.org/bench/" + kilobytes + "kb\n");
        long bytes = 0;
        for (int i = 0; bytes < kilobytes * 1024L; i++) {
            String piece = pieces.get(i % pieces.size()).text() + "\n\n";
            text.append(piece);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        }
        return ArticleReader.of("bench-" + kilobytes + "kb", text.toString(), "bench-" + kilobytes + "kb");
    }
}
