package org.chokepoint.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chokepoint.engine.uncertainty.Parameter;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.YamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec is data that round-trips: for seeded random specs holding every instrument, with every
 * optional part present or absent and parameters fixed or drawn, reading what the writer wrote
 * gives the same spec.
 */
class ScenarioSpecRoundTripTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final ScenarioReader READER = new ScenarioReader(REFERENCE, (name, field) -> {
        throw new AssertionError("a written spec never needs the baseline's unit");
    });
    private static final List<String> REGIONS = List.of("CHN", "USA", "JPN", "KOR", "DEU", "ROW", "EU27", "RUS/lng");
    private static final List<Unit> RATES =
            Stream.of("t/yr", "kt/yr", "Mt/yr", "count/yr").map(Units::parse).toList();
    private static final List<Unit> PRICES =
            Stream.of("USD/t", "USD/kg", "USD/count").map(Units::parse).toList();
    private static final List<Unit> AMOUNTS =
            Stream.of("t", "kt", "count").map(Units::parse).toList();

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 7_919L * i + 11);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readingWhatWasWrittenGivesTheSameSpec(long seed) {
        ScenarioSpec spec = new Generator(new SplittableRandom(seed)).spec();

        String text = ScenarioWriter.write(spec);
        ScenarioSpec read = READER.read(YamlReader.read("written.yaml", text)).spec();

        assertThat(read).as(text).isEqualTo(spec);
        assertThat(ScenarioWriter.write(read)).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyInstrumentIsGenerated(long seed) {
        assertThat(new Generator(new SplittableRandom(seed))
                        .spec().shocks().stream().map(Shock::instrument).distinct())
                .as("the generator covers every instrument in every spec")
                .hasSize(ShockFormat.all().size());
    }

    /** Random valid specs: every instrument once, in random order, with random optional parts. */
    private static final class Generator {
        private final SplittableRandom random;
        private final YearMonth start;

        Generator(SplittableRandom random) {
            this.random = random;
            this.start = YearMonth.of(2000 + random.nextInt(40), 1 + random.nextInt(12));
        }

        ScenarioSpec spec() {
            List<Shock> shocks = new ArrayList<>(List.of(
                    new Shock.Tariff(
                            Shock.Levy.TARIFF,
                            regions(),
                            maybe(this::regions),
                            positive(3),
                            random.nextBoolean(),
                            period()),
                    new Shock.Tariff(Shock.Levy.FEE, regions(), maybe(this::regions), positive(1), false, period()),
                    new Shock.SecondaryTariff(regions(), regions(), positive(2), share(), period()),
                    new Shock.Sanction(regions(), maybe(this::regions), share(), between(0, 0.95), period()),
                    exportBan(),
                    new Shock.ImportBan("USA", List.of("CHN", "RUS/lng"), period()),
                    new Shock.ExportLicensing(
                            List.of("CHN"), maybe(() -> List.of("JPN", "KOR")), between(0, 0.99), period()),
                    new Shock.Outage(regions(), between(0.01, 1), period()),
                    new Shock.Capacity(regions(), between(0, 5), period()),
                    plant(),
                    route(),
                    new Shock.OpenRoute(
                            "USA",
                            "ROW",
                            measure(RATES),
                            maybe(() -> measure(PRICES)),
                            maybe(() -> between(0.001, 0.5)),
                            period()),
                    new Shock.Offtake(plant(), maybe(() -> pick(REGIONS)), measure(PRICES)),
                    stockpile(),
                    new Shock.SupplyContracts(regions(), maybe(this::regions), between(0, 2), period()),
                    new Shock.PriceFloor(regions(), measure(PRICES), period())));
            java.util.Collections.shuffle(shocks, new java.util.Random(random.nextLong()));
            List<ScenarioSpec.Stocks> stocks = new ArrayList<>();
            for (String region : List.of("CHN", "KOR")) {
                if (random.nextBoolean()) {
                    stocks.add(new ScenarioSpec.Stocks(
                            region,
                            new Quantity(0.1 + 12 * random.nextDouble(), Units.MONTH),
                            new Quantity(1 + random.nextInt(24), Units.MONTH),
                            maybe(() -> new Quantity(0.01 + random.nextDouble(), Units.MONTH))));
                }
            }
            Optional<ScenarioSpec.UpstreamSpec> upstream = maybe(() -> upstream(1 + random.nextInt(3)));
            return new ScenarioSpec(
                    "spec-" + random.nextInt(1000),
                    "What if \"this\": " + random.nextInt() + "?",
                    random.nextBoolean() ? "ndfeb-magnets-2024" : "./my-baseline",
                    pick(List.of("armington", "gsim", "spatial")),
                    start,
                    1 + random.nextInt(600),
                    elasticities(),
                    random.nextBoolean()
                            ? List.of()
                            : List.of(new Shock.Capacity(regions(), between(0.5, 3), period())),
                    shocks,
                    stocks,
                    upstream,
                    new ScenarioSpec.MonteCarlo(random.nextInt(ScenarioSpec.MAX_DRAWS + 1), random.nextLong()));
        }

        /** A chain of {@code stages} stages before the good, each maybe with shocks. */
        private ScenarioSpec.UpstreamSpec upstream(int stages) {
            return new ScenarioSpec.UpstreamSpec(
                    pick(List.of("ree-compounds-2023", "ree-metals-2023", "./my-upstream")),
                    elasticities(),
                    random.nextBoolean() ? List.of() : List.of(exportBan()),
                    List.of(new ScenarioSpec.UpstreamSpec.Input(List.of("ROW"), regions(), share())),
                    stages > 1 ? Optional.of(upstream(stages - 1)) : Optional.empty());
        }

        private Shock.ExportBan exportBan() {
            return new Shock.ExportBan(List.of("CHN"), maybe(() -> List.of("USA", "EU27")), period());
        }

        private Shock.NewPlant plant() {
            return new Shock.NewPlant(
                    pick(REGIONS),
                    measure(RATES),
                    new Quantity(1 + random.nextInt(48), Units.MONTH),
                    maybe(() -> measure(PRICES)),
                    period());
        }

        private Shock.NewRoute route() {
            List<String> ends = regions();
            String seller = ends.get(0);
            String buyer =
                    REGIONS.stream().filter(r -> !r.equals(seller)).findFirst().orElseThrow();
            return new Shock.NewRoute(
                    seller,
                    buyer,
                    measure(RATES),
                    new Quantity(1 + random.nextInt(48), Units.MONTH),
                    maybe(() -> between(0, 1.5)),
                    maybe(() -> measure(PRICES)),
                    maybe(() -> measure(PRICES)),
                    period());
        }

        private Shock.Stockpile stockpile() {
            YearMonth fillFrom = start.plusMonths(random.nextInt(12));
            YearMonth fillUntil = fillFrom.plusMonths(random.nextInt(12));
            Shock.Stockpile.Phase filled = new Shock.Stockpile.Phase(amount(), fillFrom, fillUntil);
            Shock.Stockpile.Phase released = new Shock.Stockpile.Phase(
                    amount(), fillUntil.plusMonths(random.nextInt(6)), fillUntil.plusMonths(6 + random.nextInt(6)));
            boolean both = random.nextBoolean();
            Optional<Shock.Stockpile.Phase> fill =
                    both || random.nextBoolean() ? Optional.of(filled) : Optional.empty();
            Optional<Shock.Stockpile.Phase> release = both || fill.isEmpty() ? Optional.of(released) : Optional.empty();
            return new Shock.Stockpile(pick(REGIONS), maybe(this::amount), fill, release);
        }

        private Quantity amount() {
            return new Quantity(0.5 + 1e4 * random.nextDouble(), pick(AMOUNTS));
        }

        private Elasticities elasticities() {
            Map<String, Map<String, Parameter>> byRegion = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                byRegion.put("KOR", Map.of("substitution", between(1.5, 12)));
                byRegion.put("JPN", Map.of("demand", between(0, 2), "supply", between(0, 3)));
            }
            Optional<Elasticities.LongRun> longRun = maybe(() ->
                    new Elasticities.LongRun(between(1.5, 20), between(0, 3), between(0, 5), 1 + random.nextInt(36)));
            return new Elasticities(
                    between(1.5, 12), between(0, 2), between(0, 4), byRegion, longRun, between(1.5, 50));
        }

        private List<String> regions() {
            List<String> all = new ArrayList<>(REGIONS);
            java.util.Collections.shuffle(all, new java.util.Random(random.nextLong()));
            return List.copyOf(all.subList(0, 1 + random.nextInt(3)));
        }

        private Period period() {
            Optional<YearMonth> from = maybe(() -> start.plusMonths(random.nextInt(24)));
            Optional<YearMonth> until = maybe(() -> from.orElse(start).plusMonths(random.nextInt(36)));
            return new Period(from, until);
        }

        private Measure measure(List<Unit> units) {
            Parameter value = between(0.001, 1e5);
            return new Measure(value, pick(units));
        }

        private Parameter share() {
            return between(0, 1);
        }

        private Parameter positive(double high) {
            return between(0.001, high);
        }

        /** A fixed value, a uniform or a triangular distribution inside [low, high]. */
        private Parameter between(double low, double high) {
            double a = low + (high - low) * random.nextDouble();
            double b = low + (high - low) * random.nextDouble();
            double c = low + (high - low) * random.nextDouble();
            double[] sorted = java.util.stream.DoubleStream.of(a, b, c).sorted().toArray();
            return switch (random.nextInt(3)) {
                case 0 -> new Parameter.Fixed(a);
                case 1 -> new Parameter.Uniform(sorted[0], sorted[2]);
                default -> new Parameter.Triangular(sorted[0], sorted[1], sorted[2]);
            };
        }

        private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
            return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
