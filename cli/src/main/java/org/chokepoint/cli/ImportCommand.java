package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.knowledge.importer.Importers;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportRefusedException;
import org.chokepoint.knowledge.store.ImportReport;
import org.chokepoint.knowledge.store.Revision;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint import}: reads public data files into the knowledge base, one transaction per file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import public data files into the knowledge base as sourced statements.",
            "Each file is stored whole or not at all. Bad rows are reported with file, line and column; without"
                    + " --strict the good rows are stored, with --strict nothing is stored if any row is bad."
                    + " A file that gives two values for one fact is at fault too: without --strict the first is kept"
                    + " and the other set aside (see chokepoint conflicts). Importing a file again adds nothing;"
                    + " importing it again with changed figures stores it as a new version of its source, dated,"
                    + " beside the old one, and says what changed (with --strict it is refused)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint import usgs-mcs ../shared/data/usgs-mcs",
            "  chokepoint import usgs-mcs ../shared/data/usgs-mcs/2024/world/mcs2024-raree_world.csv --strict",
            "  chokepoint import usgs-mcs FILE --store /tmp/test.duckdb"
        })
final class ImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(index = "0", paramLabel = "KIND", description = "What the files are: one of the kinds below.")
    private String kind;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files, or folders to search for files of that kind.")
    private List<Path> paths;

    @Option(names = "--strict", description = "Store nothing if any row of any file is bad.")
    private boolean strict;

    @Override
    public void run() {
        Importer importer = new Importers(ReferenceData.load()).require(kind);
        List<Path> files = files(importer);
        List<ImportBatch> batches = files.stream().map(importer::read).toList();
        List<RowProblem> problems =
                batches.stream().flatMap(b -> b.problems().stream()).toList();
        PrintWriter err = spec.commandLine().getErr();
        batches.stream().flatMap(b -> b.warnings().stream()).forEach(w -> err.println("warning: " + w));
        List<String> storesNothing = batches.stream()
                .filter(b -> b.statements().isEmpty())
                .map(ImportCommand::nothingToStore)
                .toList();
        if (strict && !problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        if (strict && !storesNothing.isEmpty() || storesNothing.size() == batches.size()) {
            printProblems(problems, err);
            throw new IllegalArgumentException(String.join(System.lineSeparator(), storesNothing)
                    + (strict ? System.lineSeparator() + "Nothing was stored (--strict)." : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        int added = 0;
        int known = 0;
        try (DuckDbStore knowledge = store.openForWriting()) {
            for (ImportBatch batch : batches) {
                if (batch.statements().isEmpty()) {
                    continue;
                }
                ImportReport report = knowledge.store(batch, strict);
                added += report.added();
                known += report.alreadyKnown();
                out.println(batch.file().getFileName() + ": " + report.added() + " new, " + report.alreadyKnown()
                        + " already known"
                        + (report.problems().isEmpty()
                                ? ""
                                : ", " + report.problems().size() + " not read"));
                report.revision().ifPresent(revision -> print(out, revision));
            }
            out.println("Imported " + (files.size() - storesNothing.size()) + " file(s) into " + store.path() + ": "
                    + added + " new statements, " + known + " already known; the store holds " + knowledge.count()
                    + ".");
        }
        printProblems(problems, err);
        storesNothing.forEach(file -> err.println("warning: " + file));
    }

    /**
     * Why a file gave no statements, naming it: a warning beside files that gave some, a failure when
     * no file gave any (an import that stores nothing is not a success) or the import is strict.
     */
    private static String nothingToStore(ImportBatch batch) {
        return batch.file() + ": nothing to store: "
                + (batch.problems().isEmpty()
                        ? "no row states anything this importer reads (only a header, or only rows it skips)"
                        : "every row failed (" + batch.problems().size() + " problem(s) listed above)");
    }

    private static void printProblems(List<RowProblem> problems, PrintWriter err) {
        if (!problems.isEmpty()) {
            err.println(problems.size() + " row(s) or column(s) could not be read, or contradict an earlier row,"
                    + " and were not stored:");
            problems.forEach(p -> err.println("  " + p));
        }
    }

    /** What changed in a file imported before, and where its figures now live. */
    private static void print(PrintWriter out, Revision revision) {
        out.println("  changed since it was imported as " + revision.previous().id() + ": "
                + revision.changes().size() + " figure(s) changed, " + revision.added() + " added, "
                + revision.dropped() + " no longer stated; stored as "
                + revision.version().id() + " ("
                + revision.version().title() + "), beside the earlier version");
        revision.changes()
                .forEach(change -> out.println("    " + change.file()
                        + (change.line() > 0 ? " line " + change.line() : "")
                        + ": " + change.after().subject().label() + " "
                        + change.after().property().key() + " "
                        + Describe.good(change.after()) + " " + Describe.period(change.after()) + ": "
                        + Describe.value(change.before()) + " before, " + Describe.value(change.after()) + " now"));
    }

    /** The kinds of file there are, one a line, for the help. */
    static String kinds(ReferenceData reference) {
        List<Importer> importers = new Importers(reference).all();
        int width = importers.stream().mapToInt(i -> i.kind().length()).max().orElse(0);
        StringBuilder text = new StringBuilder(String.format("%nKinds:%n"));
        importers.forEach(i -> text.append(String.format("  %-" + width + "s  %s%n", i.kind(), i.description())));
        return text.toString();
    }

    private List<Path> files(Importer importer) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile)
                            .filter(importer::reads)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + path);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No " + kind + " files found in " + paths + "." + System.lineSeparator()
                    + "Expected: " + importer.description() + ".");
        }
        return files;
    }
}
