package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.indicator.Concentration;
import org.chokepoint.knowledge.indicator.GeoPolRisk;
import org.chokepoint.knowledge.indicator.GovernanceScores;
import org.chokepoint.knowledge.indicator.ProducerShare;
import org.chokepoint.knowledge.indicator.ProductionConcentration;
import org.chokepoint.knowledge.indicator.SupplierConcentration;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.Stage;
import org.chokepoint.model.unit.QuantityFormat;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint risk}: how concentrated production is, per stage of a chain, from sourced data. */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = {
            "Supply-risk indicators per stage of a commodity chain: producer shares of world output, the"
                    + " Herfindahl-Hirschman index (0-10,000) and the top-3 share, for the latest year with data,"
                    + " each from one source. Stages without data say so; nothing is filled in."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint risk rare-earths",
            "  chokepoint risk graphite --top 5",
            "  chokepoint risk graphite --scores wgi-scores.csv   # adds the GeoPolRisk index",
            "  chokepoint risk"
        })
final class RiskCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(
            arity = "0..1",
            paramLabel = "GOOD",
            description = "A chain (rare-earths, graphite, 稀土); all chains when left out.")
    private String good;

    @Option(
            names = "--scores",
            paramLabel = "FILE",
            description =
                    "A CSV of country,score (governance or instability, 0 = no risk) for the GeoPolRisk index per importer.")
    private java.nio.file.Path scores;

    @Option(names = "--statements", description = "List every statement each figure rests on, with its id and quote.")
    private boolean statements;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "5",
            description = "Producers to list per stage (default: ${DEFAULT-VALUE}).")
    private int top;

    @Override
    public void run() {
        ReferenceData reference = ReferenceData.load();
        List<Chain> chains = good == null
                ? reference.commodities().chains()
                : List.of(reference
                        .commodities()
                        .find(good)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown chain '" + good + "'."
                                + System.lineSeparator() + "See chokepoint commodities.")));
        List<Concentration> concentrations;
        List<SupplierConcentration.Dependence> dependences;
        List<GeoPolRisk> geoPolRisks = List.of();
        try (DuckDbStore knowledge = store.openForReading()) {
            if (scores != null) {
                GovernanceScores scored = GovernanceScores.read(scores, reference.countries());
                geoPolRisks = GeoPolRisk.of(knowledge.find(StatementQuery.all()), scored);
            }
            concentrations = ProductionConcentration.of(
                    knowledge.find(StatementQuery.all().withProperty(Property.PRODUCTION)));
            dependences =
                    SupplierConcentration.of(knowledge.find(StatementQuery.all().withProperty(Property.IMPORT_VALUE)));
        }
        Map<String, Concentration> latest = new LinkedHashMap<>();
        concentrations.forEach(c -> latest.putIfAbsent(c.good(), c));
        PrintWriter out = spec.commandLine().getOut();
        for (Chain chain : chains) {
            out.println(chain.english() + " (" + chain.id() + ")");
            List<String> missing = new ArrayList<>();
            for (Stage stage : chain.stages()) {
                String key = chain.id() + "/" + stage.id();
                Optional<Concentration> found = Optional.ofNullable(latest.get(key));
                List<SupplierConcentration.Dependence> importers = dependences.stream()
                        .filter(d -> d.concentration().good().equals(key))
                        .toList();
                if (found.isEmpty() && importers.isEmpty()) {
                    missing.add(stage.id().slug());
                    continue;
                }
                found.ifPresent(c -> print(stage, c, out));
                if (!importers.isEmpty()) {
                    printImporters(stage, importers, out);
                }
                List<GeoPolRisk> risks =
                        geoPolRisks.stream().filter(g -> g.good().equals(key)).toList();
                if (!risks.isEmpty()) {
                    printGeoPolRisk(stage, risks, out);
                }
            }
            if (!missing.isEmpty()) {
                out.println("  no production or trade data for: " + String.join(", ", missing));
            }
            out.println();
        }
    }

    private void printImporters(Stage stage, List<SupplierConcentration.Dependence> importers, PrintWriter out) {
        List<SupplierConcentration.Dependence> exposed = importers.stream()
                .sorted(java.util.Comparator.comparingDouble((SupplierConcentration.Dependence d) ->
                                d.concentration().largest().orElseThrow().share())
                        .reversed())
                .limit(top)
                .toList();
        Concentration any = exposed.get(0).concentration();
        out.println("  " + stage.name() + ", imports " + any.period() + ": the " + exposed.size()
                + " most dependent of " + importers.size() + " importers on their largest supplier");
        TextTable table = new TextTable("    IMPORTER", "LARGEST SUPPLIER", "SHARE", "IMPORTS", "SUPPLIER HHI");
        for (SupplierConcentration.Dependence d : exposed) {
            ProducerShare largest = d.concentration().largest().orElseThrow();
            table.row(
                    "    " + d.importer().label() + " (" + d.importer().id() + ")",
                    largest.label(),
                    Describe.percent(largest.share()),
                    QuantityFormat.readable(d.concentration().total()),
                    String.valueOf(Math.round(d.concentration().hhi())));
        }
        table.print(out);
        out.println("    from " + any.sourceId() + " (import values; re-imports left out)");
        exposed.forEach(d -> listStatements(d.concentration().used(), out));
    }

    private void printGeoPolRisk(Stage stage, List<GeoPolRisk> risks, PrintWriter out) {
        out.println("  " + stage.name() + ", GeoPolRisk " + risks.get(0).period() + " (scores from " + scores + ")");
        TextTable table =
                new TextTable("    IMPORTER", "GEOPOLRISK", "HHI", "IMPORT SHARE OF SUPPLY", "UNSCORED SUPPLIERS");
        for (GeoPolRisk risk : risks.stream().limit(top).toList()) {
            table.row(
                    "    " + risk.importer().label() + " (" + risk.importer().id() + ")",
                    QuantityFormat.readableNumber(risk.index()),
                    QuantityFormat.readableNumber(risk.hhi()),
                    Describe.percent(risk.importShareOfSupply()),
                    risk.unscored().isEmpty()
                            ? "-"
                            : String.valueOf(risk.unscored().size()));
        }
        table.print(out);
        out.println("    HHI_A x sum_i g_i f_Ai / (p_A + F_A), engine.md 5a; unscored suppliers count as zero risk");
    }

    private void listStatements(List<org.chokepoint.knowledge.Statement> used, PrintWriter out) {
        if (statements) {
            for (org.chokepoint.knowledge.Statement s : used) {
                out.println("      " + s.id() + "  " + s.subject().label() + ": " + Describe.value(s) + "  ["
                        + s.source().id() + "]  " + s.quote());
            }
        }
    }

    private void print(Stage stage, Concentration c, PrintWriter out) {
        out.println("  " + stage.name() + ", " + c.period() + ": HHI " + Math.round(c.hhi()) + ", top 3 "
                + Describe.percent(c.topThree()) + " of " + QuantityFormat.readable(c.total())
                + (c.totalIsReported()
                        ? " (world total as reported)"
                        : " (sum of producers; no world total reported)"));
        TextTable table = new TextTable("    PRODUCER", "SHARE", "PRODUCTION");
        for (ProducerShare share : c.shares().stream().limit(top).toList()) {
            table.row(
                    "    " + share.label() + " (" + share.producer() + ")",
                    Describe.percent(share.share()),
                    Describe.value(share.statement()));
        }
        table.print(out);
        if (!c.withheld().isEmpty()) {
            out.println("    withheld by the source, not in the shares: " + String.join(", ", c.withheld()));
        }
        out.println("    from " + c.used().size() + " statements of " + c.sourceId());
        listStatements(c.used(), out);
    }
}
