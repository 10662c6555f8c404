package org.chokepoint.ingest.statement;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.quantity.Direction;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.reference.ReferenceData;

/** What the news tests share: the reference data's gazetteer, extractor and statements, built once; test articles. */
public final class News {

    public static final Subject CHINA = new Subject(Subject.Kind.COUNTRY, "CHN", "China");
    public static final Subject KAZAKHSTAN = new Subject(Subject.Kind.COUNTRY, "KAZ", "Kazakhstan");
    public static final Subject MONGOLIA = new Subject(Subject.Kind.COUNTRY, "MNG", "Mongolia");
    public static final Subject RUSSIA = new Subject(Subject.Kind.COUNTRY, "RUS", "Russia");

    private static News instance;

    public final ReferenceData reference;
    public final Gazetteer gazetteer;
    public final Extractor extractor;
    public final ClaimStatements statements;

    private News() {
        reference = ReferenceData.load();
        gazetteer = Gazetteer.of(reference);
        extractor = new Extractor(gazetteer);
        statements = ClaimStatements.of(reference, gazetteer);
    }

    public static synchronized News get() {
        if (instance == null) {
            instance = new News();
        }
        return instance;
    }

    /** An article published on 2024-06-20 at an address of its own. */
    public static Article article(String text) {
        return ArticleReader.of("test", "# source: https://example.org/news/2024/06/20/test\n" + text, "test");
    }

    /** A fixture article in src/test/resources/check. */
    public static Path fixture(String name) {
        return Path.of("src", "test", "resources", "check", name);
    }

    /**
     * A quantity claim on the first {@code figure} in the article, built by hand so that tests of what comes after
     * extraction do not depend on it.
     */
    public static Claim figure(
            Article article,
            String figure,
            double low,
            double high,
            String unit,
            String property,
            Subject subject,
            String date) {
        int start = article.text().indexOf(figure);
        if (start < 0) {
            throw new IllegalArgumentException("'" + figure + "' is not in the article");
        }
        Span span = new Span(start, start + figure.length());
        return new Claim(
                Claim.Kind.QUANTITY,
                Optional.of(new QuantityMention(span, low, high, unit, false, Direction.LEVEL)),
                property,
                Optional.ofNullable(subject),
                Optional.ofNullable(date).map(PartialDate::new),
                span,
                "");
    }

    public static Claim figure(
            Article article, String figure, double value, String unit, String property, Subject subject, String date) {
        return figure(article, figure, value, value, unit, property, subject, date);
    }

    /** The claims in the order of the text, as the extractor gives them. */
    public static List<Claim> claims(Claim... claims) {
        return List.of(claims);
    }
}
