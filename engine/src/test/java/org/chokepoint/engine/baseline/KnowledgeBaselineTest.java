package org.chokepoint.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.junit.jupiter.api.Test;

/** A baseline from reported imports and production, closed by the world total. */
class KnowledgeBaselineTest {

    static final Source COMTRADE = new Source("comtrade", "UN Comtrade", "imports", Optional.empty(), Optional.empty());
    static final Source USGS =
            new Source("usgs", "U.S. Geological Survey", "production", Optional.empty(), Optional.empty());

    static Subject country(String id) {
        return new Subject(Subject.Kind.COUNTRY, id, id);
    }

    static Statement statement(
            Subject subject, Property property, Subject counterpart, double value, String unit, Source source) {
        return Statement.of(
                subject,
                property,
                Optional.of(new Good("graphite", Optional.of("natural-graphite"), Optional.empty(), Optional.empty())),
                Optional.ofNullable(counterpart),
                Optional.of(new PartialDate("2023")),
                new Value.Measured(Quantity.of(value, unit)),
                false,
                Optional.empty(),
                source,
                "row",
                "en");
    }

    static final List<Statement> STATEMENTS = List.of(
            statement(country("JPN"), Property.IMPORT_QUANTITY, country("CHN"), 100, "t", COMTRADE),
            statement(country("JPN"), Property.IMPORT_VALUE, country("CHN"), 50_000, "USD", COMTRADE),
            statement(country("JPN"), Property.IMPORT_QUANTITY, country("MOZ"), 20, "t", COMTRADE),
            statement(country("JPN"), Property.IMPORT_QUANTITY, country("TZA"), 5, "t", COMTRADE),
            statement(country("JPN"), Property.IMPORT_QUANTITY, country("MDG"), 3, "t", COMTRADE),
            statement(country("POL"), Property.IMPORT_QUANTITY, country("TZA"), 4, "t", COMTRADE),
            statement(country("CHN"), Property.PRODUCTION, null, 1000, "t", USGS),
            statement(country("MOZ"), Property.PRODUCTION, null, 15, "t", USGS),
            statement(new Subject(Subject.Kind.WORLD, "WLD", "World"), Property.PRODUCTION, null, 1100, "t", USGS));

    final KnowledgeBaseline.Built built = new KnowledgeBaseline(
                    "graphite", "natural-graphite", "2023", List.of("CHN", "JPN", "MOZ"), Map.of())
            .build(STATEMENTS);

