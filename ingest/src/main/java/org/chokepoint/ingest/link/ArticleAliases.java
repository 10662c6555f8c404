package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * Learns the names an article gives known entities in its own words: Chinese news writes a foreign name once in
 * brackets after its translation (「北極液化天然氣2號」（Arctic LNG 2）, 諾瓦泰克公司（Novatek）). When the bracketed name
 * is known, every occurrence of the translation in the article links to the same entity.
 */
public final class ArticleAliases {

    private static final Pattern GLOSSED = Pattern.compile(
            "(?<alias>[\\p{IsHan}0-9０-９]{2,24})[」』\"”]?\\s*[（(]\\s*(?<name>[A-Za-z][A-Za-z0-9 .&'’\\-]{1,40}?)\\s*[）)]");

    private ArticleAliases() {}

    /**
     * Mentions of glossed names, beyond those the gazetteer found, in text order. An earlier gloss wins where two
     * aliases overlap, and an alias's occurrences are taken left to right without overlapping one another. One
     * Aho-Corasick automaton over all the article's aliases finds every occurrence in a single pass, so the work grows
     * with the text and the number of occurrences, not with their product.
     */
    public static List<EntityMention> find(String text, Gazetteer gazetteer, List<EntityMention> known) {
        Map<String, Subject> glossed = new LinkedHashMap<>(); // alias -> entity, in the order of first gloss
        Matcher m = GLOSSED.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            List<EntityMention> linked = gazetteer.find(name);
            if (linked.size() != 1 || linked.get(0).span().length() != name.length()) {
                continue;
            }
            String alias = withoutLeadingCountry(trimmed(m.group("alias")), gazetteer);
            if (alias.length() >= 2) {
                glossed.putIfAbsent(alias, linked.get(0).subject());
            }
        }
        if (glossed.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> starts = occurrences(text, glossed.keySet());
        BitSet taken = new BitSet(text.length());
        known.forEach(k -> taken.set(k.span().start(), k.span().end()));
        List<EntityMention> found = new ArrayList<>();
        for (Map.Entry<String, Subject> alias : glossed.entrySet()) {
            int length = alias.getKey().length();
            int next = 0; // an occurrence starting before this overlaps the one taken before it
            for (int at : starts.getOrDefault(alias.getKey(), List.of())) {
                if (at < next) {
                    continue;
                }
                next = at + length;
                int firstTaken = taken.nextSetBit(at);
                if (firstTaken < 0 || firstTaken >= at + length) {
                    taken.set(at, at + length);
                    found.add(new EntityMention(new Span(at, at + length), alias.getValue(), true));
                }
            }
        }
        found.sort(Comparator.comparingInt(e -> e.span().start()));
        return found;
    }

    /** Where each alias occurs in the text (overlapping occurrences included), in increasing order. */
    private static Map<String, List<Integer>> occurrences(String text, Collection<String> aliases) {
        Trie trie = Trie.builder().addKeywords(aliases).build();
        Map<String, List<Integer>> starts = new HashMap<>();
        trie.parseText(text, (Emit emit) -> {
            starts.computeIfAbsent(emit.getKeyword(), a -> new ArrayList<>()).add(emit.getStart());
            return true;
        });
        starts.values().forEach(list -> list.sort(null));
        return starts;
    }

    /** 俄羅斯北極液化天然氣2號 is Russia's 北極液化天然氣2號: a country named first is not part of the name. */
    private static String withoutLeadingCountry(String alias, Gazetteer gazetteer) {
        List<EntityMention> named = gazetteer.find(alias);
        if (!named.isEmpty()
                && named.get(0).span().start() == 0
                && named.get(0).subject().kind() == Subject.Kind.COUNTRY) {
            return alias.substring(named.get(0).span().end());
        }
        return alias;
    }

    /** The name part of a glossed run: the text after the last particle or verb that cannot be part of a name. */
    private static String trimmed(String alias) {
        int cut = Math.max(
                Math.max(alias.lastIndexOf('將'), alias.lastIndexOf('将')),
                Math.max(Math.max(alias.lastIndexOf('的'), alias.lastIndexOf('在')), alias.lastIndexOf('是')));
        return cut >= 0 ? alias.substring(cut + 1) : alias;
    }
}
