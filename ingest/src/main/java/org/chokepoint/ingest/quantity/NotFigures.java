package org.chokepoint.ingest.quantity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.number.Numerals;
import org.chokepoint.ingest.text.Han;
import org.chokepoint.ingest.text.Span;

/**
 * The numbers in news that are not figures: numbers inside names (Arctic LNG 2, 西伯利亞力量2號, CR929, 七国集团),
 * ordinals (第三國), numeral idioms (一直, 三心二意), years (2025年), 一 with a classifier (一個, 一名: the article "a"),
 * rhetorical small counts (兩種, 两个关键现实, "the two countries"), relative time (兩年前) and periods (前9个月, "the first
 * six months").
 */
final class NotFigures {

    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:第|其|評論|评论|Article |No\\. ?|#)$");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\b[A-Z][A-Za-z'’]*|\\b[A-Z]{2,})[ \\u00A0]$");
    private static final Pattern NAME_NUMBER_AFTER = Pattern.compile("[ \\u00A0]?(?:號|号)");
    private static final Pattern YEAR_AFTER = Pattern.compile("[ \\u00A0]?(?:年|[-/.][0-9]{1,2}\\b)");
    /** The one-character Chinese numeral 一 with a classifier is mostly the article "a" (一個, 一名, 一場). */
    private static final Pattern ARTICLE_LIKE =
            Pattern.compile("[一壹][個个名種种場场輪轮次件位人份篇台輛辆艘天大例項项間间家條条座批處处片塊块張张根支隻只枚顆颗筆笔宗起]");
    /** Small counts with the generic classifiers are rhetorical (兩種動向, 两个关键现实, 两大强国) more than figures. */
    private static final Pattern RHETORICAL_COUNT = Pattern.compile("[兩两二](?:[個个](?!月)|[種种人大次國国])");
    /** 兩年前, 一年前: a relative date, not a figure. */
    private static final Pattern YEARS_AGO_AFTER = Pattern.compile("[ \\u00A0]?年前");
    /** A count fused into a name: 七国集团, 二十国集团. */
    private static final Pattern GROUP_NAME_AFTER = Pattern.compile("(?:集團|集团|峰會|峰会)");
    /** "the first nine months", 前9个月: a period, not a figure. */
    private static final Pattern PERIOD_BEFORE =
            Pattern.compile("(?:前|first |last |past )[ \\u00A0]?$", Pattern.CASE_INSENSITIVE);
    /**
     * "a nine-month high", "a 15-year low", 9個月來新高, 七個月最低水平: a length of time that ranks a figure, not a figure
     * itself.
     */
    private static final Pattern RANKING_PERIOD_AFTER = Pattern.compile(
            "^(?:-(?:day|week|month|year|decade)[ -](?:high|low|peak|record|best|worst)s?\\b"
                    + "|\\s?(?:個月|个月|年|週|周|天|日)(?:以來|以来|來|来)?的?(?:最高|最低|新高|新低|高點|高点|低點|低点))",
            Pattern.CASE_INSENSITIVE);
    /** "the first three quarters", "three quarters of 2025": quarters of a year are a period, not 75%. */
    private static final Pattern QUARTERS_OF_A_YEAR_AFTER =
            Pattern.compile("^\\s+of\\s+(?:the\\s+)?(?:year|fiscal|financial|\\d{4})", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an English fraction is not one: an ordinal before a counted noun ("a third tanker", "a fifth cargo"; a
     * fraction takes "of" or stands alone) or quarters of a year.
     */
    static boolean isNotAFraction(String text, Span number) {
        String words = number.of(text).toLowerCase(java.util.Locale.ROOT);
        boolean singular = words.matches("(?:a|one)[ -](?:third|quarter|tenth|fifth)");
        return (singular
                        && UnitLexicon.unitAfter(text, number.end())
                                .filter(u -> u.unit().equals("count"))
                                .isPresent())
                || isQuartersOfAYear(text, number);
    }

    /** Whether an English fraction of quarters is a period: "the first three quarters of 2025". */
    private static boolean isQuartersOfAYear(String text, Span number) {
        if (!number.of(text).toLowerCase(java.util.Locale.ROOT).endsWith("quarters")) {
            return false;
        }
        String before = text.substring(Math.max(0, number.start() - 7), number.start());
        return PERIOD_BEFORE.matcher(before).find()
                || QUARTERS_OF_A_YEAR_AFTER
                        .matcher(text)
                        .region(number.end(), text.length())
                        .lookingAt();
    }

    /** Whether a number with a classifier counts something, rather than being a date, an article or a name. */
    static boolean isCount(String text, Span number, int end, boolean words, double value) {
        if (isDateLike(text, number)) {
            return false; // 2025年 is a date
        }
        String head = text.substring(number.start(), Math.min(text.length(), number.start() + 2));
        if (!words && ARTICLE_LIKE.matcher(head).matches()) {
            return false;
        }
        if (!words
                && YEARS_AGO_AFTER
                        .matcher(text)
                        .region(number.end(), text.length())
                        .lookingAt()) {
            return false;
        }
        if (!words
                && RHETORICAL_COUNT
                        .matcher(text)
                        .region(number.start(), text.length())
                        .lookingAt()) {
            return false;
        }
        if (GROUP_NAME_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String before = text.substring(Math.max(0, number.start() - 7), number.start());
        if (PERIOD_BEFORE.matcher(before).find()) {
            return false; // 前9个月, the first six months
        }
        if (RANKING_PERIOD_AFTER
                .matcher(text)
                .region(number.end(), text.length())
                .lookingAt()) {
            return false; // a nine-month high
        }
        boolean hyphenated = number.end() < text.length() && text.charAt(number.end()) == '-';
        if (words && value <= 12 && !hyphenated) {
            return false; // "the two countries", "six months": wording, not figures
        }
        return value != 0;
    }

    static boolean isDateLike(String text, Span number) {
        return YEAR_AFTER.matcher(text).region(number.end(), text.length()).lookingAt()
                && number.length() == 4
                && text.substring(number.start(), number.end()).matches("1[89]\\d\\d|20\\d\\d");
    }

    static boolean isNotAFigure(String text, Span number, String digits) {
        int start = number.start();
        String before = text.substring(Math.max(0, start - 12), start);
        if (ORDINAL_BEFORE.matcher(before).find() && !before.endsWith("第")) {
            return true;
        }
        if (NAME_BEFORE.matcher(before).find() && digits.length() <= 2 && !followedByUnit(text, number.end())) {
            return true; // Arctic LNG 2, Arc 7, Power of Siberia 2
        }
        if (NAME_NUMBER_AFTER.matcher(text).region(number.end(), text.length()).lookingAt()) {
            return true; // 北極液化天然氣2號
        }
        if (start > 0 && Character.isLetter(text.charAt(start - 1)) && !Han.isHan(text.charAt(start - 1))) {
            return true; // CR929, C5+1 (the regex's look-behind covers ASCII letters; this covers the rest)
        }
        return Numerals.isIdiomatic(text, number.start(), number.end());
    }

    private static boolean followedByUnit(String text, int end) {
        Matcher magnitude = QuantityReader.MAGNITUDE_EN.matcher(text).region(end, text.length());
        Optional<UnitLexicon.Found> unit = UnitLexicon.unitAfter(text, magnitude.lookingAt() ? magnitude.end() : end);
        return unit.isPresent() && !"count".equals(unit.get().unit());
    }

    private NotFigures() {}
}