    BaselineFlow flow(String seller, String buyer) {
        return built.flows().stream()
                .filter(f -> f.seller().equals(seller) && f.buyer().equals(buyer))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aReportedImportIsAnObservedFlowAndCountriesNotKeptAreSummedIntoRow() {
        assertThat(built.regions()).containsExactly("CHN", "JPN", "MOZ", "ROW");
        assertThat(flow("CHN", "JPN").quantity()).isEqualTo(100);
        assertThat(flow("CHN", "JPN").origin()).isEqualTo("observed");
        assertThat(flow("ROW", "JPN").quantity()).isEqualTo(8);
        assertThat(flow("ROW", "JPN").how()).contains("sum of 2 import records");
    }

    @Test
    void homeUseIsProductionLessReportedExportsFlooredAtZero() {
        assertThat(flow("CHN", "CHN").quantity()).isEqualTo(900);
        assertThat(flow("CHN", "CHN").origin()).isEqualTo("derived");
        assertThat(flow("MOZ", "MOZ").quantity())
                .as("15 t made, 20 t reported bought")
                .isZero();
        assertThat(flow("MOZ", "MOZ").how().orElseThrow()).contains("floored at zero");
    }

    @Test
    void theRestOfTheWorldIsTheWorldTotalLessTheCountriesKeptAndAtLeastItsOwnTrade() {
        // world 1,100 less CHN 1,000 and MOZ 15 = 85 made in ROW, of which 8 sold to JPN; POL's 4 t from TZA is inside
        // ROW
        assertThat(flow("ROW", "ROW").quantity()).isEqualTo(77);
        assertThat(flow("ROW", "ROW").how().orElseThrow()).contains("world 1,100 t less the 1,015 t");
        assertThat(built.flows().stream()
                        .filter(f -> f.seller().equals("ROW") && f.buyer().equals("ROW")))
                .hasSize(1);
    }

    @Test
    void thePriceIsTheUnitValueOfImportsReportedWithTheirQuantity() {
        assertThat(built.price()).isCloseTo(500, within(1e-9));
    }

    @Test
    void aGroupRegionSumsItsMembersAndNamesThoseWithoutData() {
        List<Statement> statements = List.of(
                statement(country("DEU"), Property.IMPORT_QUANTITY, country("CHN"), 30, "t", COMTRADE),
                statement(country("POL"), Property.IMPORT_QUANTITY, country("CHN"), 10, "t", COMTRADE),
                statement(country("POL"), Property.IMPORT_QUANTITY, country("DEU"), 2, "t", COMTRADE),
                statement(country("DEU"), Property.PRODUCTION, null, 5, "t", USGS),
                statement(country("CHN"), Property.PRODUCTION, null, 1000, "t", USGS));

        KnowledgeBaseline.Built group = new KnowledgeBaseline(
                        "graphite",
                        "natural-graphite",
                        "2023",
                        List.of("CHN", "EU27"),
                        Map.of("EU27", Set.of("DEU", "FRA", "POL")))
                .build(statements);

        BaselineFlow imports = group.flows().stream()
                .filter(f -> f.seller().equals("CHN") && f.buyer().equals("EU27"))
                .findFirst()
                .orElseThrow();
        assertThat(imports.quantity()).as("DEU's 30 t and POL's 10 t").isEqualTo(40);
        assertThat(imports.how().orElseThrow())
                .contains("sum of 2 import records", "EU27: its 3 members in 2023 summed; no data for FRA");
        BaselineFlow home = group.flows().stream()
                .filter(f -> f.seller().equals("EU27") && f.buyer().equals("EU27"))
                .findFirst()
                .orElseThrow();
        assertThat(home.quantity())
                .as("DEU's 5 t made, at least the 2 t traded inside the group")
                .isEqualTo(5);
        assertThat(group.regions()).containsExactly("CHN", "EU27", "ROW");
    }

    @Test
    void whereSourcesDisagreeTheLatestReleaseCountsAndTheFlowsSpanTheOthers() {
        Source older = new Source(
                "usgs-2023",
                "U.S. Geological Survey",
                "2023 release",
                Optional.empty(),
                Optional.of(new PartialDate("2024")));
        Source newer = new Source(
                "usgs-2024",
                "U.S. Geological Survey",
                "2024 release",
                Optional.empty(),
                Optional.of(new PartialDate("2025")));
        Source customs = new Source(
                "customs", "China customs", "exports", Optional.empty(), Optional.of(new PartialDate("2024")));
        List<Statement> statements = new java.util.ArrayList<>(STATEMENTS.stream()
                .filter(s ->
                        s.property() != Property.PRODUCTION || !s.subject().id().equals("CHN"))
                .toList());
        statements.add(statement(country("CHN"), Property.PRODUCTION, null, 940, "t", older));
        statements.add(statement(country("MOZ"), Property.PRODUCTION, null, 15, "t", older));
        statements.add(statement(country("CHN"), Property.PRODUCTION, null, 1000, "t", newer));
        statements.add(statement(country("CHN"), Property.EXPORT_QUANTITY, country("JPN"), 160, "t", customs));

        KnowledgeBaseline.Built disputed = new KnowledgeBaseline(
                        "graphite", "natural-graphite", "2023", List.of("CHN", "JPN", "MOZ"), Map.of())
                .build(statements);
        BaselineFlow home = disputed.flows().stream()
                .filter(f -> f.seller().equals("CHN") && f.buyer().equals("CHN"))
                .findFirst()
                .orElseThrow();
        BaselineFlow toJapan = disputed.flows().stream()
                .filter(f -> f.seller().equals("CHN") && f.buyer().equals("JPN"))
                .findFirst()
                .orElseThrow();
        BaselineFlow rest = disputed.flows().stream()
                .filter(f -> f.seller().equals("ROW") && f.buyer().equals("ROW"))
                .findFirst()
                .orElseThrow();

        assertThat(home.quantity())
                .as("the 2024 release's 1,000 t, not both summed")
                .isEqualTo(900);
        assertThat(home.spread().orElseThrow().low())
                .as("the 2023 release's 940 t less 100 t")
                .isEqualTo(840);
        assertThat(home.spread().orElseThrow().high()).isEqualTo(900);
        assertThat(home.spread().orElseThrow().how()).contains("940 t (usgs-2023)");
        assertThat(toJapan.quantity()).as("the importer's figure counts").isEqualTo(100);
        assertThat(toJapan.spread().orElseThrow().high())
                .as("the exporter's mirror figure")
                .isEqualTo(160);
        assertThat(toJapan.spread().orElseThrow().sources())
                .extracting(c -> c.publisher())
                .contains("China customs");
        assertThat(rest.spread().orElseThrow().high())
                .as("the world less the kept countries: less China, more rest")
                .isEqualTo(77 + 60);
        assertThat(disputed.flows().stream()
                        .filter(f -> f.seller().equals("MOZ") && f.buyer().equals("MOZ")))
                .as("two sources that agree count once: 15 t made, 20 t bought, floored at zero")
                .singleElement()
                .satisfies(f -> assertThat(f.quantity()).isZero());
        assertThat(flow("CHN", "CHN").spread())
                .as("without a second source, no spread")
                .isEmpty();
    }

    @Test
    void aProducerOfAtLeastFivePercentOfTheWorldIsItsOwnRegionEvenWhenTheFileLeavesItOut() {
        KnowledgeBaseline.Built withoutMozambique = new KnowledgeBaseline(
                        "graphite", "natural-graphite", "2023", List.of("CHN", "JPN"), Map.of())
                .build(List.of(
                        statement(country("JPN"), Property.IMPORT_QUANTITY, country("MOZ"), 20, "t", COMTRADE),
                        statement(country("CHN"), Property.PRODUCTION, null, 1000, "t", USGS),
                        statement(country("MOZ"), Property.PRODUCTION, null, 60, "t", USGS),
                        statement(country("TZA"), Property.PRODUCTION, null, 40, "t", USGS),
                        statement(
                                new Subject(Subject.Kind.WORLD, "WLD", "World"),
                                Property.PRODUCTION,
                                null,
                                1100,
                                "t",
                                USGS)));

        assertThat(withoutMozambique.regions())
                .as("Mozambique makes 5.5% of the world's 1,100 t, Tanzania 3.6%")
                .containsExactly("CHN", "JPN", "MOZ", "ROW");
        assertThat(withoutMozambique.flows())
                .anySatisfy(f -> assertThat(f.seller() + ">" + f.buyer()).isEqualTo("MOZ>JPN"));
        assertThat(built.regions()).as("nobody left in ROW makes 5%").containsExactly("CHN", "JPN", "MOZ", "ROW");
    }

    @Test
    void anImporterOfAtLeastFivePercentOfTheReportedImportsIsItsOwnRegionToo() {
        KnowledgeBaseline.Built built = new KnowledgeBaseline(
                        "graphite", "natural-graphite", "2023", List.of("CHN", "JPN"), Map.of())
                .build(List.of(
                        statement(country("JPN"), Property.IMPORT_QUANTITY, country("CHN"), 900, "t", COMTRADE),
                        statement(country("POL"), Property.IMPORT_QUANTITY, country("CHN"), 60, "t", COMTRADE),
                        statement(country("AUT"), Property.IMPORT_QUANTITY, country("CHN"), 40, "t", COMTRADE),
                        statement(country("AUT"), Property.IMPORT_QUANTITY, country("AUT"), 500, "t", COMTRADE),
                        statement(country("CHN"), Property.PRODUCTION, null, 2000, "t", USGS)));

        assertThat(built.regions())
                .as("Poland buys 6% of the 1,000 t reported, Austria 4% (its re-imports do not count)")
                .containsExactly("CHN", "JPN", "POL", "ROW");
        assertThat(built.flows())
                .anySatisfy(f -> assertThat(f.seller() + ">" + f.buyer()).isEqualTo("CHN>POL"));
    }
}
