package org.chokepoint.engine.run;

/**
 * How the stages of a chain agreed in one month (engine.md section 4): the rounds of solving them in
 * turn and, in the last round, the largest gap between an input buyer's derived demand and what the
 * output of the stage below asked for, which is below the tolerance when they agreed.
 *
 * @param stages the goods of the chain, top first (compounds, metals, magnets)
 * @param period the month
 * @param rounds rounds of caps top-down and derived demand bottom-up
 * @param lastChange that largest gap in the last round, as a fraction of the buyer's demand
 * @param tolerance the change below which the stages agree
 */
public record ChainRow(String stages, String period, int rounds, double lastChange, double tolerance) {}
