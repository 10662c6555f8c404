package org.chokepoint.ingest.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.link.EntityMention;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Han;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * Decides what a claim is about, from the entities an article names (candidate organisations such as Cove Capital count
 * as much as known ones). In order:
 *
 * <ol>
 *   <li>a sum in brackets after another restates it: 11美元（約新台幣346元）;
 *   <li>names and figures paired by 分別 or "respectively": 德國和英國分別進口91%和89%;
 *   <li>a name whose demonstrative phrase holds the figure: 俄國這項價值210億美元計畫 is Russia's project;
 *   <li>the first name the clause gives before the figure that is not an object (中國汽車對俄羅斯出口 is China's), else an
 *       actor after it in the clause (由中國掌控), else the nearest actor in the sentence;
 *   <li>a sum in roubles, won, yen, yuan, tenge, rupees or tugriks with nothing named near is that country's;
 *   <li>a sentence that names only objects continues the actor of a sentence just before that named the same object;
 *   <li>the first country the lede names as an actor, passing over one that names a measure it imposes (突破美國制裁).
 * </ol>
 */
final class Subjects {

    /**
     * Words that make the name after them an object (對華, 向中國, "to China", 依賴中國 "dependent on China"), seldom what
     * a figure is about.
     */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?:"
            // Chinese: prepositions, conjunctions (not the 及 of 涉及), dependence, being overtaken
            + "對|对|向|自|從|从|與|与|和|跟|給|给|超過|超过|超越|取代|(?<![涉提触觸波普遍危顾顧以])及|以及|、"
            + "|依賴|依赖|依靠|依存於|依存于|來自|来自"
            // English: prepositions ("led to" and "due to" make no object), passage, being overtaken, dependence
            + "|\\b(?:(?<!\\b(?:led|lead|leads|leading|due|owing|thanks|according|contributed|contributing)\\s)to"
            + "|from|through|via|across|overtaking|overtook|overtaken|surpassing|surpassed|with|into|against|and|on|than"
            + "|dependent on|reliant on|dependence on)(?:\\s+the)?)\\s*$");

    private static final Pattern CONVERSION_BEFORE =
            Pattern.compile("^\\s*[（(]\\s*(?:約|约|about|approximately|or)?\\s*$");

    /**
     * A demonstrative after a name opens a noun phrase the name owns: 俄國這項價值210億美元計畫 is Russia's project, whoever
     * the clause's actor is.
     */
    private static final Pattern DEMONSTRATIVE_AFTER =
            Pattern.compile("^\\s*(?:這項|这项|這個|这个|這座|这座|這條|这条|這筆|这笔|這家|这家|這一|这一|該|该|此)[^，,。；;！？\\n]{0,12}$");

    private final String text;
    private final Sentences sentences;
    private final List<EntityMention> entities;
    /** Where each entity starts, in the order of {@link #entities}, to find a region's entities by binary search. */
    private final int[] starts;

    private final Gazetteer gazetteer;
    private final Optional<Subject> lede;

    /**
     * @param known the names the gazetteer found, in text order: the first country among them is the lede's
     * @param entities every entity mention, known or candidate, in text order
     */
    Subjects(
            String text,
            Sentences sentences,
            List<EntityMention> known,
            List<EntityMention> entities,
            Gazetteer gazetteer) {
        this.text = text;
        this.sentences = sentences;
        this.entities = entities;
        this.starts = entities.stream().mapToInt(e -> e.span().start()).toArray();
        this.gazetteer = gazetteer;
        this.lede = known.stream()
                .filter(e -> e.subject().kind() == Subject.Kind.COUNTRY)
                .filter(e -> !isObject(text, 0, e) && !namesAMeasure(text, e))
                .findFirst()
                .map(EntityMention::subject);
    }

    /**
     * 突破美國制裁, "U.S. sanctions": a country naming the measure it imposes is the setting of the story, not its actor.
     */
    private static final Pattern MEASURE_AFTER = Pattern.compile(
            "^\\s*(?:的)?(?:制裁|二級制裁|二级制裁|關稅|关税|禁令|出口管制|sanctions?\\b|tariffs?\\b|export controls?\\b)",
            Pattern.CASE_INSENSITIVE);

    private static boolean namesAMeasure(String text, EntityMention e) {
        return MEASURE_AFTER.matcher(text).region(e.span().end(), text.length()).lookingAt();
    }

    private static final Pattern COORDINATOR_BEFORE = Pattern.compile("\\b(?:and|while|but|whereas)\\s+$");
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^\\s+(?:has|have|had|is|are|was|were|rose|fell|gained|lost|declined|dropped|increased|decreased|jumped"
                    + "|slipped|climbed|added|cut|raised|plunged|surged|slumped)\\b");

    /** "... fallen 16% and Brent has declined 14%": after a coordinator, a name followed by a verb starts a clause. */
    private boolean startsCoordinatedClause(EntityMention e) {
        String before =
                text.substring(Math.max(0, e.span().start() - 9), e.span().start());
        return COORDINATOR_BEFORE.matcher(before).find()
                && VERB_AFTER
                        .matcher(text)
                        .region(e.span().end(), text.length())
                        .lookingAt();
    }

    /** "U.S.-sanctioned tanker", "China-bound cargoes": a name inside an adjective describes something else. */
    private static final Pattern COMPOUND_ADJECTIVE_AFTER = Pattern.compile("^-(?:[a-z]+ed|bound|based|made|built)\\b");

    /** Whether a name is an object (對華, "to China") or part of an adjective ("U.S.-sanctioned"), not an actor. */
    private static boolean isObject(String text, int from, EntityMention e) {
        return OBJECT_BEFORE
                        .matcher(text.substring(
                                Math.max(from, e.span().start() - 16), e.span().start()))
                        .find()
                || COMPOUND_ADJECTIVE_AFTER
                        .matcher(text)
                        .region(e.span().end(), text.length())
                        .lookingAt();
    }

    /** The subject of a figure, given the claims made before it in text order. */
    Optional<Subject> ofFigure(QuantityMention q, Span sentence, List<Claim> before, List<QuantityMention> figures) {
        return conversionOf(before, q)
                .or(() -> respectively(sentence, q, figures))
                .or(() -> named(sentence, q.span()))
                .or(() -> currencyCountry(q))
                .or(() -> sentenceCurrency(q, sentence, figures))
                .or(() -> continuedTopic(sentence))
                .or(() -> lede);
    }

    private static final Pattern RESPECTIVELY = Pattern.compile("分別|分别|\\brespectively\\b");

    /**
     * Names and figures paired in order: 德國和英國分別進口91%和89% (Germany 91%, Britain 89%); "Germany and Britain
     * import 91% and 89% respectively". Only where as many names come before the figures as there are figures.
     */
    private Optional<Subject> respectively(Span sentence, QuantityMention q, List<QuantityMention> figures) {
        Matcher marker = RESPECTIVELY.matcher(text).region(sentence.start(), sentence.end());
        while (marker.find()) {
            int at = marker.start();
            boolean chinese = Han.isHan(text.charAt(at));
            Span clause = Sentences.clause(text, new Span(at, marker.end()));
            int lastNameBefore = within(sentence).stream()
                    .filter(e -> e.span().end() <= at)
                    .mapToInt(e -> e.span().end())
                    .max()
                    .orElse(sentence.start());
            List<QuantityMention> paired = figures.stream()
                    .filter(f -> chinese
                            ? clause.contains(f.span()) && f.span().start() >= marker.end()
                            : sentence.contains(f.span())
                                    && f.span().start() >= lastNameBefore
                                    && f.span().end() <= at)
                    .toList();
            int index = paired.indexOf(q);
            if (index < 0 || paired.size() < 2) {
                continue;
            }
            int firstFigure = paired.get(0).span().start();
            List<EntityMention> names = within(sentence).stream()
                    .filter(e -> e.span().end() <= Math.min(firstFigure, at))
                    .toList();
            if (names.size() < paired.size()) {
                continue;
            }
            return Optional.of(names.get(names.size() - paired.size() + index).subject());
        }
        return Optional.empty();
    }

    /** The subject of an event dated at {@code span}. */
    Optional<Subject> ofEvent(Span sentence, Span span) {
        return named(sentence, span).or(() -> lede);
    }

    /** A figure restating the one before it in another currency, in brackets: 11美元（約新台幣346元）. */
    private Optional<Subject> conversionOf(List<Claim> before, QuantityMention q) {
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Claim previous = before.get(before.size() - 1);
        int from = previous.evidence().end();
        if (from > q.span().start() || q.span().start() - from > 6) {
            return Optional.empty();
        }
        return CONVERSION_BEFORE.matcher(text.substring(from, q.span().start())).find()
                ? previous.subject()
                : Optional.empty();
    }

    /**
     * The country whose currency a sum is in, for currencies that news rarely uses for conversions (roubles, won, yen, yuan,
     * tenge, rupees, tugriks): a fee of 237萬盧布 is
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
            case "KZT":
                country = "KAZ";
                break;
            case "INR":
                country = "IND";
                break;
            case "MNT":
                country = "MNG";
                break;
            default:
                return Optional.empty();
        }
        return gazetteer.country(country);
    }

    /** A figure with nothing named near takes the country of a sum in such a currency in its sentence. */
    private Optional<Subject> sentenceCurrency(QuantityMention q, Span sentence, List<QuantityMention> figures) {
        return figures.stream()
                .filter(other -> other != q && sentence.contains(other.span()))
                .map(this::currencyCountry)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The entities named within {@code region}, in text order: a binary search for the first that starts in it, so a
     * long article's figures do not each scan all its names.
     */
    private List<EntityMention> within(Span region) {
        int from = firstStartingAtOrAfter(region.start());
        List<EntityMention> found = new ArrayList<>();
        for (int i = from; i < starts.length && starts[i] <= region.end(); i++) {
            if (region.contains(entities.get(i).span())) {
                found.add(entities.get(i));
            }
        }
        return found;
    }

    private int firstStartingAtOrAfter(int position) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The name whose demonstrative phrase holds the figure (俄國這項價值210億美元計畫), if any. */
    private EntityMention owner(Span sentence, Span figure) {
        for (EntityMention e : within(sentence)) {
            if (e.span().end() <= figure.start()
                    && DEMONSTRATIVE_AFTER
                            .matcher(text)
                            .region(e.span().end(), figure.start())
                            .find()) {
                return e;
            }
        }
        return null;
    }

    /**
     * A sentence that names nothing but objects continues the topic of a sentence just before it that names the same
     * object with an actor: after 韩国…对中国的依赖已达到极高水平, 稀土类矿物进口对华依存度约为九成…依赖中国供应 is Korea's.
     */
    private Optional<Subject> continuedTopic(Span sentence) {
        List<Subject> objects = within(sentence).stream()
                .filter(e -> isObject(text, sentence.start(), e))
                .map(EntityMention::subject)
                .toList();
        if (objects.isEmpty()) {
            return Optional.empty();
        }
        for (Span earlier : sentences.before(sentence, 2)) {
            List<EntityMention> named = within(earlier);
            boolean sameObject =
                    named.stream().anyMatch(e -> isObject(text, earlier.start(), e) && objects.contains(e.subject()));
            Optional<Subject> actor = named.stream()
                    .filter(e -> !isObject(text, earlier.start(), e) && !objects.contains(e.subject()))
                    .map(EntityMention::subject)
                    .findFirst();
            if (sameObject && actor.isPresent()) {
                return actor;
            }
        }
        return Optional.empty();
    }

    private Optional<Subject> named(Span sentence, Span span) {
        Span clause = Sentences.clause(text, span);
        EntityMention clauseFirst = null;
        EntityMention clauseAfter = null;
        EntityMention sentenceBefore = null;
        EntityMention sentenceAfter = null;
        for (EntityMention e : within(sentence)) {
            boolean before = e.span().end() <= span.start();
            boolean after = e.span().start() >= span.end();
            boolean object = isObject(text, sentence.start(), e) && !startsCoordinatedClause(e);
            if (clause.contains(e.span())) {
                if (before && !object && (clauseFirst == null || startsCoordinatedClause(e))) {
                    clauseFirst = e; // a coordinated clause starts afresh: "... 16% and Brent has declined 14%"
                } else if (after && !object && clauseAfter == null) {
                    clauseAfter = e;
                }
            }
            if (before && !object) {
                sentenceBefore = e;
            } else if (after && !object && sentenceAfter == null) {
                sentenceAfter = e;
            }
        }
        EntityMention owner = owner(sentence, span);
        EntityMention chosen = owner != null
                ? owner
                : clauseFirst != null
                        ? clauseFirst
                        : clauseAfter != null ? clauseAfter : sentenceBefore != null ? sentenceBefore : sentenceAfter;
        return Optional.ofNullable(chosen).map(EntityMention::subject);
    }
}
