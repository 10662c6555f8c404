package org.chokepoint.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shared Newton solver on one-unknown equations, where its report can be checked by hand. */
class DampedNewtonTest {

    /** f(x) = x^2 - c, with f'(x) = 2x. */
    record Square(double x, double c) implements DampedNewton.Point {

        Square(double[] z, double c) {
            this(z[0], c);
        }

        @Override
        public double[] residual() {
            return new double[] {x * x - c};
        }

        @Override
        public double[][] jacobian() {
            return new double[][] {{2 * x}};
        }
    }

    @Test
    void findsTheRootAndReportsTheStepsTaken() {
        DampedNewton.Result<Square> result = DampedNewton.solve(new double[] {1}, z -> new Square(z, 2), "x^2 = 2");

        assertThat(result.point().x()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(result.report().converged()).isTrue();
        assertThat(result.report().iterations()).isBetween(3, 8);
        assertThat(result.report().halvings()).isZero();
    }

    @Test
    void aSingularJacobianAtTheStartIsRidgedAndTheLineSearchHalvesTheHugeStep() {
        DampedNewton.Result<Square> result = DampedNewton.solve(new double[] {0}, z -> new Square(z, 2), "x^2 = 2");

        assertThat(Math.abs(result.point().x())).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(result.report().halvings()).isPositive();
    }

    @Test
    void anEquationWithoutARootIsReportedAsNotConverged() {
        DampedNewton.Result<Square> result = DampedNewton.solve(new double[] {1}, z -> new Square(z, -1), "x^2 = -1");

        assertThat(result.report().converged()).isFalse();
        assertThat(result.report().iterations()).isEqualTo(200);
        assertThat(result.report().summary()).startsWith("residual ").contains("after 200 Newton steps");
    }
}
