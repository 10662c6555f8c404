package org.chokepoint.knowledge.indicator;

import java.util.List;
import java.util.Optional;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.model.unit.Quantity;

/**
 * How concentrated one stage's production is in one period: producer shares of the world total,
 * the Herfindahl-Hirschman index (sum of squared percentage shares, 0-10,000) and the top-3 share,
 * with every statement used.
 *
 * @param good the chain and stage, e.g. "rare-earths/ree-concentrate"
 * @param period the year
 * @param sourceId the one source all figures come from
 * @param total the world total the shares divide by
 * @param totalIsReported whether the source reports the total (else it is the sum of the producers)
 * @param shares producers, largest first
 * @param withheld producers whose figure the source withholds (not in the shares)
 * @param hhi the Herfindahl-Hirschman index of the shares
 * @param topThree the combined share of the three largest producers
 * @param used every statement the figures rest on
 */
public record Concentration(
        String good,
        String period,
        String sourceId,
        Quantity total,
        boolean totalIsReported,
        List<ProducerShare> shares,
        List<String> withheld,
        double hhi,
        double topThree,
        List<Statement> used) {

    public Concentration {
        shares = List.copyOf(shares);
        withheld = List.copyOf(withheld);
        used = List.copyOf(used);
    }

    /** Sorts the shares (largest first) and derives the HHI and the top-3 share from them. */
    static Concentration of(
            String good,
            String period,
            String sourceId,
            Quantity total,
            boolean totalIsReported,
            List<ProducerShare> shares,
            List<String> withheld,
            List<Statement> used) {
        List<ProducerShare> sorted = new java.util.ArrayList<>(shares);
        sorted.sort(java.util.Comparator.comparingDouble(ProducerShare::share)
                .reversed()
                .thenComparing(ProducerShare::producer));
        double hhi =
                sorted.stream().mapToDouble(p -> Math.pow(100 * p.share(), 2)).sum();
        double topThree =
                sorted.stream().limit(3).mapToDouble(ProducerShare::share).sum();
        return new Concentration(good, period, sourceId, total, totalIsReported, sorted, withheld, hhi, topThree, used);
    }

    public Optional<ProducerShare> largest() {
        return shares.stream().findFirst();
    }
}
