package org.chokepoint.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chokepoint.engine.scenario.ScenarioLoader;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Every shipped episode reads and binds (without running it). */
class ShippedEpisodesLoadTest {

    @Test
    void everyShippedEpisodeReads() {
        EpisodeReader reader =
                new EpisodeReader(new ScenarioLoader(ReferenceData.load(), Path.of("../data/baselines")));
        for (Path file : Backtests.episodes(Path.of("../backtests"))) {
            Episode episode = reader.load(file);
            assertThat(episode.outcomes()).as(file.toString()).isNotEmpty();
        }
    }
}
