package org.chokepoint.ingest.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.statement.ClaimStatements;
import org.chokepoint.ingest.statement.StatedClaim;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.store.KnowledgeStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.model.time.PartialDate;

/**
 * Checks an article's figures against the knowledge base and against each other: each figure is
 * {@link Verdict#CORROBORATED corroborated}, {@link Verdict#CONFLICTING conflicting} or {@link Verdict#NEW new}, with
 * the statements that agree or differ (see {@link Agreement} for what counts as the same fact and the same value).
 * Candidates are found by meaning: the figure's own subject first, then the projects, routes, facilities and companies
 * its sentence and the {@link #SENTENCES_BEFORE} sentences before it name, nearest first (a pipeline's capacity said of "the agreement"
 * after the sentence that names Power of Siberia 2 is compared with the pipeline's), each with the same property and
 * commodity and a unit of the same dimension; the first entity with any is compared, and the note says which. A figure
 * without a date is compared with the undated statements and those of the latest period up to the article's
 * publication (its date, a month or a year), the note naming that period. A discount or price said without its buyer
 * is compared with those stated for any buyer. Statements from the article itself (stored from it, or curated from it:
 * their source's address is the article's or names its file) are not evidence for it; the note says it is already
 * known from this article. Counts are not compared (the claim does not say what they count), nor figures the vocabulary cannot
 * hold; those are new, with the reason.
 */
public final class ClaimChecker {

    /** How many sentences before a figure's may name what it is about (这项协议, the project). */
    static final int SENTENCES_BEFORE = 2;

    /**
     * The kinds of entity a figure may be about without being its subject: what a clause refers back to
     * ("the agreement", 該項目, the company). A country or group the extractor did not choose is a guess,
     * and comparing with its figures would report a conflict with the wrong fact.
     */
    private static final Set<Subject.Kind> REFERRED_TO =
            Set.of(Subject.Kind.PROJECT, Subject.Kind.ROUTE, Subject.Kind.FACILITY, Subject.Kind.COMPANY);

    /** Properties whose figures are often given without the buyer the statements name (a discount to Chinese buyers). */
    private static final Set<Property> ANY_BUYER = Set.of(Property.DISCOUNT, Property.PRICE);

    private final ClaimStatements statements;
    private final Gazetteer gazetteer;
    private final KnowledgeStore knowledge;

    public ClaimChecker(ClaimStatements statements, Gazetteer gazetteer, KnowledgeStore knowledge) {
        this.statements = statements;
        this.gazetteer = gazetteer;
        this.knowledge = knowledge;
    }

