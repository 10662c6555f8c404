package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A curated fact may name a stage of its chain, so that it states the same fact as USGS's figures. */
class FactsStageTest {

    static final String FACTS = String.join(
            "\n",
            "kind: facts",
            "version: 1",
            "sources:",
            "  s: {publisher: \"P\", title: \"T\"}",
            "facts:",
            "  - {subject: CHN, property: production, good: graphite/natural-graphite, period: \"2023\","
                    + " value: \"865 kt\", quote: \"865\", language: en, source: s}",
            "  - {subject: CHN, property: production, good: graphite/moon-graphite, period: \"2023\","
                    + " value: \"865 kt\", quote: \"865\", language: en, source: s}",
            "");

    @Test
    void aStageIsKeptAndAnUnknownStageIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("facts.yaml"), FACTS);

        ImportBatch batch = new FactsFileImporter(ReferenceData.load()).read(file);

        assertThat(batch.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.good()).contains(Good.of("graphite", "natural-graphite"));
            assertThat(statement.measured().orElseThrow().value()).isEqualTo(865);
        });
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "facts[1].good"));
        assertThat(batch.problems().get(0).message()).contains("unknown stage 'moon-graphite' of graphite");
    }
}
