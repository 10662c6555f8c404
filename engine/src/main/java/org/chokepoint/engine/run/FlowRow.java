package org.chokepoint.engine.run;

/** One bilateral flow in one period, baseline and scenario, in units and in USD (engine.md section 7). */
public record FlowRow(
        String good,
        String exporter,
        String importer,
        String period,
        double baselineQty,
        double scenarioQty,
        String unit,
        double baselineValueUsd,
        double scenarioValueUsd) {}
