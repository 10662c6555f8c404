package org.chokepoint.ingest.statement;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.reference.commodity.CommodityCatalog;

/**
 * Finds the commodity a figure counts from the words near it, as a chain of the {@link CommodityCatalog}: every chain's
 * English and Chinese names and aliases, the Chinese names in traditional characters as well, converted by HanLP as
 * the gazetteer converts country names (鎢 beside 钨, 液化天然氣 beside 液化天然气), and a few words news uses that the
 * catalog does not list. A reserve figure for China is only comparable with USGS once it is known to be about rare
 * earths.
 */
public final class CommodityWords {

    /** News words for chains beyond the catalog's names, by chain id. */
    private static final Map<String, List<String>> NEWS_WORDS = Map.of(
            "rare-earths", List.of("rare earth", "rare-earths"),
            "crude-oil", List.of("crude oil"),
            "lng", List.of("liquefied natural gas", "液化氣", "液化气"),
            "coal", List.of("thermal coal", "coking coal"));

    /**
     * Words that make what follows them in a clause the cause of a change, not what the figure counts: trade "hit a
     * record $245bn, fuelled by ... oil and gas" is all trade, not oil.
     */
    private static final Pattern CAUSE = Pattern.compile(
            "\\b(?:fuell?ed|driven|boosted|helped|spurred|underpinned|propped up|led) by\\b"
                    + "|\\b(?:thanks to|due to|because of|on the back of|amid)\\b"
                    + "|得益[於于]|受益[於于]|受惠[於于]|[帶带][動动]|由[於于]",
            Pattern.CASE_INSENSITIVE);

    private record Word(String text, String chain, Pattern pattern) {}

    private final List<Word> words;

    private CommodityWords(List<Word> words) {
        this.words = words;
    }

    public static CommodityWords of(CommodityCatalog catalog) {
        List<Word> words = new ArrayList<>();
        for (Chain chain : catalog.chains()) {
            String id = chain.id().slug();
            List<String> names = new ArrayList<>();
            names.add(id);
            names.add(chain.english());
            names.addAll(chain.aliases());
            for (String chinese : chain.chinese()) {
                names.add(chinese);
                names.add(HanLP.convertToTraditionalChinese(chinese));
            }
            names.addAll(NEWS_WORDS.getOrDefault(id, List.of()));
            names.stream().distinct().forEach(n -> words.add(word(n, id)));
        }
        NEWS_WORDS.keySet().forEach(id -> {
            if (catalog.find(id).isEmpty()) {
                throw new IllegalStateException("CommodityWords names the chain '" + id + "', which the catalog lacks");
            }
        });
        words.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        return new CommodityWords(List.copyOf(words));
    }

    private static Word word(String text, String chain) {
        boolean latin = text.chars().allMatch(c -> c < 128);
        Pattern pattern = latin
                ? Pattern.compile("(?<![A-Za-z])" + Pattern.quote(text) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE)
                : Pattern.compile(Pattern.quote(text));
        return new Word(text.toLowerCase(Locale.ROOT), chain, pattern);
    }

    /**
     * The chain a figure counts: the commodity named in its clause nearest before the figure, else the first after it
     * in the clause, else the one commodity its sentence names outside clauses that give a cause (none if it names
     * several).
     */
    public Optional<String> near(String text, Span clause, Span sentence, Span figure) {
        List<Found> inClause = find(text, clause);
        Optional<Found> before =
                inClause.stream().filter(f -> f.span().end() <= figure.start()).reduce((a, b) -> b);
        if (before.isPresent()) {
            return before.map(Found::chain);
        }
        Optional<Found> after =
                inClause.stream().filter(f -> f.span().start() >= figure.end()).findFirst();
        if (after.isPresent()) {
            return after.map(Found::chain);
        }
        List<String> inSentence = find(text, sentence).stream()
                .filter(f -> !namesACause(text, f))
                .map(Found::chain)
                .distinct()
                .toList();
        return inSentence.size() == 1 ? Optional.of(inSentence.get(0)) : Optional.empty();
    }

    /** Whether the commodity word is named, in its own clause, after a word that makes it a cause. */
    private static boolean namesACause(String text, Found word) {
        Span clause = Sentences.clause(text, word.span());
        return CAUSE.matcher(text.substring(clause.start(), word.span().start()))
                .find();
    }

    /** A commodity word in the text and its chain. */
    record Found(Span span, String chain) {}

    /** The commodity words within {@code region}, longest first where they overlap, in text order. */
    List<Found> find(String text, Span region) {
        List<Found> found = new ArrayList<>();
        for (Word w : words) {
            Matcher m = w.pattern().matcher(text).region(region.start(), region.end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
                    found.add(new Found(span, w.chain()));
                }
            }
        }
        found.sort(Comparator.comparingInt(f -> f.span().start()));
        return found;
    }
}
