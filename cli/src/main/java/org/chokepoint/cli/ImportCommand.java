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
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportSink;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.knowledge.importer.Importers;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.ImportProgress;
import org.chokepoint.knowledge.store.ImportRefusedException;
import org.chokepoint.knowledge.store.ImportReport;
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
            "Each file is stored whole or not at all, in one transaction; large files are written in chunks as they"
                    + " are read, so memory does not grow with the file. Bad rows are reported with file, line and column; without"
                    + " --strict the good rows are stored, with --strict nothing is stored if any row is bad."
                    + " Importing a file again adds nothing."
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

    @Parameters(index = "0", paramLabel = "KIND", description = "What the files are: usgs-mcs.")
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
        if (strict) {
            refuseBadRows(importer, files);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RowProblem> problems = new ArrayList<>();
        int added = 0;
        int known = 0;
        try (DuckDbStore knowledge = store.open()) {
            for (Path file : files) {
                ImportReport report = knowledge.store(importer, file, strict, ImportProgress.NONE);
                problems.addAll(report.problems());
                added += report.added();
                known += report.alreadyKnown();
                out.println(file.getFileName() + ": " + report.added() + " new, " + report.alreadyKnown()
                        + " already known"
                        + (report.problems().isEmpty()
                                ? ""
                                : ", " + report.problems().size() + " not read"));
            }
            out.println("Imported " + files.size() + " file(s) into " + store.path() + ": " + added
                    + " new statements, " + known + " already known; the store holds " + knowledge.count() + ".");
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(problems.size() + " row(s) or column(s) could not be read and were not stored:");
            problems.forEach(p -> err.println("  " + p));
        }
    }

    /**
     * With --strict, reads every file once for its bad rows (keeping none of its statements) before anything is
     * stored, so that a bad row in a later file stores nothing of the earlier ones either.
     */
    private static void refuseBadRows(Importer importer, List<Path> files) {
        List<RowProblem> problems = new ArrayList<>();
        for (Path file : files) {
            importer.read(file, new ImportSink() {
                @Override
                public void statement(Statement statement) {}

                @Override
                public void problem(RowProblem problem) {
                    problems.add(problem);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
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
