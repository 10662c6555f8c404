package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Value;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class OpenSanctionsImporterTest {

    private final ImportBatch batch =
            new OpenSanctionsImporter(ReferenceData.load()).read(Fixtures.file("ftm/sample.ftm.json"));

    private Statement only(String subject, Property property) {
        return batch.statements().stream()
                .filter(s -> s.subject().key().equals(subject) && s.property() == property)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSanctionNamesTheAuthoritysCountryProgrammeAndDate() {
        Statement sanction = only("COMPANY:os-co-1", Property.SANCTIONED_BY);

        assertThat(sanction.subject().label()).isEqualTo("Northern Gas Trading LLC");
        assertThat(sanction.counterpart().orElseThrow().id()).isEqualTo("AUS");
        assertThat(sanction.value()).isEqualTo(new Value.Text("Autonomous (Russia)"));
        assertThat(sanction.period().orElseThrow().iso()).isEqualTo("2023-02-24");
        assertThat(sanction.quote()).isEqualTo("Designated under the test instrument");
        assertThat(sanction.note()).contains("Targeted financial sanction");
    }

    @Test
    void ownershipAndCountryTies() {
        Statement owner = only("COMPANY:os-co-1", Property.OWNER);

        assertThat(owner.counterpart().orElseThrow().id()).isEqualTo("os-co-2");
        assertThat(owner.value()).isEqualTo(new Value.Text("Holding One JSC [100%]"));
        assertThat(only("COMPANY:os-co-2", Property.LOCATED_IN)
                        .counterpart()
                        .orElseThrow()
                        .id())
                .isEqualTo("RUS");
    }

    @Test
    void brokenLinesAndDanglingReferencesAreReported() {
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::field)
                .containsExactlyInAnyOrder(tuple(5, "entity"), tuple(6, ""));
    }
}
