package org.chokepoint.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An episode written with its result reads back to the same outcomes and reruns to the same
 * verdicts: the nickel episode, whose baseline is a file beside it, so that its copy is exercised.
 */
class EpisodeRoundTripTest {

    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void aWrittenEpisodeReadsBackAndRerunsToTheSameVerdicts(@TempDir Path folder) throws Exception {
        EpisodeReader reader = new EpisodeReader(new ScenarioLoader(REFERENCE, Path.of("../data/baselines")));
        ScenarioRunner runner = new ScenarioRunner(REFERENCE, 1);
        Episode episode = reader.load(Path.of("../backtests/indonesia-nickel-ore-ban-2020.yaml"));
        EpisodeResult first = Backtests.run(episode, runner);

        Backtests.write(first, folder);
        Episode again = reader.load(folder.resolve("episode.resolved.yaml"));
        EpisodeResult second = Backtests.run(again, runner);

        assertThat(Files.readString(folder.resolve("episode.resolved.yaml")))
                .contains("scenario: \"./scenario.resolved.yaml\"");
        assertThat(folder.resolve("flows.csv")).exists();
        assertThat(again.title()).isEqualTo(episode.title());
        assertThat(again.outcomes()).isEqualTo(episode.outcomes());
        assertThat(again.scenario().spec().shocks())
                .isEqualTo(episode.scenario().spec().shocks());
        assertThat(again.scenario().baseline().flows())
                .isEqualTo(episode.scenario().baseline().flows());
        assertThat(second.verdicts()).isEqualTo(first.verdicts());
        assertThat(second.passes()).isEqualTo(first.passes());
    }
}
