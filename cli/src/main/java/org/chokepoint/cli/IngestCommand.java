package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.statement.ClaimStatements;
import org.chokepoint.ingest.statement.NewsIngest;
import org.chokepoint.ingest.statement.UnreadableArticlesException;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint ingest}: stores the figures of news articles as statements citing each article. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Read news articles and store their figures in the knowledge base as statements, each citing the article"
                    + " (its headline, site, address and date) with the sentence it comes from as the quote.",
            "Every file is checked first: if any cannot be read (not UTF-8, binary, empty), nothing is stored. An"
                    + " article over --max-article-size is refused with an error and the others go on (exit code 1)."
                    + " The articles are then stored in batches of " + NewsIngest.BATCH + ", each in one transaction:"
                    + " a batch is stored whole or not at all, so an ingest killed mid-way keeps the batches before"
                    + " and none of the one it was writing; running it again adds the rest.",
            "Ingesting an article again adds nothing. Figures the vocabulary cannot hold (no"
                    + " subject, a property it lacks) are listed as skipped, with the reason; dated events are stored as"
                    + " 'event' statements whose value says what happened."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint ingest article.txt",
            "  chokepoint ingest ../shared/corpus/articles     # every *.txt in it",
            "  chokepoint ingest a.txt b.txt --store /tmp/news.duckdb"
        })
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description = "Article text files (UTF-8), or folders to search for *.txt files.")
    private List<Path> paths;

    @Mixin
    private ArticleLimitOption articleLimit;

    @Override
    public Integer call() {
        List<Path> files = files();
        boolean existed = Files.exists(store.path());
        int code;
        long stored;
        // Opened before extraction, which takes a while: a store in use is reported at once.
        try (DuckDbStore knowledge = store.openForWriting()) {
            code = ingest(files, knowledge);
            stored = knowledge.count();
        }
        if (!existed && stored == 0) {
            deleteCreatedStore();
        }
        return code;
    }

    /** A store this ingest created and stored nothing in is removed again: a refused ingest leaves no file behind. */
    private void deleteCreatedStore() {
        try {
            Files.deleteIfExists(store.path());
            Files.deleteIfExists(Path.of(store.path() + ".wal"));
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("warning: could not remove the empty store " + store.path() + ": " + e.getMessage());
        }
    }

    private int ingest(List<Path> files, DuckDbStore knowledge) {
        ReferenceData reference = ReferenceData.load();
        Gazetteer gazetteer = Home.gazetteer(reference);
        NewsIngest news = new NewsIngest(
                new Extractor(gazetteer),
                ClaimStatements.of(reference, gazetteer),
                articleLimit.limit(),
                NewsIngest.BATCH);
        NewsIngest.Ingested ingested;
        try {
            ingested = news.ingest(files, knowledge, ImportProgress.NONE);
        } catch (UnreadableArticlesException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ErrorReporter.INVALID_INPUT;
        }
        print(ingested.reports(), knowledge.count());
        ingested.refused().forEach(r -> spec.commandLine().getErr().println("error: " + r));
        return ingested.refused().isEmpty() ? 0 : ErrorReporter.INVALID_INPUT;
    }

    private void print(List<ImportReport> reports, long total) {
        PrintWriter out = spec.commandLine().getOut();
        int added = 0;
        int known = 0;
        int skipped = 0;
        for (ImportReport report : reports) {
            List<RowProblem> problems = report.problems();
            added += report.added();
            known += report.alreadyKnown();
            skipped += problems.size();
            out.println(Path.of(report.file()).getFileName() + ": " + report.added() + " new, " + report.alreadyKnown()
                    + " already known, " + problems.size() + " claim(s) skipped");
            problems.forEach(p -> out.println("  skipped " + p));
        }
        out.println("Ingested " + reports.size() + " article(s) into " + store.path() + ": " + added
                + " new statements, " + known + " already known, " + skipped + " claim(s) skipped; the store holds "
                + total + ".");
    }

    /** The files named, and the *.txt files in the folders named, each once. */
    private List<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(f -> files.add(f.normalize()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path.normalize());
            } else {
                throw new IllegalArgumentException("No such file or folder: " + path);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No *.txt articles found in " + paths + ".");
        }
        return List.copyOf(files);
    }
}
