package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.EndUse;
import org.chokepoint.model.commodity.HsCode;
import org.chokepoint.model.commodity.InputCoefficient;
import org.chokepoint.model.commodity.InputDependence;
import org.chokepoint.model.commodity.Provenance;
import org.chokepoint.model.commodity.Stage;
import org.chokepoint.model.commodity.Substitution;
import org.chokepoint.model.source.Citation;
import org.chokepoint.model.unit.QuantityFormat;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.commodity.CommodityCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint commodities}: lists the chains, or prints one as a tree from ore to end use. */
@Command(
        name = "commodities",
        mixinStandardHelpOptions = true,
        description = {
            "List commodity chains, or print one chain as a tree: its stages with HS codes and units,"
                    + " the input coefficients between stages (each with its source or marked as an assumption),"
                    + " and the industries that use each stage."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint commodities",
            "  chokepoint commodities rare-earths",
            "  chokepoint commodities 稀土",
            "  chokepoint commodities LNG"
        })
final class CommoditiesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "CHAIN",
            description = "A chain's id or name in English or Chinese, e.g. rare-earths, graphite, 稀土, LNG.")
    private String chain;

    @Override
    public void run() {
        CommodityCatalog catalog = ReferenceData.load().commodities();
        PrintWriter out = spec.commandLine().getOut();
        if (chain == null) {
            list(catalog, out);
            return;
        }
        Chain found = catalog.find(chain)
                .orElseThrow(() -> new IllegalArgumentException("Unknown chain '" + chain + "'."
                        + System.lineSeparator() + "Known chains: "
                        + catalog.chains().stream().map(c -> c.id().slug()).collect(Collectors.joining(", ")) + "."));
        tree(found, catalog, out);
    }

    private static void list(CommodityCatalog catalog, PrintWriter out) {
        TextTable table = new TextTable("CHAIN", "NAME", "中文", "STAGES", "HS CODES");
        for (Chain chain : catalog.chains()) {
            table.row(
                    chain.id().slug(),
                    chain.english(),
                    chain.chinese().isEmpty() ? "" : chain.chinese().get(0),
                    chain.stages().stream().map(s -> s.id().slug()).collect(Collectors.joining(" > ")),
                    chain.stages().stream()
                            .flatMap(s -> s.hsCodes().stream())
                            .map(HsCode::code)
                            .distinct()
                            .collect(Collectors.joining(" ")));
        }
        table.print(out);
    }

    private static void tree(Chain chain, CommodityCatalog catalog, PrintWriter out) {
        List<Citation> cited = new ArrayList<>();
        out.println(chain.english() + " (" + chain.id() + ")"
                + (chain.chinese().isEmpty() ? "" : " " + String.join(" / ", chain.chinese())));
        List<Stage> stages = chain.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            boolean last = i == stages.size() - 1;
            String branch = last ? "└─ " : "├─ ";
            String under = last ? "   " : "│  ";
            out.println(branch + stage.name() + "  [" + stage.id() + ", " + stage.level() + ", in "
                    + stage.unit().symbol() + "]");
            stage.note().ifPresent(note -> out.println(under + "   note: " + note));
            if (stage.hsCodes().isEmpty()) {
                out.println(under + "   HS: none (not traded as such)");
            }
            for (HsCode code : stage.hsCodes()) {
                out.println(under + "   HS " + code.label()
                        + code.note().map(n -> ": " + n).orElse(""));
            }
            for (InputCoefficient input : chain.inputsOf(stage.id())) {
                Stage from = chain.stage(input.input()).orElseThrow();
                out.println(under + "   needs "
                        + QuantityFormat.readableNumber(input.amount().value()) + " "
                        + from.unit().symbol() + " of " + from.id() + " per "
                        + stage.unit().symbol());
                out.println(under + "     " + describe(input.provenance(), cited));
                out.println(
                        under + "     cost share " + percent(input.costShare().value()) + "; "
                                + describe(input.costShare().provenance(), cited));
            }
            for (EndUse use : chain.usesOf(stage.id())) {
                String share = use.share()
                        .map(s -> " (" + QuantityFormat.readableNumber(s * 100) + "%)")
                        .orElse("");
                String why =
                        use.provenance().map(p -> "; " + describe(p, cited)).orElse("");
                out.println(
                        under + "   used by " + catalog.industry(use.industry()).english() + share + why);
                InputDependence dependence = use.dependence();
                out.println(under + "     cover "
                        + QuantityFormat.readableNumber(
                                dependence.cover().value().to(Units.MONTH).value()) + " months; "
                        + describe(dependence.cover().provenance(), cited));
                out.println(under + "     cost share "
                        + percent(dependence.costShare().value()) + "; "
                        + describe(dependence.costShare().provenance(), cited));
                Substitution substitution = dependence.substitution().value();
                out.println(under + "     substitution up to " + percent(substitution.limit()) + " after "
                        + QuantityFormat.readableNumber(
                                substitution.after().to(Units.MONTH).value()) + " months; "
                        + describe(dependence.substitution().provenance(), cited));
                out.println(under + "     role " + percent(dependence.role().value()) + " of its output; "
                        + describe(dependence.role().provenance(), cited));
            }
        }
        if (!cited.isEmpty()) {
            out.println();
            out.println("Sources:");
            for (int i = 0; i < cited.size(); i++) {
                out.println("  [" + (i + 1) + "] " + cited.get(i).shortForm());
            }
        }
    }

    private static String percent(double share) {
        return QuantityFormat.readableNumber(share * 100) + "%";
    }

    /** An assumption in full; a source as a numbered reference to the list printed after the tree. */
    private static String describe(Provenance provenance, List<Citation> cited) {
        if (provenance instanceof Provenance.Sourced sourced) {
            if (!cited.contains(sourced.citation())) {
                cited.add(sourced.citation());
            }
            return "source [" + (cited.indexOf(sourced.citation()) + 1) + "]";
        }
        return provenance.describe();
    }
}
