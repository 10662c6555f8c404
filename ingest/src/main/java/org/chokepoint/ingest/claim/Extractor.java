package org.chokepoint.ingest.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.date.DateMention;
import org.chokepoint.ingest.date.DateReader;
import org.chokepoint.ingest.link.ArticleAliases;
import org.chokepoint.ingest.link.ChineseNames;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.quantity.QuantityReader;
import org.chokepoint.ingest.text.PageChrome;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.time.PartialDate;

/**
 * Turns an article into claims: figures and dated events, outside the page's chrome, each linked to the entity nearest
 * it in its sentence (else the article's most named country) and dated by the date in its sentence. Thread-safe once
 * built; build one per process, the gazetteer is the costly part.
 */
public final class Extractor {

    private final Gazetteer gazetteer;

    private final ChineseNames names = new ChineseNames();

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Claim> claims(Article article) {
        String text = article.text();
        PageChrome chrome = PageChrome.of(text);
        Sentences sentences = Sentences.of(text);
        List<EntityMention> known = gazetteer.find(text).stream()
                .filter(e -> !chrome.touches(e.span()))
                .toList();
        List<EntityMention> entities = new ArrayList<>(known);
        entities.addAll(ArticleAliases.find(text, gazetteer, known));
        for (Span sentence : sentences.all()) {
            for (EntityMention candidate : names.find(text, sentence)) {
                if (!chrome.touches(candidate.span())
                        && entities.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                    entities.add(candidate);
                }
            }
        }
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        Optional<Subject> main = known.stream()
                .filter(e -> e.subject().kind() == Subject.Kind.COUNTRY)
                .findFirst()
                .map(EntityMention::subject);
        List<DateMention> dates = joined(
                text,
                DateReader.find(text, article.published()).stream()
                        .filter(d -> !chrome.touches(d.span()))
                        .toList());
        List<QuantityMention> quantities = QuantityReader.find(text).stream()
                .filter(q -> !chrome.touches(q.span()))
                .filter(q -> dates.stream().noneMatch(d -> d.span().overlaps(q.span())))
                .toList();
        List<Claim> claims = new ArrayList<>();
        for (QuantityMention q : quantities) {
            Span sentence = sentences.at(q.span().start());
            Span clause = Sentences.clause(text, q.span());
            String property = Properties.of(q, clause.of(text), sentence.of(text));
            Optional<Subject> subject = conversionOf(text, claims, q)
                    .or(() -> subject(text, entities, sentence, q.span()))
                    .or(() -> currencyCountry(q))
                    .or(() -> main);
            claims.add(new Claim(
                    Claim.Kind.QUANTITY,
                    Optional.of(q),
                    property,
                    subject,
                    dateOf(dates, sentence, q.span()),
                    q.span(),
                    ""));
        }
        for (DateMention d : dates) {
            Span sentence = sentences.at(d.span().start());
            Span clause = Sentences.clause(text, d.span());
            if (isPeriod(text, d.span()) || followsAFigure(text, quantities, d.span())) {
                continue; // the period a figure covers (2025年前9个月, 较2024年同期, "between January 2022 and June 2024")
            }
            claims.add(new Claim(
                    Claim.Kind.EVENT,
                    Optional.empty(),
                    "event",
                    subject(text, entities, sentence, d.span()).or(() -> main),
                    Optional.of(d.date()),
                    d.span(),
                    clause.of(text).strip()));
        }
        claims.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return claims;
    }

