package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GemImportersTest {

    private static ReferenceData reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    private static List<Statement> about(ImportBatch batch, String subjectKey, Property property) {
        return batch.statements().stream()
                .filter(s -> s.subject().key().equals(subjectKey) && s.property() == property)
                .toList();
    }

    @Test
    void lngTerminalUnitsWithCapacityStatusOwnersAndCountry() {
        ImportBatch batch =
                new GemLngTerminalImporter(reference).read(Fixtures.file("gem/GEM-GGIT-LNG-Terminals-2024-01.csv"));

        Statement capacity =
                about(batch, "FACILITY:gem-t000101", Property.CAPACITY).get(0);
        assertThat(capacity.subject().label()).isEqualTo("North Cape LNG Terminal T1");
        assertThat(capacity.value()).isEqualTo(new Value.Measured(Quantity.of(6.6, "Mt/yr")));
        assertThat(capacity.note()).contains("Export terminal");
        assertThat(capacity.good().orElseThrow().key()).isEqualTo("lng/lng");
        assertThat(about(batch, "FACILITY:gem-t000101", Property.STATUS).get(0).value())
                .isEqualTo(new Value.Text("Construction"));
        assertThat(about(batch, "FACILITY:gem-t000101", Property.LOCATED_IN)
                        .get(0)
                        .counterpart()
                        .orElseThrow()
                        .id())
                .isEqualTo("RUS");
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::field)
                .containsExactly(tuple(3, 8, "country"), tuple(4, 10, "CapacityInMtpa"));
        assertThat(about(batch, "FACILITY:gem-t000201", Property.CAPACITY))
                .as("the rest of a row with an unknown country is kept")
                .hasSize(1);
    }

    @Test
    void pipelinesWithCapacityInBcmAndEveryCountryTheyCross() {
        ImportBatch batch = new GemPipelineImporter(reference)
                .read(Fixtures.file("gem/GEM-GGIT-gas-pipelines-mapfile-2024-10-08.csv"));

        assertThat(about(batch, "ROUTE:gem-p0001", Property.CAPACITY).get(0).value())
                .isEqualTo(new Value.Measured(Quantity.of(50, "bcm/yr")));
        assertThat(about(batch, "ROUTE:gem-p0001", Property.LOCATED_IN))
                .extracting(s -> s.counterpart().orElseThrow().id())
                .containsExactly("RUS", "MNG", "CHN");
        assertThat(about(batch, "ROUTE:gem-p0002", Property.CAPACITY))
                .as("no capacity stated, none invented")
                .isEmpty();
        assertThat(batch.problems()).isEmpty();
    }
}
