package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.knowledge.Conflict;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.indicator.Briefing;
import org.chokepoint.knowledge.indicator.Concentration;
import org.chokepoint.knowledge.indicator.ProducerShare;
import org.chokepoint.knowledge.indicator.SupplierConcentration;
import org.chokepoint.model.unit.QuantityFormat;

/** The briefing as a self-contained HTML page: tables, and every source numbered at the end. */
final class BriefingReport {

    private final List<Source> sources = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();

    private BriefingReport() {}

    static String html(Briefing briefing) {
        return new BriefingReport().render(briefing);
    }

    private String render(Briefing briefing) {
        html.append(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Chokepoint briefing</title>\n")
                .append(
                        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append(
                        "table{border-collapse:collapse;margin:1rem 0}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}")
                .append(
                        "th{background:#f4f4f4}td.n{text-align:right}sup{color:#06c}.q{color:#555;font-size:.9em}</style></head><body>\n")
                .append("<h1>Chokepoint briefing</h1>\n<p>")
                .append(briefing.statements())
                .append(" sourced statements from ")
                .append(briefing.sources())
                .append(" sources. Every figure links to its source below.</p>\n");
        stages(briefing);
        importers(briefing);
        disagreements(briefing);
        html.append("<h2>Sources</h2>\n<ol>\n");
        for (Source source : sources) {
            html.append("<li id=\"s")
                    .append(sources.indexOf(source) + 1)
                    .append("\">")
                    .append(escape(source.citation().shortForm()))
                    .append(" <code>")
                    .append(escape(source.id()))
                    .append("</code></li>\n");
        }
        html.append("</ol>\n</body></html>\n");
        return html.toString();
    }

    private void stages(Briefing briefing) {
        html.append(
                "<h2>Most concentrated stages</h2>\n<table><tr><th>Stage</th><th>Year</th><th>HHI</th><th>Top 3</th><th>Producers (share of world output)</th></tr>\n");
        for (Concentration c : briefing.concentratedStages()) {
            html.append("<tr><td>")
                    .append(escape(c.good()))
                    .append("</td><td>")
                    .append(c.period())
                    .append("</td><td class=\"n\">")
                    .append(Math.round(c.hhi()))
                    .append("</td><td class=\"n\">")
                    .append(Describe.percent(c.topThree()))
                    .append("</td><td>");
            for (ProducerShare share : c.shares().stream().limit(4).toList()) {
                html.append(escape(share.label()))
                        .append(' ')
                        .append(Describe.percent(share.share()))
                        .append("; ");
            }
            html.append(cite(c.used().get(0).source())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void importers(Briefing briefing) {
        html.append(
                "<h2>Importers most dependent on one supplier</h2>\n<table><tr><th>Importer</th><th>Good</th><th>Year</th><th>Largest supplier</th><th>Share</th><th>Imports</th></tr>\n");
        for (SupplierConcentration.Dependence d : briefing.exposedImporters()) {
            Concentration c = d.concentration();
            ProducerShare largest = c.largest().orElseThrow();
            html.append("<tr><td>")
                    .append(escape(d.importer().label()))
                    .append("</td><td>")
                    .append(escape(c.good()))
                    .append("</td><td>")
                    .append(c.period())
                    .append("</td><td>")
                    .append(escape(largest.label()))
                    .append("</td><td class=\"n\">")
                    .append(Describe.percent(largest.share()))
                    .append("</td><td class=\"n\">")
                    .append(escape(QuantityFormat.readable(c.total())))
                    .append(cite(largest.statement().source()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void disagreements(Briefing briefing) {
        html.append("<h2>Where sources disagree</h2>\n<table><tr><th>Fact</th><th>Value</th><th>Quote</th></tr>\n");
        for (Conflict conflict : briefing.disagreements()) {
            Statement first = conflict.first();
            String fact = first.subject().label() + ", " + first.property().key() + ", " + Describe.good(first) + ", "
                    + Describe.period(first);
            for (Statement s : conflict.statements()) {
                html.append("<tr><td>")
                        .append(escape(fact))
                        .append("</td><td>")
                        .append(escape(Describe.value(s)))
                        .append(cite(s.source()))
                        .append("</td><td class=\"q\" lang=\"")
                        .append(escape(s.language()))
                        .append("\">")
                        .append(escape(s.quote()))
                        .append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private String cite(Source source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
        int number = sources.indexOf(source) + 1;
        return " <sup><a href=\"#s" + number + "\">[" + number + "]</a></sup>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
