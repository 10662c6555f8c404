package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;

/**
 * Learns the names an article gives known entities in its own words: Chinese news writes a foreign name once in
 * brackets after its translation (「北極液化天然氣2號」（Arctic LNG 2）, 諾瓦泰克公司（Novatek）). When the bracketed name
 * is known, every occurrence of the translation in the article links to the same entity.
 */
public final class ArticleAliases {

    private static final Pattern GLOSSED = Pattern.compile(
            "(?<alias>[\\p{IsHan}0-9０-９]{2,24})[」』\"”]?\\s*[（(]\\s*(?<name>[A-Za-z][A-Za-z0-9 .&'’\\-]{1,40}?)\\s*[）)]");

    private ArticleAliases() {}

    /** Mentions of glossed names, beyond those the gazetteer found, in text order. */
    public static List<EntityMention> find(String text, Gazetteer gazetteer, List<EntityMention> known) {
        List<EntityMention> found = new ArrayList<>();
        Matcher m = GLOSSED.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            List<EntityMention> linked = gazetteer.find(name);
            if (linked.size() != 1 || linked.get(0).span().length() != name.length()) {
                continue;
            }
            String alias = withoutLeadingCountry(trimmed(m.group("alias")), gazetteer);
            if (alias.length() < 2) {
                continue;
            }
            for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length())) {
                Span span = new Span(at, at + alias.length());
                if (known.stream().noneMatch(k -> k.span().overlaps(span))
                        && found.stream().noneMatch(f -> f.span().overlaps(span))) {
                    found.add(new EntityMention(span, linked.get(0).subject(), true));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
        return found;
    }

    /** 俄羅斯北極液化天然氣2號 is Russia's 北極液化天然氣2號: a country named first is not part of the name. */
    private static String withoutLeadingCountry(String alias, Gazetteer gazetteer) {
        List<EntityMention> named = gazetteer.find(alias);
        if (!named.isEmpty()
                && named.get(0).span().start() == 0
                && named.get(0).subject().kind() == org.chokepoint.knowledge.Subject.Kind.COUNTRY) {
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
