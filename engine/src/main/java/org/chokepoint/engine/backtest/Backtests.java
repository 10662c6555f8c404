package org.chokepoint.engine.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.engine.run.ResultWriter;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;

/**
 * Runs episodes: each scenario once at central values (its Monte Carlo settings ignored, so that a
 * verdict is one number, the same on every machine), then every outcome's measure on the result.
 */
public final class Backtests {

    private Backtests() {}

    /** The episode files of {@code folder}: its {@code *.yaml} files, by name; files they use sit in subfolders. */
    public static List<Path> episodes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backtests in " + folder, e);
        }
    }

    /** The episode's verdicts, from one run of its scenario at central values. */
    public static EpisodeResult run(Episode episode, ScenarioRunner runner) {
        ScenarioResult result =
                runner.run(episode.scenario().withDraws(0, episode.scenario().seed()));
        return evaluate(episode, result);
    }

    /**
     * Writes an episode's result into {@code dir}: the scenario's tables and resolved scenario
     * ({@link ResultWriter}), so that every printed value can be traced to its flows, and
     * episode.resolved.yaml, which names that scenario and reruns to the same verdicts.
     */
    public static List<Path> write(EpisodeResult result, Path dir) {
        List<Path> written = new ArrayList<>(ResultWriter.write(result.result(), dir));
        Path episode = dir.resolve("episode.resolved.yaml");
        try {
            Files.writeString(episode, EpisodeWriter.write(result.episode(), "./scenario.resolved.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + episode, e);
        }
        written.add(episode);
        return written;
    }

    /** The episode's verdicts on a result of its scenario. */
    public static EpisodeResult evaluate(Episode episode, ScenarioResult result) {
        return new EpisodeResult(
                episode,
                result,
                episode.outcomes().stream()
                        .map(outcome -> new Verdict(outcome, outcome.measure().evaluate(result)))
                        .toList());
    }
}
