package org.chokepoint.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A valid scenario reads and binds; every kind of bad one gets a clear answer naming the file, the
 * line and the field: one valid scenario, broken one way per case (its shock replaced, or one line
 * changed).
 */
class ScenarioLoaderTest {

    static final ScenarioLoader LOADER = new ScenarioLoader(ReferenceData.load(), Path.of("../data/baselines"));

    /** Lines 1-9 of every case; line 10 on is the shock. */
    static final String HEAD = String.join(
            "\n",
            "kind: scenario",
            "version: 1",
            "name: test",
            "question: \"What if?\"",
            "baseline: ndfeb-magnets-2024",
            "start: 2026-01",
            "months: 12",
            "elasticities: {substitution: 8, demand: 0.2, supply: 0.5}",
            "shocks:",
            "");

    static final String BAN = "  - instrument: export-ban\n    exporter: CHN\n    importers: [KOR, USA]\n";

    @Test
    void aValidScenarioResolvesGroupsAliasesAndDates() {
        Scenario scenario =
                LOADER.read("ok.yaml", HEAD + BAN.replace("[KOR, USA]", "[南韓, 美國, EU27]") + "    from: 2026-03\n");

        assertThat(scenario.shocks()).hasSize(1);
        assertThat(scenario.shocks().get(0).describe()).isEqualTo("export-ban CHN -> KOR, USA, EU27 from 2026-03");
        assertThat(scenario.end()).hasToString("2026-12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // the file's header and horizon
                "not a scenario|kind: scenario|kind: baseline|line 1, field kind|not a scenario file",
                "an unknown version|version: 1|version: 2|line 2, field version|unknown version",
                "no question|question: \"What if?\"|title: x|line 4, field title|unknown key",
                "an unknown model|start: 2026-01|model: armingtn\\nstart: 2026-01|line 6, field model|Did you mean 'armington'?",
                "a month that is no month|start: 2026-01|start: 2026-13|line 6, field start|Write months as YYYY-MM",
                "a start in 1800|start: 2026-01|start: 1800-01|line 6, field start|outside 1900-01 to 2200-12",
                "no months|months: 12|months: 0|line 7, field months|Give between 1 and 600",
                "too many months|months: 12|months: 601|line 7, field months|Give between 1 and 600",
                "fractional months|months: 12|months: 12.5|line 7, field months|expected a whole number",
                "a negative elasticity|demand: 0.2|demand: -0.2|line 8, field elasticities.demand|cannot be negative",
                "an infinite elasticity|demand: 0.2|demand: {uniform: [1e308, 1e308]}|line 8, field elasticities.demand|beyond 10",
                "Cobb-Douglas substitution|substitution: 8|substitution: 1|line 8, field elasticities.substitution|exactly 1",
                "zero substitution|substitution: 8|substitution: 0|line 8, field elasticities.substitution|must be positive",
                "a distribution of two kinds|demand: 0.2|demand: {uniform: [0.1, 0.2], triangular: [0.1, 0.2, 0.3]}|line 8, field elasticities.demand|one kind",
                "a misspelt key|shocks:|shoks:|line 9, field shoks|Did you mean 'shocks'?",
                "shocks as text|shocks:\\n  - instrument: export-ban\\n    exporter: CHN\\n    importers: [KOR, USA]\\n|shocks: ban\\n|line 9, field shocks|expected a list",
                // the shock's regions and months
                "an unknown instrument|export-ban|export-bann|line 10, field shocks[0].instrument|Did you mean 'export-ban'?",
                "an unknown country|[KOR, USA]|[KOR, Korae]|line 12, field shocks[0].importers[1]|Did you mean KOR?",
                "a country inside ROW|[KOR, USA]|[KOR, KAZ]|line 12, field shocks[0].importers[1]|it is part of ROW there",
                "no importers|[KOR, USA]|[]|line 12, field shocks[0].importers|an empty list names no region",
                "a country twice|[KOR, USA]|[KOR, 南韓]|line 12, field shocks[0].importers[1]|KOR is listed twice",
                "a ban on itself|[KOR, USA]|[KOR, CHN]|line 12, field shocks[0].importers|cannot ban or license its own sales",
                "a ban with nothing to ban|exporter: CHN\\n    importers: [KOR, USA]|exporter: KOR\\n    importers: [USA]|line 12, field shocks[0].importers|sells nothing to",
                "a malformed variety|exporter: CHN|exporter: CHN/Magnets|line 11, field shocks[0].exporter|malformed variety",
                "a start after the horizon|[KOR, USA]\\n|[KOR, USA]\\n    from: 2029-03\\n|line 13, field shocks[0].from|starts after the scenario's horizon ends",
                "an end before the start|[KOR, USA]\\n|[KOR, USA]\\n    from: 2026-05\\n    until: 2026-03\\n|line 14, field shocks[0].until|ends (2026-03) before it starts",
                "an unknown key in a shock|[KOR, USA]\\n|[KOR, USA]\\n    form: 2026-03\\n|line 13, field shocks[0].form|Did you mean 'from'?",
                "a duplicate key|[KOR, USA]\\n|[KOR, USA]\\n    exporter: CHN\\n|line 13, field shocks[0].exporter|duplicate key",
            })
    void aBrokenHeaderOrShockNamesFileLineAndField(
            String what, String valid, String broken, String location, String advice) {
        assertRefused(
                what, (HEAD + BAN).replace(valid.replace("\\n", "\n"), broken.replace("\\n", "\n")), location, advice);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a tariff of 0%|tariff\\n    importers: USA\\n    rate: 0%|line 12, field shocks[0].rate|changes nothing",
                "a tariff with rate and set_to|tariff\\n    importers: USA\\n    rate: 10%\\n    set_to: 0%|line 10, field shocks[0]|either 'rate'",
                "a tariff of 20000%|tariff\\n    importers: USA\\n    rate: 20000%|line 12, field shocks[0].rate|between 0 and 100",
                "a rate that is no number|tariff\\n    importers: USA\\n    rate: ten|line 12, field shocks[0].rate|expected a number",
                "a discount of 99%|sanction\\n    seller: CHN\\n    enforcement: 0.5\\n    discount: 0.99|line 13, field shocks[0].discount|between 0 and 0.95",
                "an outage that loses nothing|outage\\n    seller: CHN\\n    lost_share: 0|line 12, field shocks[0].lost_share|changes nothing",
                "a licence above 100%|export-licensing\\n    exporter: CHN\\n    licensed_share: 150%|line 12, field shocks[0].licensed_share|must lie between 0 and 1",
                "a licence of everything|export-licensing\\n    exporter: CHN\\n    licensed_share: 100%|line 12, field shocks[0].licensed_share|changes nothing",
                "a floor without a unit|price-floor\\n    zone: USA\\n    floor: 80|line 12, field shocks[0].floor|needs a unit",
                "a floor in tonnes|price-floor\\n    zone: USA\\n    floor: 80 t|line 12, field shocks[0].floor|cannot be converted to USD/t",
                "a floor and the old floor_usd|price-floor\\n    zone: USA\\n    floor: 80 USD/kg\\n    floor_usd: 80000|line 10, field shocks[0]|give 'floor' with its unit",
                "a capacity in an unknown unit|new-plant\\n    region: USA\\n    capacity: 10 bananas/yr|line 12, field shocks[0].capacity|unknown unit 'bananas/yr'",
                "a negative capacity|new-plant\\n    region: USA\\n    capacity: -10 kt/yr|line 12, field shocks[0].capacity|cannot be negative",
                "a capacity as a volume|new-plant\\n    region: USA\\n    capacity: 10 bcm/yr|line 12, field shocks[0].capacity|cannot be converted to t/yr",
                "a ramp of half a month|new-plant\\n    region: USA\\n    capacity: 10 kt/yr\\n    ramp: 1.5 months|line 13, field shocks[0].ramp|whole number of months",
                "a ramp in tonnes|new-plant\\n    region: USA\\n    capacity: 10 kt/yr\\n    ramp: 3 t|line 13, field shocks[0].ramp|is a time",
                "a zero minimum price|offtake\\n    region: USA\\n    capacity: 10 kt/yr\\n    minimum_price: 0 USD/t|line 13, field shocks[0].minimum_price|changes nothing",
                "a plant in two regions|new-plant\\n    region: [USA, JPN]\\n    capacity: 10 kt/yr|line 11, field shocks[0].region|expected a single value",
                "a stockpile that moves nothing|stockpile\\n    region: USA|line 10, field shocks[0]|needs a fill, a release or both",
                "a release above the stock|stockpile\\n    region: USA\\n    fill: {quantity: 100 t, from: 2026-01, until: 2026-03}\\n    release: {quantity: 500 t, from: 2026-04, until: 2026-06}|line 13, field shocks[0].release|never holds more than 100",
                "a release before the fill|stockpile\\n    region: USA\\n    fill: {quantity: 100 t, from: 2026-03, until: 2026-04}\\n    release: {quantity: 50 t, from: 2026-01, until: 2026-06}|line 13, field shocks[0].release|starts before the fill",
                "a stock of a volume|stockpile\\n    region: USA\\n    fill: {quantity: 100 m3, from: 2026-01, until: 2026-03}|line 12, field shocks[0].fill.quantity|cannot be converted to t",
                "contracts that grow 20000%|supply-contracts\\n    seller: ROW\\n    max_growth: 200|line 12, field shocks[0].max_growth|between 0 and 100",
            })
    void aBrokenInstrumentNamesFileLineAndField(String what, String shock, String location, String advice) {
        assertRefused(what, HEAD + "  - instrument: " + shock.replace("\\n", "\n") + "\n", location, advice);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "a tariff among the limits|limits:\\n  - {instrument: tariff, importers: USA, rate: 10%}|line 14, field limits[0].instrument|is a shock, not a limit",
                "too many draws|monte_carlo: {draws: 1000000000}|line 13, field monte_carlo.draws|between 0 and 100000",
                "negative draws|monte_carlo: {draws: -5}|line 13, field monte_carlo.draws|between 0 and 100000",
                "a seed that is no number|monte_carlo: {draws: 5, seed: abc}|line 13, field monte_carlo.seed|whole number",
                "stocks of a region twice|inventories:\\n  - {region: KOR, cover: 2 months}\\n  - {region: KOR, cover: 1 month}|line 15, field inventories[1].region|listed twice",
                "stocks of a region the baseline lacks|inventories:\\n  - {region: KAZ, cover: 2 months}|line 14, field inventories[0].region|part of ROW there",
                "stocks of 100 months|inventories:\\n  - {region: KOR, cover: 100 months}|line 14, field inventories[0].cover|between",
                "stocks without a cover|inventories:\\n  - {region: KOR}|line 14, field inventories[0]|missing required field 'cover'",
                "elasticities of a region the baseline lacks|elasticities_by_region|line 8, field elasticities.by_region.KAZ|not a region of the baseline",
                "an upstream good that is no input|upstream:\\n  baseline: passenger-cars-2024\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n  inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]|line 14, field upstream.baseline|is not an input of rare-earths/ndfeb-magnets",
                "an unknown upstream baseline|upstream:\\n  baseline: ree-compound-2023\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n  inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]|line 14, field upstream.baseline|Did you mean 'ree-compounds-2023'?",
                "an upstream stage that feeds no one|upstream:\\n  baseline: ree-compounds-2023\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}|line 13, field upstream|feeds no seller",
                "a stage before the input that is no input of it|upstream:\\n  baseline: ree-compounds-2023\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n  inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]\\n  upstream:\\n    baseline: passenger-cars-2024\\n    elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n    inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]|line 18, field upstream.upstream.baseline|is not an input of rare-earths/ree-compounds",
                "a stage before the input that feeds no one|upstream:\\n  baseline: ree-compounds-2023\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n  inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]\\n  upstream:\\n    baseline: ree-compounds-2023\\n    elasticities: {substitution: 4, demand: 0.2, supply: 0.5}|line 17, field upstream.upstream|feeds no seller",
                "a misspelt key of a stage before the input|upstream:\\n  baseline: ree-compounds-2023\\n  elasticities: {substitution: 4, demand: 0.2, supply: 0.5}\\n  inputs: [{seller: ROW, from: ROW, share_of_their_use: 0.5}]\\n  upstream:\\n    baseline: ree-compounds-2023\\n    elasticity: {substitution: 4}|line 19, field upstream.upstream.elasticity|elasticities",
            })
    void aBrokenScenarioPartNamesFileLineAndField(String what, String tail, String location, String advice) {
        String text = HEAD + BAN + tail.replace("\\n", "\n") + "\n";
        if (tail.equals("elasticities_by_region")) {
            text = (HEAD + BAN)
                    .replace(
                            "elasticities: {substitution: 8, demand: 0.2, supply: 0.5}",
                            "elasticities: {substitution: 8, demand: 0.2, supply: 0.5, by_region: {KAZ: {demand: 0.1}}}");
        }
        assertRefused(what, text, location, advice);
    }

    @Test
    void eachOldKeyIsReportedOnceWithItsNewForm() {
        Scenario scenario = LOADER.read(
                "old.yaml",
                HEAD + BAN
                        + "inventories: [{region: KOR, months_of_demand: 2, refill_months: 7, max_draw_months: 0.5}]\n");

        assertThat(scenario.warnings())
                .containsExactly(
                        "old.yaml line 13, field inventories[0].months_of_demand: deprecated. Write cover: 2 months.",
                        "old.yaml line 13, field inventories[0].refill_months: deprecated. Write refill: 7 months.",
                        "old.yaml line 13, field inventories[0].max_draw_months: deprecated. Write max_draw: 0.5 months.");
        assertThat(scenario.inventories().get(0).refillMonths()).isEqualTo(7);
    }

    @Test
    void anUnknownBaselineSuggestsTheClosest() {
        assertRefused(
                "an unknown baseline",
                (HEAD + BAN).replace("ndfeb-magnets-2024", "ndfeb-magnet-2024"),
                "line 5, field baseline",
                "Did you mean 'ndfeb-magnets-2024'?");
    }

    @Test
    void aBaselineOutsideTheAllowedFoldersIsRefusedWithoutItsContent(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "password: hunter2\n");
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        Files.createSymbolicLink(folder.resolve("link.yaml"), secret);
        for (String reference : new String[] {
            "../secret.yaml", "../secret", secret.toString(), "../../../../etc/passwd", "../none.yaml", "./link"
        }) {
            String text = (HEAD + BAN).replace("ndfeb-magnets-2024", reference);
            assertThatThrownBy(() -> LOADER.read(folder.resolve("mine.yaml").toString(), text))
                    .as(reference)
                    .isInstanceOf(ScenarioException.class)
                    .hasMessageContaining("line 5, field baseline")
                    .hasMessageNotContaining("hunter2")
                    .hasMessageNotContaining("password")
                    .hasMessageContaining("is outside the folders baselines may come from")
                    .hasMessageContaining("--baseline-dir");
        }
    }

    private static void assertRefused(String what, String text, String location, String advice) {
        assertThatThrownBy(() -> LOADER.read("broken.yaml", text))
                .as(what + "\n" + text)
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("Invalid scenario broken.yaml " + location)
                .hasMessageContaining(advice);
    }
}
