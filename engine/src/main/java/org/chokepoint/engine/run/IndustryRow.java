package org.chokepoint.engine.run;

/** An industry's lost output in a region and period, as a share of its baseline output (engine.md section 7a). */
public record IndustryRow(String industry, String region, String period, double outputLossPct, String input) {}