    private static final java.util.regex.Pattern PERIOD_AFTER = java.util.regex.Pattern.compile(
            "\\s?年?\\s?(?:前\\s?[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十]{1,2}\\s?(?:至|到|-|～)\\s?[0-9一二三四五六七八九十]{1,2}\\s?月"
                    + "|同期|全年|一?整年|[^，。,;；]{0,8}?(?:統計|统计|數據|数据)|最新|年底|年初|上半年|下半年|前三季|第[一二三四]季)");
    private static final java.util.regex.Pattern PERIOD_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:to|of|from|between|and|through|until|since the start of)|較|较|比)\\s*$");
    /** A date right after a figure ("3,000 tonnes in 2022") is the figure's period. */
    private static final java.util.regex.Pattern RIGHT_AFTER_FIGURE =
            java.util.regex.Pattern.compile("(?i)^\\s*(?:in|during|for|as of|by the end of|at the end of)?\\s*$");

    private static final java.util.regex.Pattern CONVERSION_BEFORE =
            java.util.regex.Pattern.compile("^\\s*[（(]\\s*(?:約|约|about|approximately|or)?\\s*$");

    /** A figure restating the one before it in another currency, in brackets: 11美元（約新台幣346元）. */
    private static Optional<Subject> conversionOf(String text, List<Claim> claims, QuantityMention q) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Claim previous = claims.get(claims.size() - 1);
        int from = previous.evidence().end();
        if (from > q.span().start() || q.span().start() - from > 6) {
            return Optional.empty();
        }
        return CONVERSION_BEFORE.matcher(text.substring(from, q.span().start())).find()
                ? previous.subject()
                : Optional.empty();
    }

    /**
     * The country whose currency a sum is in, for currencies that news rarely uses for conversions: a fee of 237萬盧布 is
     * Russia's. Dollars, euros, pounds and the Taiwan and Hong Kong dollars are left out: they are often conversions.
     */
    private Optional<Subject> currencyCountry(QuantityMention q) {
        String currency = q.unit().length() >= 3 ? q.unit().substring(0, 3) : "";
        String country;
        switch (currency) {
            case "RUB":
                country = "RUS";
                break;
            case "KRW":
                country = "KOR";
                break;
            case "JPY":
                country = "JPN";
                break;
            case "CNY":
                country = "CHN";
                break;
            default:
                return Optional.empty();
        }
        return gazetteer.country(country);
    }

    /**
     * One date written twice side by side is one mention: "Wednesday (22.10.2025)", 週二（2日）. The more precise
     * reading wins and the span covers both.
     */
    private static List<DateMention> joined(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (!out.isEmpty()) {
                DateMention last = out.get(out.size() - 1);
                String between = text.substring(last.span().end(), d.span().start());
                if (between.matches("[\\s(（]*")
                        && text.substring(d.span().end()).matches("(?s)[)）].*")) {
                    DateMention precise =
                            d.date().iso().length() >= last.date().iso().length() ? d : last;
                    out.set(
                            out.size() - 1,
                            new DateMention(
                                    new Span(last.span().start(), d.span().end() + 1),
                                    precise.date(),
                                    precise.relative()));
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    private static boolean followsAFigure(String text, List<QuantityMention> quantities, Span date) {
        for (QuantityMention q : quantities) {
            int gap = date.start() - q.span().end();
            if (gap >= 0
                    && gap <= 20
                    && RIGHT_AFTER_FIGURE
                            .matcher(text.substring(q.span().end(), date.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date names the period of a figure rather than the day something happened. */
    private static boolean isPeriod(String text, Span date) {
        String before = text.substring(Math.max(0, date.start() - 24), date.start());
        return PERIOD_AFTER.matcher(text).region(date.end(), text.length()).lookingAt()
                || PERIOD_BEFORE.matcher(before).find();
    }

    /** Words that make the name after them an object (對華, 向中國, "to China"), seldom what a figure is about. */
    private static final java.util.regex.Pattern OBJECT_BEFORE = java.util.regex.Pattern.compile(
            "(?:對|对|向|自|從|从|與|与|和|跟|給|给|及|以及|、|\\b(?:to|from|with|into|against|and|on|than)(?:\\s+the)?)\\s*$");

    /**
     * What a figure is about: the first entity its clause names before it that is not the object of a preposition
     * (中國汽車對俄羅斯出口 is about China's exports), else one named after it in the clause (由中國掌控), else the
     * nearest named before it in its sentence, else after it.
     */
    private static Optional<Subject> subject(String text, List<EntityMention> entities, Span sentence, Span span) {
        Optional<Subject> known = subject(text, entities, sentence, span, true);
        return known.isPresent() ? known : subject(text, entities, sentence, span, false);
    }

    private static Optional<Subject> subject(
            String text, List<EntityMention> entities, Span sentence, Span span, boolean knownOnly) {
        Span clause = Sentences.clause(text, span);
        EntityMention clauseFirst = null;
        EntityMention clauseAfter = null;
        EntityMention sentenceBefore = null;
        EntityMention sentenceAfter = null;
        for (EntityMention e : entities) {
            if (!sentence.contains(e.span()) || (knownOnly && !e.known())) {
                continue;
            }
            boolean before = e.span().end() <= span.start();
            boolean object = OBJECT_BEFORE
                    .matcher(text.substring(
                            Math.max(sentence.start(), e.span().start() - 10),
                            e.span().start()))
                    .find();
            if (clause.contains(e.span())) {
                if (before && !object && clauseFirst == null) {
                    clauseFirst = e;
                } else if (!before && clauseAfter == null && e.span().start() >= span.end()) {
                    clauseAfter = e;
                }
            }
            if (before && !object) {
                sentenceBefore = e;
            } else if (!before && !object && sentenceAfter == null && e.span().start() >= span.end()) {
                sentenceAfter = e;
            }
        }
        EntityMention chosen = clauseFirst != null
                ? clauseFirst
                : clauseAfter != null ? clauseAfter : sentenceBefore != null ? sentenceBefore : sentenceAfter;
        return Optional.ofNullable(chosen).map(EntityMention::subject);
    }

    /** The date nearest before the figure in its sentence, else the first after it. */
    private static Optional<PartialDate> dateOf(List<DateMention> dates, Span sentence, Span figure) {
        DateMention before = null;
        DateMention after = null;
        for (DateMention d : dates) {
            if (!sentence.contains(d.span())) {
                continue;
            }
            if (d.span().end() <= figure.start()) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        return Optional.ofNullable(before != null ? before : after).map(DateMention::date);
    }
}
