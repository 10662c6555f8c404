package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;

/**
 * English adjectives of nationality where they name a country's economy: "Chinese car exports", "Russian crude",
 * "Chinese investment into Russia" are China's exports, Russia's crude, China's investment. Only before a word of trade
 * or industry (exports, investment, crude, buyers, carmakers ...), within two words: "Chinese media" or "a Russian
 * diplomat" link nothing.
 */
public final class Demonyms {

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("chinese", "CHN"),
            Map.entry("russian", "RUS"),
            Map.entry("american", "USA"),
            Map.entry("japanese", "JPN"),
            Map.entry("korean", "KOR"),
            Map.entry("south korean", "KOR"),
            Map.entry("kazakh", "KAZ"),
            Map.entry("indian", "IND"),
            Map.entry("german", "DEU"),
            Map.entry("french", "FRA"),
            Map.entry("british", "GBR"),
            Map.entry("australian", "AUS"),
            Map.entry("mongolian", "MNG"),
            Map.entry("ukrainian", "UKR"),
            Map.entry("saudi", "SAU"),
            Map.entry("turkish", "TUR"),
            Map.entry("vietnamese", "VNM"),
            Map.entry("indonesian", "IDN"),
            Map.entry("brazilian", "BRA"),
            Map.entry("canadian", "CAN"));

    private static final Pattern ECONOMIC = Pattern.compile("\\b(?<demonym>South Korean|"
            + String.join(
                    "|",
                    COUNTRIES.keySet().stream()
                            .filter(k -> !k.contains(" "))
                            .map(k -> Character.toUpperCase(k.charAt(0)) + k.substring(1))
                            .toList())
            + ")\\s+(?:[a-z][a-z-]*\\s+){0,2}?(?:exports?|imports?|investments?|production|output|cars?|carmakers?"
            + "|vehicles?|crude|oil|gas|LNG|coal|steel|buyers?|sellers?|companies|firms|producers?|exporters?"
            + "|importers?|refiners?|trade|demand|supply|shipments?|purchases?|sales|economy|market|tariffs?"
            + "|sanctions|banks?|lenders?|mining|miners?|makers?|manufacturers?|industry|industries)\\b");

    private Demonyms() {}

    /** The demonyms in {@code text} that name a country's economy, linked to that country. */
    public static List<EntityMention> find(String text, Gazetteer gazetteer) {
        List<EntityMention> found = new ArrayList<>();
        Matcher m = ECONOMIC.matcher(text);
        while (m.find()) {
            String code = COUNTRIES.get(m.group("demonym").toLowerCase(java.util.Locale.ROOT));
            gazetteer
                    .country(code)
                    .ifPresent(country -> found.add(
                            new EntityMention(new Span(m.start("demonym"), m.end("demonym")), country, true)));
        }
        return found;
    }
}
