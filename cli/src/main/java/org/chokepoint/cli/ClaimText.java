package org.chokepoint.cli;

import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.statement.StatedClaim;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Statement;

/** Short texts for claims on the terminal: the figure marked in its context, its value, and where it stands. */
final class ClaimText {

    /** Characters of context shown on each side of a figure. */
    private static final int CONTEXT = 16;

    private ClaimText() {}

    /** "…雙邊貿易額約[410億美元]，創下歷史新高。": the figure in brackets with a little of its line around it. */
    static String inContext(String text, Span evidence) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, evidence.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', evidence.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, evidence.start() - CONTEXT);
        int to = Math.min(lineEnd, evidence.end() + CONTEXT);
        return (from > lineStart ? "…" : "")
                + text.substring(from, evidence.start()).stripLeading()
                + "[" + evidence.of(text) + "]"
                + text.substring(evidence.end(), to).stripTrailing()
                + (to < lineEnd ? "…" : "");
    }

    /** The figure as stored, or as read where it cannot be stored. */
    static String value(StatedClaim stated) {
        if (stated.statement().isPresent()) {
            return Describe.value(stated.statement().get());
        }
        QuantityMention q = stated.claim().quantity().orElseThrow();
        return figure(q) + " " + q.unit();
    }

    /** "~94.0 to 125": a figure as read, its range and hedge shown, without its unit. */
    static String figure(QuantityMention q) {
        String v = q.isRange() ? Format.number(q.low()) + " to " + Format.number(q.high()) : Format.number(q.low());
        return (q.approximate() ? "~" : "") + v;
    }

    /** "reserves, China (CHN), rare-earths, 2023-12": what the figure is about. */
    static String fact(StatedClaim stated) {
        if (stated.statement().isPresent()) {
            Statement s = stated.statement().get();
            return s.property().key() + ", " + s.subject().label() + " ("
                    + s.subject().id() + ")"
                    + s.counterpart()
                            .map(c -> " with " + c.label() + " (" + c.id() + ")")
                            .orElse("")
                    + s.good().map(g -> ", " + g.key()).orElse("")
                    + ", " + s.period().map(Object::toString).orElse("undated");
        }
        return stated.claim().property() + ", "
                + stated.claim()
                        .subject()
                        .map(s -> s.label() + " (" + s.id() + ")")
                        .orElse("no subject") + ", "
                + stated.claim().date().map(Object::toString).orElse("undated");
    }
}
