package org.chokepoint.ingest.quantity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and signs news uses for units, currencies and rates, in traditional and simplified Chinese and English, each
 * with its canonical unit and the factor to it (萬噸 is read as 萬 then 噸; "Mt" is 1e6 t, "bcm" 1e9 m3, 成 10%). Units
 * follow the number ({@link #unitAfter}); currency signs and names may come before it ({@link #currencyBefore}); a rate
 * ("per barrel", "/yr", 每年) may follow the unit ({@link #rateAfter}).
 */
final class UnitLexicon {

    /** A unit word found in text: where it ends, its canonical unit and factor, and whether it is money. */
    record Found(int start, int end, String unit, double factor, boolean money) {}

    private record Entry(Pattern pattern, String unit, double factor, boolean money) {}

    private static final String COUNT_NOUNS_EN =
            "cargo(?:es|s)?|tankers?|ships?|vessels?|countries|nations|companies|firms"
                    + "|days?|weeks?|months?|years?|people|users|troops|soldiers|workers|employees|projects|mines|plants"
                    + "|refineries|terminals|members|partners|measures|items|products|minerals|elements|articles|cases"
                    + "|vehicles|cars|units|deals|agreements|shipments|pipelines|licen[cs]es|permits|factories|wells"
                    + "|sites|reactors|deposits|buyers|sellers|suppliers|customers|states|provinces|regions|cities";

    private static final List<Entry> AFTER = List.of(
            money("美元|美金|USD\\b|US dollars?\\b|dollars?\\b", "USD"),
            money("元人民幣|元人民币|人民幣|人民币|RMB\\b|CNY\\b|yuan\\b|renminbi\\b", "CNY"),
            money("新台幣|新台币|台幣|台币|TWD\\b|NT dollars?\\b", "TWD"),
            money("盧布|卢布|RUB\\b|roubles?\\b|rubles?\\b", "RUB"),
            money("韓元|韩元|韓圜|韩圜|KRW\\b|won\\b", "KRW"),
            money("日圓|日元|日圆|JPY\\b|yen\\b", "JPY"),
            money("歐元|欧元|EUR\\b|euros?\\b", "EUR"),
            money("英鎊|英镑|GBP\\b|pounds? sterling\\b|pounds?\\b", "GBP"),
            money("港元|港幣|港币|HKD\\b", "HKD"),
            money("堅戈|坚戈|KZT\\b|tenge\\b", "KZT"),
            money("印度盧比|印度卢比|盧比|卢比|INR\\b|rupees?\\b", "INR"),
            money("圖格里克|图格里克|MNT\\b|tugr[iu]ks?\\b", "MNT"),
            money("澳元|澳幣|澳币|AUD\\b|Australian dollars?\\b", "AUD"),
            money("加元|加幣|加币|CAD\\b|Canadian dollars?\\b", "CAD"),
            money("元(?![素首旦月年老帥帅件])", "CNY"),
            unit("%|％|percent\\b|per ?cent\\b|pc\\b|pct\\b", "%", 1),
            unit("個百分點|个百分点|percentage points?\\b", "%", 1),
            unit("成(?![本為为立功長长交果員员份])", "%", 10),
            unit("(?:metric )?tonnes\\b|(?:metric )?tons\\b|公噸|公吨|噸|吨", "t", 1),
            unit("Mt\\b|MMt\\b|mtpa\\b|Mtpa\\b", "t", 1e6),
            unit("kt\\b|ktpa\\b", "t", 1e3),
            unit("bcm\\b", "m3", 1e9),
            unit("tcm\\b", "m3", 1e12),
            unit("立方公尺|立方米|cubic met(?:re|er)s\\b|m3\\b|m³", "m3", 1),
            unit("平方公里|平方千米|(?i:square kilomet(?:re|er)s?)\\b|sq\\.? ?km\\b|km2\\b|km²", "km2", 1),
            unit("公里|kilomet(?:re|er)s?\\b|km\\b", "km", 1),
            unit("公尺|met(?:re|er)s\\b", "m", 1),
            unit("公升|升(?![級级值])|lit(?:re|er)s\\b", "L", 1),
            unit("桶|barrels?\\b|bbl\\b", "bbl", 1),
            unit("倍|-?fold\\b", "x", 1),
            unit("(?:個|个)?足球(?:場|场)|football (?:fields|pitches)\\b", "football_fields", 1),
            unit("(?:個|个)月", "count", 1),
            unit("年(?![代级級度初底中末份內内間间輕轻])", "count", 1),
            unit(
                    "(?:個|个|艘|項|项|批|名|家|種|种|輛|辆|架|座|條|条|位|國|国|次|篇|台|件|隻|只|場|场|份|所|間|间|起|例|宗"
                            + "|筆|笔|天|週|周|口|處|处|人|枚|顆|颗|列|趟|輪|轮|屆|届|大(?![幅約约概部多量致都於于型學学]))",
                    "count",
                    1),
            unit("(?:of )?(?:-| )?(?:" + COUNT_NOUNS_EN + ")\\b", "count", 1),
            unit("-(?:year|day|week|month)\\b", "count", 1));

    private static final Pattern SPACE = Pattern.compile("[ \\t\\u00A0]?");

    private static final List<Entry> BEFORE = List.of(
            money("US\\$|\\$|USD ?", "USD"),
            money("NT\\$|新台幣|新台币|台幣|台币", "TWD"),
            money("HK\\$", "HKD"),
            money("A\\$", "AUD"),
            money("C\\$", "CAD"),
            money("£|GBP ?", "GBP"),
            money("€|EUR ?", "EUR"),
            money("₩|KRW ?", "KRW"),
            money("₽|RUB ?", "RUB"),
            money("₹|Rs\\.? ?|INR ?", "INR"),
            money("₸|KZT ?", "KZT"),
            money("¥|RMB ?|CNY ?|人民幣|人民币", "CNY"));

    private static final Pattern RATE = Pattern.compile(
            "\\s?(?:/|per |a |an |每)\\s?(?<per>year\\b|yr\\b|annum\\b|年|barrel\\b|bbl\\b|桶|tonne\\b|ton\\b|t\\b|噸|吨"
                    + "|kg\\b|公斤|kilogram\\b|MMBtu\\b|mmBtu\\b|mmbtu\\b|million British thermal units|百萬英熱單位|百万英热单位)"
                    + "|\\s?annually\\b|\\s?(?<day>a day\\b|per day\\b|/d\\b|b/d\\b|bpd\\b)");

    /** What a quantity is of, between it and its rate: "50bn cubic metres of gas annually". */
    private static final Pattern WHAT_IS_MEASURED = Pattern.compile(
            "\\s+of\\s+(?:natural\\s+gas|gas|LNG|oil|crude(?:\\s+oil)?|coal|ore)(?![A-Za-z])",
            Pattern.CASE_INSENSITIVE);

    private UnitLexicon() {}

    private static Entry money(String regex, String code) {
        return new Entry(Pattern.compile(regex), code, 1, true);
    }

    private static Entry unit(String regex, String unit, double factor) {
        return new Entry(Pattern.compile(regex), unit, factor, false);
    }

    /** The unit word right after {@code from}, allowing one space. */
    static Optional<Found> unitAfter(String text, int from) {
        int start = skipSpace(text, from);
        for (Entry e : AFTER) {
            Matcher m = e.pattern.matcher(text).region(start, text.length());
            if (m.lookingAt() && m.end() > start) {
                return Optional.of(new Found(start, m.end(), e.unit, e.factor, e.money));
            }
        }
        return Optional.empty();
    }

    /** A currency sign or name ending right before {@code numberStart} (one space allowed), such as "$" or 新台幣. */
    static Optional<Found> currencyBefore(String text, int numberStart) {
        int end = numberStart;
        if (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        for (Entry e : BEFORE) {
            for (int length = 5; length >= 1; length--) {
                int start = end - length;
                if (start < 0) {
                    continue;
                }
                Matcher m = e.pattern.matcher(text).region(start, end);
                if (m.matches()) {
                    return Optional.of(new Found(start, end, e.unit, 1, true));
                }
            }
        }
        return Optional.empty();
    }

    /** A rate right after a unit: "/yr", "per barrel", 每桶, "a day"; the canonical suffix ("/yr", "/bbl") and its end. */
    static Optional<Found> rateAfter(String text, int from) {
        Matcher m = RATE.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            Matcher what = WHAT_IS_MEASURED.matcher(text).region(from, text.length());
            if (!what.lookingAt()) {
                return Optional.empty();
            }
            m = RATE.matcher(text).region(what.end(), text.length()); // "50bn cubic metres of gas annually"
            if (!m.lookingAt()) {
                return Optional.empty();
            }
        }
        String per = m.group("per");
        String suffix;
        if (m.group("day") != null) {
            suffix = "/d";
        } else if (per == null) {
            suffix = "/yr";
        } else {
            suffix = perUnit(per);
        }
        return Optional.of(new Found(from, m.end(), suffix, 1, false));
    }

    /** The canonical "/unit" for the word after "per" or 每. */
    static String perUnit(String per) {
        String p = per.toLowerCase(java.util.Locale.ROOT);
        if (p.startsWith("y") || p.startsWith("annum") || p.equals("年")) {
            return "/yr";
        }
        if (p.startsWith("barrel") || p.equals("bbl") || p.equals("桶")) {
            return "/bbl";
        }
        if (p.startsWith("kg") || p.startsWith("kilogram") || p.equals("公斤")) {
            return "/kg";
        }
        if (p.startsWith("mmbtu") || p.startsWith("million british") || p.startsWith("百萬") || p.startsWith("百万")) {
            return "/MMBtu";
        }
        return "/t";
    }

    private static int skipSpace(String text, int from) {
        Matcher m = SPACE.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }
}
