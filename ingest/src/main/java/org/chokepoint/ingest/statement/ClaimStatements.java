package org.chokepoint.ingest.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.unit.Amount;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Unit;
import org.chokepoint.model.unit.Units;
import org.chokepoint.reference.ReferenceData;

/**
 * Turns an article's claims into statements citing the article: the subject, the property from the vocabulary, the
 * commodity named near the figure, the trade partner for flows, the date as the period, the value in its unit, and the
 * sentence as the quote in its script's language. A claim the vocabulary cannot hold (a property it lacks, no
 * subject, a unit that is no unit of measure) gets the reason instead.
 */
public final class ClaimStatements {

    private final CommodityWords commodities;
    private final Gazetteer gazetteer;

    public ClaimStatements(CommodityWords commodities, Gazetteer gazetteer) {
        this.commodities = commodities;
        this.gazetteer = gazetteer;
    }

    public static ClaimStatements of(ReferenceData reference, Gazetteer gazetteer) {
        return new ClaimStatements(CommodityWords.of(reference.commodities()), gazetteer);
    }

    /** Each claim with its statement or the reason it has none, in the claims' order. */
    public List<StatedClaim> of(Article article, List<Claim> claims) {
        String text = article.text();
        Source source = ArticleSource.of(article);
        String articleLanguage = Script.language(text);
        Sentences sentences = Sentences.of(text);
        List<EntityMention> entities = gazetteer.find(text);
        List<StatedClaim> stated = new ArrayList<>();
        for (Claim claim : claims) {
            Span sentence = sentences.at(claim.evidence().start());
            if (claim.kind() == Claim.Kind.EVENT && datesAFigure(claims, sentence)) {
                stated.add(StatedClaim.skipped(
                        claim,
                        sentence,
                        "kind",
                        "the date of a figure in its sentence, stored as that figure's period"));
                continue;
            }
            stated.add(state(claim, text, sentence, entities, source, articleLanguage));
        }
        return stated;
    }

    private StatedClaim state(
            Claim claim, String text, Span sentence, List<EntityMention> entities, Source source, String language) {
        if (claim.kind() == Claim.Kind.EVENT) {
            return event(claim, text, sentence, source, language);
        }
        Optional<Property> property = Property.find(claim.property());
        if (property.isEmpty()) {
            return StatedClaim.skipped(
                    claim,
                    sentence,
                    "property",
                    "other".equals(claim.property())
                            ? "the clause does not say what the figure measures"
                            : "'" + claim.property() + "' is not in the vocabulary");
        }
        if (claim.subject().isEmpty()) {
            return StatedClaim.skipped(claim, sentence, "subject", "no country or entity named near the figure");
        }
        QuantityMention q = claim.quantity().orElseThrow();
        Optional<Unit> unit = Units.find(q.unit());
        if (unit.isEmpty()) {
            return StatedClaim.skipped(claim, sentence, "unit", "'" + q.unit() + "' is not a unit of measure");
        }
        Subject subject = claim.subject().get();
        Span clause = Sentences.clause(text, claim.evidence());
        Optional<Good> good = commodities
                .near(text, clause, sentence, claim.evidence())
                .map(chain -> new Good(chain, Optional.empty(), Optional.empty(), Optional.empty()));
        Optional<Subject> partner = Partners.TRADE.contains(claim.property())
                ? Partners.of(entities, subject, clause, sentence)
                : Partners.SHARE.equals(claim.property())
                        ? gazetteer
                                .country("CHN")
                                .flatMap(china -> Partners.ofShare(text, entities, subject, clause, sentence, china))
                        : Optional.empty();
        String quote = sentence.of(text).strip();
        return StatedClaim.stored(
                claim,
                sentence,
                Statement.of(
                        subject,
                        property.get(),
                        good,
                        partner,
                        claim.date(),
                        new Value.Measured(amount(q, unit.get())),
                        q.approximate(),
                        property.get() == Property.COUNT
                                ? Optional.of("counts: " + claim.evidence().of(text))
                                : Optional.empty(),
                        source,
                        quote,
                        Script.language(quote, language)));
    }

    private static boolean datesAFigure(List<Claim> claims, Span sentence) {
        return claims.stream().anyMatch(c -> c.kind() == Claim.Kind.QUANTITY && sentence.contains(c.evidence()));
    }

    /** A dated event as an 'event' statement: its subject, its date as the period, the clause as what happened. */
    private static StatedClaim event(Claim claim, String text, Span sentence, Source source, String language) {
        if (claim.subject().isEmpty()) {
            return StatedClaim.skipped(claim, sentence, "subject", "no country or entity named near the event");
        }
        String quote = sentence.of(text).strip();
        return StatedClaim.stored(
                claim,
                sentence,
                Statement.of(
                        claim.subject().get(),
                        Property.EVENT,
                        Optional.empty(),
                        Optional.empty(),
                        claim.date(),
                        new Value.Text(claim.what().isBlank() ? quote : claim.what()),
                        false,
                        Optional.empty(),
                        source,
                        quote,
                        Script.language(quote, language)));
    }

    private static Amount amount(QuantityMention q, Unit unit) {
        if (!q.isRange()) {
            return new Quantity(q.low(), unit);
        }
        return new QuantityRange(
                new Quantity(Math.min(q.low(), q.high()), unit), new Quantity(Math.max(q.low(), q.high()), unit));
    }
}
