package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class ComtradeRowsImporterTest {

    private final ImportBatch batch =
            new ComtradeRowsImporter(ReferenceData.load()).read(Fixtures.file("comtrade-v2/rare_earth_trade_data.csv"));

    private List<Statement> find(String subject, Property property) {
        return batch.statements().stream()
                .filter(s -> s.subject().key().equals(subject) && s.property() == property)
                .toList();
    }

    @Test
    void mirrorFlowsAreSeparateStatements() {
        Statement usImports = find("COUNTRY:USA", Property.IMPORT_VALUE).get(0);
        Statement chinaExports = find("COUNTRY:CHN", Property.EXPORT_VALUE).get(0);

        assertThat(usImports.counterpart().orElseThrow().id()).isEqualTo("CHN");
        assertThat(usImports.value()).isEqualTo(new Value.Measured(Quantity.of(5e6, "USD")));
        assertThat(usImports.good().orElseThrow().key()).isEqualTo("rare-earths/ree-metals");
        assertThat(chinaExports.counterpart().orElseThrow().id()).isEqualTo("USA");
        assertThat(chinaExports.value()).isEqualTo(new Value.Measured(Quantity.of(4.8e6, "USD")));
    }

    @Test
    void breakdownsByTransportModeAreVariantsNotAddedToTheTotal() {
        assertThat(find("COUNTRY:USA", Property.IMPORT_VALUE))
                .extracting(s -> s.good().orElseThrow().key())
                .containsExactlyInAnyOrder("rare-earths/ree-metals", "rare-earths/ree-metals:transport mode 2100");
        assertThat(find("COUNTRY:USA", Property.IMPORT_QUANTITY))
                .filteredOn(s -> s.good().orElseThrow().variant().isPresent())
                .singleElement()
                .satisfies(s -> assertThat(s.estimate()).isTrue());
    }

    @Test
    void worldPartnersWideCodesAndMissingWeights() {
        Statement exports = find("COUNTRY:USA", Property.EXPORT_VALUE).get(0);

        assertThat(exports.counterpart().orElseThrow()).isEqualTo(Subject.world());
        assertThat(exports.good().orElseThrow().key())
                .as("2530.90 is wider than any one stage")
                .isEqualTo("hs-253090");
        assertThat(find("COUNTRY:USA", Property.EXPORT_QUANTITY))
                .as("a blank weight is not reported, not zero")
                .isEmpty();
    }

    @Test
    void unknownReportersAreReportedAndOtherFlowsLeftOut() {
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::field)
                .containsExactly(tuple(6, "reporterCode"));
        assertThat(batch.statements()).hasSize(7);
    }
}
