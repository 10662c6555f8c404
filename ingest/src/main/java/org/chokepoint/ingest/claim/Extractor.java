package org.chokepoint.ingest.claim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.date.DateMention;
import org.chokepoint.ingest.date.DateReader;
import org.chokepoint.ingest.link.ArticleAliases;
import org.chokepoint.ingest.link.ChineseNames;
import org.chokepoint.ingest.link.Demonyms;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.link.LatinNames;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.quantity.QuantityReader;
import org.chokepoint.ingest.text.PageChrome;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;

/**
 * Turns an article into claims: its figures and dated events, outside the page's chrome, each with what it is about
 * ({@link Subjects}), what it measures ({@link Properties}) and when ({@link EventDates}). Thread-safe once built;
 * build one per process, the gazetteer is the costly part.
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
        List<EntityMention> known = java.util.stream.Stream.concat(
                        gazetteer.find(text).stream(), Demonyms.find(text, gazetteer).stream())
                .filter(e -> !chrome.touches(e.span()))
                .sorted(Comparator.comparingInt(e -> e.span().start()))
                .toList();
        Subjects subjects = new Subjects(text, sentences, known, entities(text, chrome, sentences, known), gazetteer);
        List<DateMention> dates = DateReader.find(text, article.published()).stream()
                .filter(d -> !chrome.touches(d.span()))
                .toList();
        BitSet dated = new BitSet(text.length());
        dates.forEach(d -> dated.set(d.span().start(), d.span().end()));
        List<QuantityMention> figures = QuantityReader.find(text).stream()
                .filter(q -> !chrome.touches(q.span()))
                .filter(q -> !covers(dated, q.span()))
                .toList();
        List<Claim> claims = new ArrayList<>();
        for (QuantityMention q : figures) {
            Span sentence = sentences.at(q.span().start());
            Span clause = Sentences.clause(text, q.span());
            String property = Properties.of(text, q, clause, sentence);
            claims.add(new Claim(
                    Claim.Kind.QUANTITY,
                    Optional.of(q),
                    property,
                    subjects.ofFigure(q, sentence, claims, figures),
                    EventDates.of(dates, sentence, q.span()),
                    q.span(),
                    ""));
        }
        for (DateMention d : dates) {
            if (EventDates.isPeriod(text, sentences, d.span(), figures)) {
                continue;
            }
            Span sentence = sentences.at(d.span().start());
            claims.add(new Claim(
                    Claim.Kind.EVENT,
                    Optional.empty(),
                    "event",
                    subjects.ofEvent(sentence, d.span()),
                    Optional.of(d.date()),
                    d.span(),
                    Sentences.clause(text, d.span()).of(text).strip()));
        }
        claims.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return claims;
    }

    /**
     * Known names, the article's glossed aliases of them, and candidate organisations in both scripts, in text order. A
     * candidate is kept where no name found before it covers any of its characters.
     */
    private List<EntityMention> entities(
            String text, PageChrome chrome, Sentences sentences, List<EntityMention> known) {
        List<EntityMention> entities = new ArrayList<>(known);
        entities.addAll(ArticleAliases.find(text, gazetteer, known));
        BitSet named = new BitSet(text.length());
        entities.forEach(e -> named.set(e.span().start(), e.span().end()));
        for (Span sentence : sentences.all()) {
            List<EntityMention> candidates = new ArrayList<>(names.find(text, sentence));
            candidates.addAll(LatinNames.find(text, sentence));
            for (EntityMention candidate : candidates) {
                if (!chrome.touches(candidate.span()) && !covers(named, candidate.span())) {
                    entities.add(candidate);
                    named.set(candidate.span().start(), candidate.span().end());
                }
            }
        }
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        return entities;
    }

    /**
     * Whether any character of a span is set in {@code taken}: a span overlaps one of the marked spans, answered without
     * scanning them all (the spans are names and figures, never empty).
     */
    private static boolean covers(BitSet taken, Span span) {
        int first = taken.nextSetBit(span.start());
        return first >= 0 && first < span.end();
    }
}
