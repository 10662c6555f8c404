package org.chokepoint.engine.run;

/**
 * How the stages of a chain agreed in one month (engine.md section 4): the rounds of solving them in
 * turn and the largest change of any input buyer's derived demand in the last round, which is below
 * the tolerance when they agreed.
 *
 * @param stages the goods of the chain, top first (compounds, metals, magnets)
 * @param period the month
 * @param rounds rounds of caps top-down and derived demand bottom-up
 * @param lastChange the largest change of a derived-demand factor in the last round (a fraction)
 * @param tolerance the change below which the stages agree
 */
public record ChainRow(String stages, String period, int rounds, double lastChange, double tolerance) {}
