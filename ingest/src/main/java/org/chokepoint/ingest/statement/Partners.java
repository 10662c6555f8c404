package org.chokepoint.ingest.statement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * The other party of a trade figure: 中國與哈薩克雙邊貿易額 is trade between China and Kazakhstan, not China's trade
 * with the world, and must be stored and compared as such. It is the first country or group other than the subject
 * named in the figure's clause, else in the clauses of its sentence before it: a later clause is another figure's
 * ("exports fell 5.2%, but shipments to the United States surged" is China's exports to the world).
 */
final class Partners {

    /** Properties of flows between two parties. */
    static final Set<String> TRADE = Set.of("trade_value", "trade_change", "volume");

    /** The property of a share, which may be a dependence on another party (see {@link #ofShare}). */
    static final String SHARE = "share";

    /** A dependence word, after what is depended on: 依存度, 的依赖, 高度依賴. */
    private static final String DEPENDENCE = "(?:[的之])?(?:高度)?(?:依存|依赖|依賴)";
    /** 对华/對華 followed by a dependence word: China, abbreviated. */
    private static final Pattern TOWARD_CHINA = Pattern.compile("[对對][华華]" + DEPENDENCE);
    /** 对/對 right before a country name ... */
    private static final Pattern TOWARD = Pattern.compile("[对對]$");
    /** ... and a dependence word right after it. */
    private static final Pattern DEPENDENCE_AFTER = Pattern.compile("^" + DEPENDENCE);
    /** A share of supply that comes from a country: 来自中国, "imports come from China". */
    private static final Pattern FROM = Pattern.compile(
            "(?:来自|來自|(?:imports?|supplies|supply|purchases) (?:come |comes |came |coming )?from (?:the )?)$");
    /** "dependence on", "reliance on", "reliant on" a country. */
    private static final Pattern ON = Pattern.compile("(?:dependen(?:ce|cy|t)|relian(?:ce|t)) on (?:the )?$");

    private Partners() {}

    static Optional<Subject> of(List<EntityMention> entities, Subject subject, Span clause, Span sentence) {
        return first(entities, subject, clause).or(() -> first(entities, subject, upToClause(sentence, clause)));
    }

    /** The figure's sentence up to the end of its clause. */
    private static Span upToClause(Span sentence, Span clause) {
        return new Span(sentence.start(), Math.max(sentence.start(), clause.end()));
    }

    /** The countries and groups other than the subject named in {@code region}, in text order. */
    private static Stream<EntityMention> parties(List<EntityMention> entities, Subject subject, Span region) {
        return entities.stream()
                .filter(EntityMention::known)
                .filter(e -> region.contains(e.span()))
                .filter(e -> e.subject().kind() == Subject.Kind.COUNTRY
                        || e.subject().kind() == Subject.Kind.GROUP)
                .filter(e -> !e.subject().key().equals(subject.key()));
    }

    /**
     * Whose share a dependence figure is: 对华依存度约为九成, 对中国的依赖, "reliance on China", "imports come from
     * China" make the figure the share of the subject's supply from that country. The nearest such phrase in the
     * figure's sentence up to the end of its clause; 华/華 after 对/對 is China, as news writes it.
     */
    static Optional<Subject> ofShare(
            String text, List<EntityMention> entities, Subject subject, Span clause, Span sentence, Subject china) {
        Span region = upToClause(sentence, clause);
        String part = text.substring(region.start(), region.end());
        Optional<Subject> found = Optional.empty();
        int at = -1;
        Matcher abbreviated = TOWARD_CHINA.matcher(part);
        while (abbreviated.find()) {
            at = abbreviated.start();
            found = Optional.of(china);
        }
        for (EntityMention e : parties(entities, subject, region).toList()) {
            String before = text.substring(
                    Math.max(region.start(), e.span().start() - 30), e.span().start());
            String after = text.substring(
                    e.span().end(), Math.min(region.end(), e.span().end() + 8));
            boolean dependence = (TOWARD.matcher(before).find()
                            && DEPENDENCE_AFTER.matcher(after).find())
                    || FROM.matcher(before).find()
                    || ON.matcher(before).find();
            if (dependence && e.span().start() > at) {
                at = e.span().start();
                found = Optional.of(e.subject());
            }
        }
        return found;
    }

    private static Optional<Subject> first(List<EntityMention> entities, Subject subject, Span region) {
        return parties(entities, subject, region).map(EntityMention::subject).findFirst();
    }
}
