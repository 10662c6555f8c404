package org.chokepoint.ingest.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.statement.ClaimStatements;
import org.chokepoint.ingest.statement.StatedClaim;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.KnowledgeStore;
import org.chokepoint.knowledge.store.StatementQuery;

/**
 * Checks an article's figures against the knowledge base and against each other: each figure is
 * {@link Verdict#CORROBORATED corroborated}, {@link Verdict#CONFLICTING conflicting} or {@link Verdict#NEW new}, with
 * the statements that agree or differ (see {@link Agreement} for what counts as the same fact and the same value). A
 * figure without a date is compared with the knowledge base's figures for the year the article was published or the
 * year before, the latest it has. The article's own statements already in the store are not evidence for themselves.
 * Counts are not compared (the claim does not say what they count), nor figures the vocabulary cannot hold; those are
 * new, with the reason.
 */
public final class ClaimChecker {

    private final ClaimStatements statements;
    private final KnowledgeStore knowledge;

    public ClaimChecker(ClaimStatements statements, KnowledgeStore knowledge) {
        this.statements = statements;
        this.knowledge = knowledge;
    }

    /** The article's figures, each with its verdict, in the order of the text. Events are not checked. */
    public List<CheckedClaim> check(Article article, List<Claim> claims) {
        List<StatedClaim> figures = statements.of(article, claims).stream()
                .filter(s -> s.claim().kind() == Claim.Kind.QUANTITY)
                .toList();
        List<CheckedClaim> checked = new ArrayList<>();
        for (StatedClaim figure : figures) {
            if (figure.statement().isEmpty()) {
                checked.add(CheckedClaim.uncompared(
                        figure,
                        "not compared: " + figure.skipped().orElseThrow().reason()));
                continue;
            }
            Statement statement = figure.statement().get();
            if (statement.property() == Property.COUNT) {
                checked.add(CheckedClaim.uncompared(
                        figure, "not compared: a count, and the claim does not record what it counts"));
                continue;
            }
            List<Statement> others = Stream.concat(
                            inArticle(figure, figures).stream(), inKnowledge(statement, article).stream())
                    .filter(o -> Agreement.comparable(statement, o))
                    .toList();
            checked.add(CheckedClaim.of(
                    figure,
                    others.stream().filter(o -> Agreement.agree(statement, o)).toList(),
                    others.stream().filter(o -> !Agreement.agree(statement, o)).toList()));
        }
        return checked;
    }

    /**
     * The article's statements of the same fact and period in its other sentences. Two values of one fact in one
     * sentence are a change (from 130萬 to 237萬), a price and its discount, or parts of a whole (A holds 70%, B 30%),
     * not two accounts of one figure.
     */
    private static List<Statement> inArticle(StatedClaim figure, List<StatedClaim> figures) {
        Statement statement = figure.statement().orElseThrow();
        return figures.stream()
                .filter(other -> other != figure)
                .filter(other -> !other.sentence().equals(figure.sentence()))
                .flatMap(other -> other.statement().stream())
                .filter(other -> Agreement.sameFact(statement, other))
                .filter(other -> Agreement.samePeriod(statement.period(), other.period(), statement.property()))
                .toList();
    }

    /** The knowledge base's statements of the same fact for the figure's period, from other sources. */
    private List<Statement> inKnowledge(Statement statement, Article article) {
        List<Statement> sameFact = stored(statement).stream()
                .filter(s -> !s.source().id().equals(statement.source().id()))
                .filter(s -> Agreement.sameFact(statement, s))
                .toList();
        if (statement.period().isPresent()) {
            return sameFact.stream()
                    .filter(s -> Agreement.samePeriod(statement.period(), s.period(), statement.property()))
                    .toList();
        }
        if (article.published().isEmpty()) {
            return List.of();
        }
        int year = article.published().get().getYear();
        Optional<String> latest = sameFact.stream()
                .flatMap(s -> s.period().stream())
                .map(p -> p.iso())
                .filter(p -> p.equals(Integer.toString(year)) || p.equals(Integer.toString(year - 1)))
                .max(Comparator.naturalOrder());
        return latest.map(p -> sameFact.stream()
                        .filter(s -> s.period().map(d -> d.iso().equals(p)).orElse(false))
                        .toList())
                .orElse(List.of());
    }

    /** The stored statements with the figure's subject, property and chain, and for trade either party first. */
    private List<Statement> stored(Statement statement) {
        Property property = statement.property();
        StatementQuery query = StatementQuery.all().withProperty(property);
        Optional<String> chain = statement.good().map(Good::chain);
        if (chain.isPresent()) {
            query = query.withGood(chain.get());
        }
        List<Statement> found = new ArrayList<>(
                knowledge.find(query.withSubject(statement.subject().key())));
        if (statement.counterpart().isPresent()
                && (property == Property.TRADE_VALUE || property == Property.TRADE_CHANGE)) {
            found.addAll(knowledge.find(
                    query.withSubject(statement.counterpart().get().key())));
        }
        found.sort(Comparator.comparing(
                        (Statement s) -> s.period().map(p -> p.iso()).orElse(""))
                .reversed()
                .thenComparing(s -> s.source().id()));
        return found;
    }
}
