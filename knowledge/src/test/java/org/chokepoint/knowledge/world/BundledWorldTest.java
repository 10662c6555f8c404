package org.chokepoint.knowledge.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ComtradeBilateralImporter;
import org.chokepoint.knowledge.importer.FactsFileImporter;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.UsgsMcsWorldImporter;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledWorldTest {

    @TempDir
    Path folder;

    @Test
    void statementsOfEveryKindComeBackIdentical() {
        ReferenceData reference = ReferenceData.load();
        List<Statement> statements = new ArrayList<>();
        statements.addAll(new UsgsMcsWorldImporter(reference)
                .read(Fixtures.file("usgs/2024/mcs2024-raree_world.csv"))
                .statements());
        statements.addAll(new ComtradeBilateralImporter(reference)
                .read(Fixtures.file("comtrade-2023-fixture/bilateral_edges.csv"))
                .statements());
        statements.addAll(new FactsFileImporter(reference)
                .read(Fixtures.file("facts/facts.yaml"))
                .statements());

        BundledWorld.write(statements, folder);
        ImportBatch read = new BundledWorld().read(folder.resolve(BundledWorld.STATEMENTS));

        assertThat(read.problems()).isEmpty();
        assertThat(read.statements()).containsExactlyInAnyOrderElementsOf(statements);
    }

    @Test
    void writingTwiceGivesTheSameFiles() throws IOException {
        ReferenceData reference = ReferenceData.load();
        List<Statement> statements = new UsgsMcsWorldImporter(reference)
                .read(Fixtures.file("usgs/2024/mcs2024-raree_world.csv"))
                .statements();
        BundledWorld.write(statements, folder.resolve("a"));
        List<Statement> reversed = new ArrayList<>(statements);
        java.util.Collections.reverse(reversed);
        BundledWorld.write(reversed, folder.resolve("b"));

        assertThat(Files.readString(folder.resolve("a").resolve(BundledWorld.STATEMENTS)))
                .isEqualTo(Files.readString(folder.resolve("b").resolve(BundledWorld.STATEMENTS)));
    }

    @Test
    void aTamperedLineIsReportedWithItsLineNumber() throws IOException {
        ReferenceData reference = ReferenceData.load();
        BundledWorld.write(
                new UsgsMcsWorldImporter(reference)
                        .read(Fixtures.file("usgs/2024/mcs2024-raree_world.csv"))
                        .statements(),
                folder);
        Path file = folder.resolve(BundledWorld.STATEMENTS);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"value\":", "\"value\":1"));
        lines.set(2, "{not json");
        Files.write(file, lines, StandardCharsets.UTF_8);

        ImportBatch read = new BundledWorld().read(file);

        assertThat(read.problems()).extracting(RowProblem::line).containsExactly(2, 3);
        assertThat(read.problems().get(0).message()).contains("does not match the statement");
        assertThat(read.problems().get(1).message()).contains("not valid JSON");
    }
}
