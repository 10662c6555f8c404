package org.chokepoint.engine.run;

/**
 * An industry's month in a region (engine.md sections 4 and 7a): the good whose market it is
 * reported from ({@code input}) and the stage it buys ({@code stage}: the input itself, or a later
 * stage the input feeds), the share of that stage's use it takes where the reference data gives
 * one (NaN otherwise), the shortage of its need, what its own stocks and substitution covered, the
 * output it lost as a share of its baseline output, and the change of its costs from the price it
 * pays, as a share of its output value (NaN where the region buys none of the input).
 */
public record IndustryRow(
        String industry,
        String region,
        String period,
        String input,
        String stage,
        double useShare,
        double shortagePct,
        double stockDrawnPct,
        double substitutedPct,
        double outputLossPct,
        double costChangePct) {}
