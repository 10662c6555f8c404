package org.chokepoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.knowledge.importer.Importers;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.reference.ReferenceData;

/**
 * Peak live heap of importing one file as {@code chokepoint import} does (into a new store file), to check that memory
 * does not grow with the file: run it under a small heap, e.g. {@code java -Xmx512m -cp bench/target/benchmarks.jar
 * org.chokepoint.bench.ImportMemory comtrade FILE STORE}; {@code scripts/bench-bounded} makes a 56 MB Comtrade file
 * and runs it. The heap is sampled by {@link HeapPeak}, a full collection every 200 ms.
 */
public final class ImportMemory {

    private ImportMemory() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ImportMemory KIND FILE STORE");
            System.exit(64);
        }
        Importer importer = new Importers(ReferenceData.load()).require(args[0]);
        Path file = Path.of(args[1]);
        long started = System.nanoTime();
        HeapPeak peak = HeapPeak.start(200);
        ImportReport report;
        try (DuckDbStore store = DuckDbStore.open(Path.of(args[2]))) {
            report = store.store(importer.read(file), false, ImportProgress.NONE);
        }
        long bytes = peak.stop();
        System.out.printf(
                Locale.ROOT,
                "import %s of %s (%.1f MB): %,d statements stored, %,d rows not read, %.1f s; peak live heap %.1f MB"
                        + " (%.1f MB before it) with a heap limit of %.0f MB%n",
                args[0],
                file.getFileName(),
                Files.size(file) / 1e6,
                report.added(),
                report.problems().size(),
                (System.nanoTime() - started) / 1e9,
                bytes / 1e6,
                peak.before / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
