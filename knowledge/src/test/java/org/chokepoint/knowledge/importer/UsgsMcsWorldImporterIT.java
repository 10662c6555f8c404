package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Conflicts;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.SharedData;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.indicator.Concentration;
import org.chokepoint.knowledge.indicator.ProductionConcentration;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Every USGS MCS world table of both releases in ../shared/data, imported for real. */
class UsgsMcsWorldImporterIT {

    @Test
    void bothReleasesImportAndTheirRevisionsShowAsConflicts() throws IOException {
        Path folder = SharedData.require("usgs-mcs");
        UsgsMcsWorldImporter importer = new UsgsMcsWorldImporter(ReferenceData.load());
        List<Path> files;
        try (Stream<Path> found = Files.walk(folder)) {
            files = found.filter(importer::reads).sorted().toList();
        }
        List<RowProblem> problems = new ArrayList<>();
        try (DuckDbStore store = DuckDbStore.inMemory()) {
            for (Path file : files) {
                ImportBatch batch = importer.read(file);
                problems.addAll(batch.problems());
                store.store(batch, false);
            }

            assertThat(files).hasSizeGreaterThanOrEqualTo(150);
            assertThat(store.count()).isGreaterThan(5000);
            assertThat(problems)
                    .as("only header columns in units Chokepoint does not convert (carats, ore tonnage)")
                    .allSatisfy(p -> assertThat(p.line()).isEqualTo(1));

            List<Statement> chinaRareEarths = store.find(StatementQuery.all()
                    .withSubject("COUNTRY:CHN")
                    .withProperty(Property.PRODUCTION)
                    .withGood("rare-earths"));
            assertThat(chinaRareEarths)
                    .extracting(s ->
                            s.period().orElseThrow().iso() + " " + s.source().id())
                    .contains(
                            "2022 usgs-mcs-2023-raree-world",
                            "2022 usgs-mcs-2024-raree-world",
                            "2023 usgs-mcs-2024-raree-world");

            List<Conflict> conflicts = Conflicts.find(store.find(StatementQuery.all()));
            assertThat(conflicts).isNotEmpty().allSatisfy(c -> assertThat(c.statements())
                    .extracting(s -> s.source().id())
                    .doesNotHaveDuplicates());

            Concentration rareEarths = ProductionConcentration.of(
                            store.find(StatementQuery.all().withGood("rare-earths")))
                    .get(0);
            assertThat(rareEarths.period()).isEqualTo("2023");
            assertThat(rareEarths.largest().orElseThrow().producer()).isEqualTo("CHN");
            assertThat(rareEarths.hhi()).isBetween(4000.0, 6000.0);
        }
    }
}
