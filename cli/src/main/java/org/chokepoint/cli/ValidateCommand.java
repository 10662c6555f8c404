package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.List;
import org.chokepoint.engine.baseline.BaselineFlow;
import org.chokepoint.engine.scenario.ResolvedScenario;
import org.chokepoint.engine.scenario.Scenario;
import org.chokepoint.engine.uncertainty.Spread;
import org.chokepoint.model.source.Citation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks a scenario file and prints it resolved, with every baseline figure and its sources. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a scenario file without running it: unknown keys, countries, groups, instruments, dates and"
                    + " ranges fail with the file, line and field.",
            "Prints the resolved scenario and every baseline figure with its origin and sources."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  chokepoint validate scenarios/china-magnet-export-ban.yaml"})
final class ValidateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private Scenarios scenarios;

    @Override
    public void run() {
        Scenario scenario = scenarios.load(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        out.println("valid: " + scenario.file());
        out.println();
        out.print(ResolvedScenario.text(scenario));
        out.println();
        out.println("Baseline " + scenario.baseline().id() + " ("
                + scenario.baseline().good() + ", "
                + scenario.baseline().period() + ", " + scenario.baseline().unit() + "/yr; price "
                + Format.number(scenario.baseline().price()) + " USD/"
                + scenario.baseline().unit() + ": "
                + scenario.baseline().priceHow() + "):");
        TextTable table = new TextTable("SELLER", "BUYER", "QUANTITY", "ORIGIN", "HOW", "SOURCES");
        for (BaselineFlow flow : scenario.baseline().flows()) {
            table.row(
                    flow.seller(),
                    flow.buyer(),
                    Format.number(flow.quantity()),
                    flow.origin(),
                    flow.assumption()
                            .map(a -> "ASSUMPTION: " + a
                                    + flow.how().map(h -> "; " + h).orElse(""))
                            .orElse(flow.how().orElse("")),
                    String.join(
                            "; ",
                            flow.sources().stream().map(Citation::shortForm).toList()));
        }
        table.print(out);
        List<BaselineFlow> spread = scenario.baseline().flows().stream()
                .filter(flow -> flow.spread().isPresent())
                .toList();
        if (!spread.isEmpty()) {
            out.println();
            out.println("Figures where sources disagree or give a range: Monte Carlo draws draw them"
                    + " (a range evenly, alternatives each as likely as the stated value); a single run uses"
                    + " the stated quantity:");
            TextTable spreads = new TextTable("SELLER", "BUYER", "STATED", "DRAWN FROM", "WHY", "SOURCES");
            for (BaselineFlow flow : spread) {
                Spread figure = flow.spread().orElseThrow();
                spreads.row(
                        flow.seller(),
                        flow.buyer(),
                        Format.number(flow.quantity()),
                        figure.describe(flow.quantity()),
                        figure.how(),
                        String.join(
                                "; ",
                                figure.sources().stream()
                                        .map(Citation::shortForm)
                                        .toList()));
            }
            spreads.print(out);
        }
        if (!scenario.baseline().tariffs().isEmpty()) {
            out.println();
            out.println("Tariffs in force in the baseline:");
            TextTable tariffs = new TextTable("FROM", "TO", "RATE", "HOW", "SOURCES");
            scenario.baseline()
                    .tariffs()
                    .forEach(tariff -> tariffs.row(
                            tariff.seller(),
                            tariff.buyer(),
                            Format.percent(100 * tariff.rate()).replace("+", ""),
                            tariff.how().orElse(""),
                            String.join(
                                    "; ",
                                    tariff.sources().stream()
                                            .map(Citation::shortForm)
                                            .toList())));
            tariffs.print(out);
        }
    }
}