    /** The article's figures, each with its verdict, in the order of the text. Events are not checked. */
    public List<CheckedClaim> check(Article article, List<Claim> claims) {
        List<StatedClaim> figures = statements.of(article, claims).stream()
                .filter(s -> s.claim().kind() == Claim.Kind.QUANTITY)
                .toList();
        List<CheckedClaim> checked = new ArrayList<>();
        Sentences sentences = Sentences.of(article.text());
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
            Comparison known = inKnowledge(figure, article, sentences);
            List<Statement> others = Stream.concat(inArticle(figure, figures).stream(), known.statements().stream())
                    .filter(o -> Agreement.comparable(statement, o))
                    .toList();
            checked.add(CheckedClaim.of(
                    figure,
                    others.stream().filter(o -> Agreement.agree(statement, o)).toList(),
                    others.stream().filter(o -> !Agreement.agree(statement, o)).toList(),
                    known.note()));
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

    /** The knowledge base's statements a figure is compared with, and what the note says about them. */
    private record Comparison(List<Statement> statements, String note) {}

    /**
     * The knowledge base's statements of the figure's fact from other sources, for the figure's own subject or else
     * the nearest other entity named around it that has any, in the figure's period or, undated, up to the article's
     * publication.
     */
    private Comparison inKnowledge(StatedClaim figure, Article article, Sentences sentences) {
        Statement statement = figure.statement().orElseThrow();
        Set<String> sameDocument = new LinkedHashSet<>();
        List<Statement> otherPeriods = new ArrayList<>();
        for (Named named : named(figure, article, sentences)) {
            List<Statement> candidates = gazetteer.records(named.subject()).stream()
                    .flatMap(record -> stored(statement, record).stream()
                            .filter(s -> sameFactAbout(statement, s, named.subject(), record)))
                    .filter(s -> Agreement.comparable(statement, s))
                    .toList();
            Map<Boolean, List<Statement>> byArticle =
                    candidates.stream().collect(Collectors.partitioningBy(s -> fromThisArticle(s, statement, article)));
            byArticle.get(true).forEach(s -> sameDocument.add(s.source().id()));
            List<Statement> elsewhere = byArticle.get(false);
            Comparison inPeriod = inPeriod(statement, elsewhere, article);
            if (!inPeriod.statements().isEmpty()) {
                String about = named.subject().key().equals(statement.subject().key())
                        ? ""
                        : "compared with " + named.subject().label() + ", named " + named.where();
                return new Comparison(inPeriod.statements(), notes(about, inPeriod.note(), sameDocument));
            }
            if (otherPeriods.isEmpty()
                    && named.subject().key().equals(statement.subject().key())) {
                elsewhere.stream().filter(s -> s.period().isPresent()).forEach(otherPeriods::add);
            }
        }
        String periods =
                statement.period().isPresent() && !otherPeriods.isEmpty() ? otherPeriods(statement, otherPeriods) : "";
        Optional<String> computed = computedShare(statement, article)
                .map(share -> String.format(
                        Locale.ROOT,
                        "no source states it for this period; the share computed from the knowledge base's import"
                                + " values is %.1f%% in %s%s: %s; a computation over one basket, not a second account",
                        share.percent(),
                        share.year(),
                        statement.period().isEmpty()
                                        || Agreement.samePeriod(
                                                statement.period(),
                                                Optional.of(new PartialDate(share.year())),
                                                statement.property())
                                ? ""
                                : " (another period)",
                        share.how()));
        return new Comparison(List.of(), notes(periods, computed.orElse(""), sameDocument));
    }

    /**
     * What the knowledge base states of the figure's fact in other periods, nearest first (at most three): a figure
     * of 2024 beside one of 2023 differs in period, it does not conflict.
     */
    private static String otherPeriods(Statement figure, List<Statement> others) {
        String year = figure.period().orElseThrow().iso();
        return "differs in period: the knowledge base states it for "
                + others.stream()
                        .sorted(Comparator.comparing((Statement s) -> Math.abs(Integer.parseInt(
                                                s.period().orElseThrow().iso().substring(0, 4))
                                        - Integer.parseInt(year.substring(0, 4))))
                                .thenComparing(s -> s.period().orElseThrow().iso(), Comparator.reverseOrder()))
                        .limit(3)
                        .map(s -> s.period().orElseThrow().iso() + " (" + valueOf(s) + ", "
                                + s.source().id() + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String valueOf(Statement s) {
        return s.value() instanceof Value.Measured m
                ? m.amount().toString()
                : s.value().toString();
    }

    /**
     * The share a dependence figure states, computed where no source states it (issue 14, item 4), for the note beside
     * the figure (a computation over one basket is context, not a second account of the figure): the subject's
     * import values of the figure's commodity from the partner over those from every partner, in the latest year with
     * data up to the figure's year (or the article's publication), when one stage of the chain has them, with how it
     * was computed (heading, partners, year and the import statements' sources).
     */
    private Optional<ComputedShare> computedShare(Statement figure, Article article) {
        if (figure.property() != Property.SHARE
                || figure.counterpart().isEmpty()
                || figure.good().isEmpty()
                || figure.subject().kind() != Subject.Kind.COUNTRY) {
            return Optional.empty();
        }
        String partner = figure.counterpart().get().key();
        Optional<String> until = figure.period()
                .map(p -> p.iso().substring(0, 4))
                .or(() -> article.published().map(d -> Integer.toString(d.getYear())));
        if (until.isEmpty()) {
            return Optional.empty();
        }
        List<Statement> imports = knowledge
                .find(StatementQuery.all()
                        .withProperty(Property.IMPORT_VALUE)
                        .withGood(figure.good().get().chain())
                        .withSubject(figure.subject().key()))
                .stream()
                .filter(s -> s.counterpart().isPresent()
                        && s.counterpart().get().kind() == Subject.Kind.COUNTRY
                        && s.period().isPresent()
                        && s.period().get().iso().length() == 4
                        && s.period().get().iso().compareTo(until.get()) <= 0
                        && s.value() instanceof Value.Measured)
                .toList();
        Optional<String> year =
                imports.stream().map(s -> s.period().get().iso()).max(Comparator.naturalOrder());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<Statement> ofYear = imports.stream()
                .filter(s -> s.period().get().iso().equals(year.get()))
                .toList();
        Set<Optional<String>> stages =
                ofYear.stream().map(s -> s.good().flatMap(Good::stage)).collect(Collectors.toSet());
        if (stages.size() != 1) {
            return Optional.empty(); // several stages: which one the figure means is not known
        }
        double all = 0;
        double from = 0;
        for (Statement s : ofYear) {
            double usd = ((Value.Measured) s.value()).amount().central().baseValue();
            all += usd;
            if (s.counterpart().get().key().equals(partner)) {
                from += usd;
            }
        }
        if (!(all > 0)) {
            return Optional.empty();
        }
        Good good = ofYear.get(0).good().orElseThrow();
        String sources =
                ofYear.stream().map(s -> s.source().id()).distinct().sorted().collect(Collectors.joining(", "));
        String how = String.format(
                Locale.ROOT,
                "%s's %s imports from %s over its imports from all %d partners, %s, by value (%s)",
                figure.subject().label(),
                good.basis()
                        .orElse(good.chain() + good.stage().map(st -> "/" + st).orElse("")),
                figure.counterpart().get().label(),
                ofYear.size(),
                year.get(),
                sources);
        return Optional.of(new ComputedShare(100 * from / all, year.get(), how));
    }

    /** A share computed from import values: in per cent, of a year, and how. */
    private record ComputedShare(double percent, String year, String how) {}

    private static String notes(String about, String period, Set<String> sameDocument) {
        String known = sameDocument.isEmpty()
                ? ""
                : "already known from this article (" + String.join(", ", sameDocument)
                        + "), which does not corroborate itself";
        return Stream.of(about, period, known).filter(n -> !n.isEmpty()).collect(Collectors.joining("; "));
    }

    /**
     * Whether a stored statement came from the article being checked: stored from it (its news source), or curated
     * from it (a source whose address is the article's, or names the article's file). Such a statement is the same
     * account, not a second one.
     */
    private static boolean fromThisArticle(Statement known, Statement figure, Article article) {
        if (known.source().id().equals(figure.source().id())) {
            return true;
        }
        return known.source()
                .location()
                .map(location -> location.equals(article.source())
                        || !article.name().isBlank() && location.contains(article.name()))
                .orElse(false);
    }

    /** An entity a figure may be about, and where the text names it. */
    private record Named(Subject subject, String where) {}

    /** The figure's subject, then the entities its sentence and the sentences before it name, nearest first. */
    private List<Named> named(StatedClaim figure, Article article, Sentences sentences) {
        Map<String, Named> named = new LinkedHashMap<>();
        Subject own = figure.statement().orElseThrow().subject();
        named.put(own.key(), new Named(own, "as its subject"));
        String text = article.text();
        List<Span> around = new ArrayList<>();
        around.add(figure.sentence());
        around.addAll(sentences.before(figure.sentence(), SENTENCES_BEFORE));
        for (int i = 0; i < around.size(); i++) {
            String where = i == 0 ? "in its sentence" : "in the sentence before it";
            List<EntityMention> mentions =
                    new ArrayList<>(gazetteer.find(around.get(i).of(text)));
            java.util.Collections.reverse(mentions); // nearest the figure first
            for (EntityMention mention : mentions) {
                if (REFERRED_TO.contains(mention.subject().kind())) {
                    named.putIfAbsent(mention.subject().key(), new Named(mention.subject(), where));
                }
            }
        }
        return List.copyOf(named.values());
    }

    /**
     * The same fact about {@code subject}, stated of {@code record} (the subject itself or one of the knowledge
     * base's subjects it stands for): for the figure's own subject as {@link Agreement#sameFact} says, a discount or
     * price given without its buyer matching those stated for any buyer; for another entity named nearby or a record
     * behind a project, the same property and commodity (any commodity when the figure names none) and no partner on
     * either side unless the property is one given without its buyer.
     */
    private static boolean sameFactAbout(Statement figure, Statement known, Subject subject, Subject record) {
        boolean anyBuyer =
                ANY_BUYER.contains(figure.property()) && figure.counterpart().isEmpty();
        if (subject.key().equals(figure.subject().key()) && record.key().equals(subject.key())) {
            return Agreement.sameFact(figure, known)
                    || anyBuyer
                            && figure.property() == known.property()
                            && figure.good()
                                    .map(Good::chain)
                                    .equals(known.good().map(Good::chain));
        }
        return figure.property() == known.property()
                && known.subject().key().equals(record.key())
                && (figure.good().isEmpty()
                        || figure.good().map(Good::chain).equals(known.good().map(Good::chain)))
                && (anyBuyer
                        || figure.counterpart().isEmpty() && known.counterpart().isEmpty());
    }

    /**
     * The candidates in the figure's period; for an undated figure, the undated ones and those of the latest period
     * up to the article's publication (only the undated ones when the article has no date), with a note naming it.
     */
    private static Comparison inPeriod(Statement statement, List<Statement> candidates, Article article) {
        if (statement.period().isPresent()) {
            return new Comparison(
                    candidates.stream()
                            .filter(s -> Agreement.samePeriod(statement.period(), s.period(), statement.property()))
                            .toList(),
                    "");
        }
        Optional<String> published = article.published().map(Object::toString);
        // an undated figure in an undated article could be of any year: only undated statements meet it
        Optional<String> latest = published.flatMap(date -> candidates.stream()
                .flatMap(s -> s.period().stream())
                .map(p -> p.iso())
                .filter(p -> p.compareTo(date) <= 0)
                .max(Comparator.naturalOrder()));
        List<Statement> chosen = candidates.stream()
                .filter(s -> s.period().isEmpty()
                        || latest.isPresent() && s.period().get().iso().equals(latest.get()))
                .toList();
        String note = latest.filter(
                        p -> chosen.stream().anyMatch(s -> s.period().isPresent()))
                .map(p -> "undated: compared with " + p + ", the latest period up to its publication ("
                        + published.orElseThrow() + ")")
                .orElse("");
        return new Comparison(chosen, note);
    }

    /** The stored statements about {@code subject} with the figure's property, and for trade either party first. */
    private List<Statement> stored(Statement statement, Subject subject) {
        Property property = statement.property();
        StatementQuery query = StatementQuery.all().withProperty(property);
        Optional<String> chain = statement.good().map(Good::chain);
        if (chain.isPresent()) {
            query = query.withGood(chain.get());
        }
        List<Statement> found = new ArrayList<>(knowledge.find(query.withSubject(subject.key())));
        if (subject.key().equals(statement.subject().key())
                && statement.counterpart().isPresent()
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
