package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactsFileImporterTest {

    private static ImportBatch batch;

    @BeforeAll
    static void read() {
        batch = new FactsFileImporter(ReferenceData.load()).read(Fixtures.file("facts/facts.yaml"));
    }

    @Test
    void countriesByAnyNameAndValuesAsEnglishExpressions() {
        Statement trade = batch.statements().get(0);

        assertThat(trade.subject().key()).isEqualTo("COUNTRY:KAZ");
        assertThat(trade.counterpart().orElseThrow().key()).isEqualTo("COUNTRY:CHN");
        assertThat(trade.property()).isEqualTo(Property.TRADE_VALUE);
        assertThat(trade.value()).isEqualTo(new Value.Measured(Quantity.of(4.1e10, "USD")));
        assertThat(trade.quote()).isEqualTo("約410億美元");
        assertThat(trade.language()).isEqualTo("zh-Hant");
        assertThat(trade.source().id()).isEqualTo("facts:a");
        assertThat(trade.source().published().orElseThrow().iso()).isEqualTo("2025-05");
    }

    @Test
    void otherEntitiesAreWrittenOut() {
        Statement discount = batch.statements().get(1);

        assertThat(discount.subject()).isEqualTo(new Subject(Subject.Kind.PROJECT, "arctic-lng-2", "Arctic LNG 2"));
        assertThat(discount.good().orElseThrow().key()).isEqualTo("lng");
        assertThat(discount.value())
                .isEqualTo(new Value.Measured(new QuantityRange(Quantity.of(30, "%"), Quantity.of(40, "%"))));
    }

    @Test
    void badFactsAreReportedWithLineAndFieldAndTheOthersRead() {
        assertThat(batch.statements()).hasSize(2);
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::field)
                .containsExactly(
                        tuple(24, "facts[2].subject"), tuple(32, "facts[3].value"), tuple(37, "facts[4].property"));
        assertThat(batch.problems().get(0).message()).contains("unknown country 'Atlantis'");
        assertThat(batch.problems().get(1).message()).contains("Cannot read the quantity 'lots'");
    }
}
