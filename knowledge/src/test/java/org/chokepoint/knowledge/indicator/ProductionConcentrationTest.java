package org.chokepoint.knowledge.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProductionConcentrationTest {

    private static final Good CONCENTRATE = Good.of("rare-earths", "ree-concentrate");

    private static Statement production(String source, String published, Subject subject, String year, Value value) {
        return Statement.of(
                subject,
                Property.PRODUCTION,
                Optional.of(CONCENTRATE),
                Optional.empty(),
                Optional.of(new PartialDate(year)),
                value,
                false,
                Optional.empty(),
                new Source(source, "USGS", source, Optional.empty(), Optional.of(new PartialDate(published))),
                "row",
                "en");
    }

    private static Subject country(String id) {
        return new Subject(Subject.Kind.COUNTRY, id, id);
    }

    private static Value tonnes(double value) {
        return new Value.Measured(Quantity.of(value, "t"));
    }

    @Test
    void sharesOfTheReportedWorldTotalAndTheirHhi() {
        List<Statement> statements = List.of(
                production("mcs2024", "2024", country("CHN"), "2023", tonnes(240)),
                production("mcs2024", "2024", country("USA"), "2023", tonnes(60)),
                production("mcs2024", "2024", country("JPN"), "2023", new Value.Withheld()),
                production("mcs2024", "2024", Subject.world(), "2023", tonnes(400)));

        Concentration c = ProductionConcentration.of(statements).get(0);

        assertThat(c.shares()).extracting(ProducerShare::producer).containsExactly("CHN", "USA");
        assertThat(c.shares().get(0).share()).isEqualTo(0.6);
        assertThat(c.hhi()).isCloseTo(60 * 60 + 15 * 15, within(1e-9));
        assertThat(c.topThree()).isCloseTo(0.75, within(1e-12));
        assertThat(c.withheld()).containsExactly("JPN");
        assertThat(c.totalIsReported()).isTrue();
        assertThat(c.used()).hasSize(3);
    }

    @Test
    void theNewestReleaseIsUsedForAYearTwoReleasesState() {
        List<Statement> statements = List.of(
                production("mcs2023", "2023", country("CHN"), "2022", tonnes(210)),
                production("mcs2023", "2023", country("USA"), "2022", tonnes(43)),
                production("mcs2024", "2024", country("CHN"), "2022", tonnes(210)),
                production("mcs2024", "2024", country("USA"), "2022", tonnes(42)));

        Concentration c = ProductionConcentration.of(statements).get(0);

        assertThat(c.sourceId()).isEqualTo("mcs2024");
        assertThat(c.total()).isEqualTo(Quantity.of(252, "t"));
        assertThat(c.totalIsReported()).isFalse();
    }

    static Stream<List<Double>> markets() {
        Random random = new Random(42);
        return IntStream.range(0, 200).mapToObj(i -> {
            List<Double> outputs = new ArrayList<>();
            int producers = 1 + random.nextInt(30);
            for (int p = 0; p < producers; p++) {
                outputs.add(Math.exp(random.nextGaussian() * 2));
            }
            return outputs;
        });
    }

    @ParameterizedTest
    @MethodSource("markets")
    void sharesSumToOneAndHhiLiesBetweenItsBounds(List<Double> outputs) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            String id = "C" + (char) ('A' + i % 26) + (char) ('A' + i / 26);
            statements.add(production("s", "2024", country(id), "2023", tonnes(outputs.get(i))));
        }

        Concentration c = ProductionConcentration.of(statements).get(0);

        assertThat(c.shares().stream().mapToDouble(ProducerShare::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(c.hhi()).isBetween(10_000.0 / outputs.size() - 1e-6, 10_000.0 + 1e-6);
        assertThat(c.topThree()).isBetween(Math.min(1.0, 3.0 / outputs.size()) - 1e-9, 1.0 + 1e-9);
    }
}
