package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.engine.backtest.Backtests;
import org.chokepoint.engine.backtest.Episode;
import org.chokepoint.engine.backtest.EpisodeReader;
import org.chokepoint.engine.backtest.EpisodeResult;
import org.chokepoint.engine.backtest.Verdict;
import org.chokepoint.engine.run.ResultWriter;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the backtests: real episodes, the model's answer beside what was reported, with the source. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Run real episodes (backtests/*.yaml): the policy as enacted on the baseline before it, once at"
                    + " central values, and each reported outcome beside the model's value of its measure.",
            "An episode passes when every reported movement has the model's direction and the headline"
                    + " outcome lies within its tolerance, stated in the file before the model was run.",
            "Exit code 0 when every episode passes, " + BacktestCommand.FAILED + " when one fails,"
                    + " 1 for a malformed file. The format is in docs/backtests.md."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint backtest                                 # all shipped",
            "  chokepoint backtest russia-car-recycling-fee-2024   # one shipped",
            "  chokepoint backtest my/episode.yaml                 # your own",
            "  chokepoint backtest --out results/backtests         # with tables"
        })
final class BacktestCommand implements Callable<Integer> {

    /** Exit code when an episode fails (the model missed it), as opposed to a malformed file. */
    static final int FAILED = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME",
            description = "An episode file, or the name of a shipped episode; all shipped ones if omitted.")
    private String name;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write each episode's tables, resolved scenario and resolved episode into DIR/NAME.")
    private Path out;

    @Override
    public Integer call() {
        if (out != null) {
            ResultWriter.checkWritable(out);
        }
        List<Path> files = files();
        EpisodeReader reader = new EpisodeReader(Scenarios.loader());
        List<Episode> episodes = new ArrayList<>();
        for (Path file : files) {
            episodes.add(reader.load(file));
        }
        ScenarioRunner runner = new ScenarioRunner(ReferenceData.load());
        PrintWriter printer = spec.commandLine().getOut();
        int passed = 0;
        int outcomes = 0;
        int outcomesPassed = 0;
        for (Episode episode : episodes) {
            EpisodeResult result = Backtests.run(episode, runner);
            print(result, printer);
            if (out != null) {
                Path folder = out.resolve(episode.name());
                int written = Backtests.write(result, folder).size();
                spec.commandLine().getErr().println("wrote " + written + " files to " + folder.toAbsolutePath());
            }
            passed += result.passes() ? 1 : 0;
            outcomes += result.verdicts().size();
            outcomesPassed +=
                    (int) result.verdicts().stream().filter(Verdict::passes).count();
        }
        printer.printf(
                Locale.ROOT,
                "total: %d of %d episodes pass; %d of %d outcomes within tolerance and of the reported direction%n",
                passed,
                episodes.size(),
                outcomesPassed,
                outcomes);
        printer.flush();
        return passed == episodes.size() ? 0 : FAILED;
    }

    private List<Path> files() {
        Path folder = Home.data().toAbsolutePath().getParent().resolve("backtests");
        if (name == null) {
            List<Path> all = Backtests.episodes(folder);
            if (all.isEmpty()) {
                throw new IllegalArgumentException("No episodes in " + folder);
            }
            return all;
        }
        Path path = Path.of(name);
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        Path shipped = folder.resolve(name.endsWith(".yaml") ? name : name + ".yaml");
        if (!Files.isRegularFile(shipped)) {
            List<String> known = Backtests.episodes(folder).stream()
                    .map(p -> p.getFileName().toString().replace(".yaml", ""))
                    .toList();
            throw new IllegalArgumentException(
                    "No episode file " + name + "; shipped episodes: " + String.join(", ", known));
        }
        return List.of(shipped);
    }

    private static void print(EpisodeResult result, PrintWriter out) {
        Episode episode = result.episode();
        out.println(episode.name() + ": " + episode.title());
        out.println("  scenario " + episode.scenario().name() + " on baseline "
                + episode.scenario().baseline().id() + ", " + episode.scenario().start() + " to "
                + episode.scenario().end() + ", one run at central values");
        for (Verdict verdict : result.verdicts()) {
            var outcome = verdict.outcome();
            out.println("  " + (outcome.headline() ? "[headline] " : "") + outcome.measured());
            out.println("    model     " + outcome.measure().describe() + ": "
                    + Format.percent(verdict.model().value()));
            out.printf(
                    Locale.ROOT,
                    "    reported  %s (%s), tolerance ±%.1f pp: gap %s pp, direction %s, %s tolerance: %s%n",
                    Format.percent(outcome.reported().value()),
                    outcome.direction().word(),
                    outcome.tolerance().value(),
                    Double.isNaN(verdict.gap().value())
                            ? "-"
                            : String.format(Locale.ROOT, "%+.1f", verdict.gap().value()),
                    verdict.directionRight() ? "right" : "WRONG",
                    verdict.withinTolerance() ? "within" : "outside",
                    verdict.passes() ? "PASS" : "FAIL");
            out.println("    source    " + outcome.source().citation().shortForm());
            out.println("              \"" + outcome.source().quote() + "\"");
        }
        out.println("  episode " + episode.name() + ": " + (result.passes() ? "PASS" : "FAIL")
                + (result.passes() ? "" : " (" + reason(result) + ")"));
        out.println();
    }

    private static String reason(EpisodeResult result) {
        List<String> reasons = new ArrayList<>();
        result.verdicts().stream()
                .filter(v -> !v.directionRight())
                .forEach(v -> reasons.add("wrong direction: " + v.outcome().measured()));
        Verdict headline = result.verdicts().stream()
                .filter(v -> v.outcome().headline())
                .findFirst()
                .orElseThrow();
        if (!headline.withinTolerance()) {
            reasons.add(String.format(
                    Locale.ROOT,
                    "headline off by %s pp, tolerance %.1f pp",
                    Double.isNaN(headline.gap().value())
                            ? "an unknown amount"
                            : String.format(Locale.ROOT, "%+.1f", headline.gap().value()),
                    headline.outcome().tolerance().value()));
        }
        return String.join("; ", reasons);
    }
}
