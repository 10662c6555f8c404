package org.chokepoint.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.chokepoint.knowledge.Fixtures;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.indicator.SupplierConcentration;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComtradeBilateralImporterTest {

    private static ComtradeBilateralImporter importer;
    private static ImportBatch batch;

    @BeforeAll
    static void read() {
        importer = new ComtradeBilateralImporter(ReferenceData.load());
        batch = importer.read(Fixtures.file("comtrade-2023-fixture/bilateral_edges.csv"));
    }

    private static List<Statement> imports(Property property, String partner) {
        return batch.statements().stream()
                .filter(s -> s.property() == property
                        && s.counterpart().orElseThrow().id().equals(partner))
                .toList();
    }

    @Test
    void rowsBecomeImportValueAndQuantityFromPartnerToReporter() {
        Statement value = imports(Property.IMPORT_VALUE, "CHN").get(0);

        assertThat(value.subject()).isEqualTo(new Subject(Subject.Kind.COUNTRY, "KOR", "South Korea"));
        assertThat(value.value()).isEqualTo(new Value.Measured(Quantity.of(968000, "USD")));
        assertThat(value.good().orElseThrow().key()).isEqualTo("graphite/natural-graphite");
        assertThat(value.period().orElseThrow().iso()).isEqualTo("2023");
        assertThat(imports(Property.IMPORT_QUANTITY, "CHN").get(0).value())
                .isEqualTo(new Value.Measured(Quantity.of(1000, "t")));
    }

    @Test
    void residualAreasAreRegionsAndMissingWeightsAreNotZero() {
        Statement otherAsia = imports(Property.IMPORT_VALUE, "comtrade-490").get(0);

        assertThat(otherAsia.counterpart().orElseThrow().kind()).isEqualTo(Subject.Kind.REGION);
        assertThat(otherAsia.counterpart().orElseThrow().label()).isEqualTo("Other Asia, nes");
        assertThat(imports(Property.IMPORT_QUANTITY, "comtrade-490"))
                .as("net_kg 0 means not reported")
                .isEmpty();
    }

    @Test
    void reImportsAreKeptAndMarked() {
        assertThat(imports(Property.IMPORT_VALUE, "KOR").get(0).note())
                .hasValueSatisfying(n -> assertThat(n).contains("re-import"));
    }

    @Test
    void headingsWiderThanAStageAreNotAttributedToIt() {
        Statement carbonates = imports(Property.IMPORT_VALUE, "CHL").get(0);

        assertThat(carbonates.good().orElseThrow().key()).isEqualTo("hs-2836");
        assertThat(carbonates.subject().id()).as("Comtrade 842 is the USA").isEqualTo("USA");
    }

    @Test
    void badRowsAreReportedWithLineAndColumn() {
        assertThat(batch.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::field)
                .containsExactly(tuple(7, 3, "reporter"), tuple(8, 11, "value_usd"));
    }

    @Test
    void aTableWithoutAYearInItsFolderIsRefused() {
        assertThatThrownBy(() -> importer.read(Fixtures.file("comtrade-nodate/bilateral_edges.csv")))
                .hasMessageContaining("Cannot tell the year");
    }

    @Test
    void supplierSharesLeaveReImportsOut() {
        SupplierConcentration.Dependence korea = SupplierConcentration.of(batch.statements()).stream()
                .filter(d -> d.importer().id().equals("KOR"))
                .findFirst()
                .orElseThrow();

        assertThat(korea.concentration().largest().orElseThrow().producer()).isEqualTo("CHN");
        assertThat(korea.concentration().largest().orElseThrow().share())
                .isCloseTo(0.968, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(korea.concentration().total()).isEqualTo(Quantity.of(1_000_000, "USD"));
    }
}
