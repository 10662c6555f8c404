package org.chokepoint.cli;

import java.nio.file.Path;
import org.chokepoint.engine.run.Csv;
import org.chokepoint.engine.run.ResultJson;
import org.chokepoint.engine.run.ResultTables;
import org.chokepoint.engine.run.ResultWriter;
import org.chokepoint.engine.run.ScenarioResult;
import org.chokepoint.engine.run.ScenarioRunner;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.spec.ScenarioSpec;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a scenario and prints its summary or its tables. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario on its baseline: monthly steps over its horizon, Monte Carlo draws when it has them.",
            "Prints the largest shortfalls, price moves, industries hit and winners and losers;"
                    + " --out writes tidy CSV and JSON tables and the resolved scenario."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint run china-magnet-export-ban",
            "  chokepoint run scenarios/china-magnet-licensing-50pct.yaml --out results/licensing",
            "  chokepoint run china-magnet-export-ban --format csv --draws 0",
            "  chokepoint run my/scenario.yaml --baseline-dir my/baselines"
        })
final class RunCommand implements Runnable {

    enum OutputFormat {
        TABLE,
        CSV,
        JSON
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private Scenarios scenarios;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write the result tables and the resolved scenario here.")
    private Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description =
                    "table (a summary), csv (the markets table) or json (every table). Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(
            names = "--draws",
            paramLabel = "N",
            description = "Monte Carlo draws (0 for one run at central values); overrides the file.")
    private Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws; overrides the file.")
    private Long seed;

    @Override
    public void run() {
        if (out != null) {
            ResultWriter.checkWritable(out);
        }
        if (draws != null && (draws < 0 || draws > ScenarioSpec.MAX_DRAWS)) {
            throw new IllegalArgumentException(
                    "--draws must be between 0 and " + ScenarioSpec.MAX_DRAWS + ", not " + draws);
        }
        Scenario scenario = scenarios.load(spec.commandLine().getErr());
        if (draws != null || seed != null) {
            scenario =
                    scenario.withDraws(draws != null ? draws : scenario.draws(), seed != null ? seed : scenario.seed());
        }
        ScenarioResult result = new ScenarioRunner(ReferenceData.load()).run(scenario);
        var writer = spec.commandLine().getOut();
        switch (format) {
            case CSV -> writer.print(Csv.of(ResultTables.of(result).get("markets")));
            case JSON -> writer.print(ResultJson.of(result));
            default -> new RunSummary(result, scenarios.name()).print(writer);
        }
        if (out != null) {
            var written = ResultWriter.write(result, out);
            spec.commandLine().getErr().println("wrote " + written.size() + " files to " + out.toAbsolutePath());
        }
        writer.flush();
    }
}
