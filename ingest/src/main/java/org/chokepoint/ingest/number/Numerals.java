package org.chokepoint.ingest.number;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads numbers as Chinese and English news write them: Chinese numerals, Arabic digits (ASCII or full-width) and their
 * mixes ("五百億", "1.2万亿", "4,400萬"), approximate ranges ("三四十"), shares ("三成五", "百分之三十") and English number
 * words ("twenty-one", "two-thirds", "sevenfold"). A quantity scanner finds a span with one of the patterns here, checks
 * its context (and {@link #isIdiomatic}), then reads the span with the matching reader.
 *
 * <p>The patterns knowingly match some non-numbers, which the readers or the scanner must reject:
 *
 * <ul>
 *   <li>{@link #CHINESE_NUMBER} matches every lone 一 ("一直", "一些", "统一", "一带一路", "第一", "一名"); the numerals
 *       of idioms and names ("万一", "三心二意", "十四五", "四川", "周一", "二、五、八萬"); 十 in "十分" (very); 兆 as an
 *       omen ("征兆"); the digits of dates and codes ("2023", "二〇二三", "2023.10.5"); and runs that {@link #chinese}
 *       rejects ("十五六" is a range, "十点三十" a time of day). It leaves vague words out of the match ("数十" gives
 *       "十", "三十多" gives "三十"), so the scanner must look at the neighbours.
 *   <li>{@link #CHINESE_NUMBER} does not match 百 before 分之/分比/分点 (use {@link #CHINESE_SHARE}), 千 before
 *       瓦/克/米/焦/… or 兆 before 瓦/焦/赫/… (those are units: "120万千瓦" matches "120万"), digits glued after a Latin
 *       letter ("G20", "COP28"), or the financial numerals 壹…玖, 拾, 佰, 仟, whose characters are also common words
 *       (大陆, 队伍, 参加); the readers still read them.
 *   <li>{@link #ENGLISH_NUMBER_WORDS} matches "one" as a pronoun ("one of the", "no one"), number words in names
 *       ("Group of Seven", "Nine Dragons") and vague plurals ("hundreds", "tens of thousands", read by {@link
 *       #englishRange}). It matches fractions only when hyphenated or followed by "of" ("two-thirds", "a third of"),
 *       because "a third straight month" is an ordinal, and never matches "second", a bare "half" or "the second half
 *       of".
 * </ul>
 *
 * <p>The Chinese readers allocate nothing beyond their result and {@link #readChinese} nothing at all; no reader
 * compiles a pattern or boxes a number.
 */
public final class Numerals {

    private static final String ARABIC = "0-9０-９";
    private static final String DIGITS = "〇零○一二三四五六七八九";
    private static final String CHINESE_DIGITS = DIGITS + "两兩";
    private static final String BAI = "百(?!分[之比点點])";
    private static final String QIAN = "千(?![瓦焦帕赫伏克米卡字位比])";
    private static final String ZHAO = "兆(?![瓦焦帕赫伏字位比])";
    private static final String NUMERAL =
            "(?:[" + ARABIC + CHINESE_DIGITS + "十廿卅卌万萬亿億]|" + BAI + "|" + QIAN + "|" + ZHAO + ")";
    private static final String GROUP_COMMA = "(?<=[" + ARABIC + "]),(?=[" + ARABIC + "]{3}(?![" + ARABIC + "]))";
    private static final String DECIMAL_POINT =
            "(?<=[" + ARABIC + DIGITS + "十百千万萬亿億])[点點.．](?=[" + ARABIC + DIGITS + "])";
    /**
     * A cheap first test, mostly of ranges, that every numeral passes: Java tests a character class of many single
     * characters one by one, so the full classes run only where this lets them.
     */
    private static final String NUMERAL_AHEAD =
            "(?=[0-9０-９\u3007\u25CB\u4E00-\u516D\u5341-\u534C\u56DB\u5EFF\u767E\u842C\u96F6])";

    private static final String NOT_AFTER_LATIN = "(?<![A-Za-zＡ-Ｚａ-ｚ_" + ARABIC + "])";

    /**
     * A maximal run of Chinese numerals, digits and magnitude words, with 點/点/. decimals and commas between digit
     * groups: "五百億", "1.2万亿", "4,400萬", "２８００萬", "2800", "三四十". Read it with {@link #chinese} or, if that is
     * empty, {@link #approximateRange}. See the class comment for what it knowingly matches.
     */
    public static final Pattern CHINESE_NUMBER = Pattern.compile(NUMERAL_AHEAD + NOT_AFTER_LATIN + NUMERAL + "(?:"
            + NUMERAL + "|" + GROUP_COMMA + "|" + DECIMAL_POINT + ")*");

    private static final String RUN = "[" + ARABIC + CHINESE_DIGITS + "十百千万萬亿億]+(?:[点點.．][" + ARABIC + DIGITS + "]+)?";

    /**
     * A share or fraction written in Chinese or with a percent sign: "三分之一", "百分之二点五", "千分之五", "九成", "三成五",
     * "三四成", "30%", "３０％". Read it with {@link #percent}. Try it before {@link #CHINESE_NUMBER}, which would take
     * "三分之一" for two numbers. "一成不变" and 成 in words such as 成本, 成为, 成员 are not matched.
     */
    public static final Pattern CHINESE_SHARE = Pattern.compile(NUMERAL_AHEAD
            + NOT_AFTER_LATIN
            + "(?:(?:百分之|千分之|[万萬]分之|" + RUN + "分之)" + RUN
            + "|(?<![" + ARABIC + CHINESE_DIGITS + "十百千万萬亿億])[" + CHINESE_DIGITS + "十]{1,2}成(?![为為本立功交果长長员員都品熟就分份不])"
            + "(?:[一二三四五六七八九半](?![" + CHINESE_DIGITS + "十百千万萬亿億成分]))?"
            + "|[" + ARABIC + "]+(?:,[" + ARABIC + "]{3})*(?:[.．][" + ARABIC + "]+)?\\s?[%％])");

    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String SMALL = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2010 ](?:"
            + ONES + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + ONES
            + ")";
    private static final String SCALE = "(?:hundred|thousand|million|billion|trillion)";
    private static final String SCALE_ABBREVIATED = "(?:hundred|thousand|million|billion|trillion|bn|mln|mn)";
    private static final String AND_A_HALF = "(?:\\s+and\\s+a\\s+half\\b)?";
    private static final String DENOMINATOR =
            "(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)";
    private static final String ENGLISH_FOLD =
            "\\b(?:" + SMALL + "|hundred|thousand|\\d+(?:\\.\\d+)?)[-\u2010 ]?fold\\b";
    private static final String ENGLISH_VAGUE =
            "\\b(?:(?:tens|hundreds)\\s+of\\s+)?(?:hundreds|thousands|millions|billions|trillions)\\b";
    private static final String ENGLISH_FRACTION =
            "\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)(?:[-\u2010]" + DENOMINATOR + "\\b|\\s+"
                    + DENOMINATOR + "\\b(?=\\s+of\\b))";
    private static final String ENGLISH_HALF =
            "(?<!(?:first|second|latter|other|one)\\s)\\bhalf(?:\\s+an?\\s+(?:" + SCALE + "|dozen)\\b|(?=\\s+of\\b))";
    /** The first letters of all number words, a cheap test before the alternatives. */
    private static final String WORD_AHEAD = "(?=[0-9abefhmnostz])";

    private static final String ENGLISH_CARDINAL = "\\b(?:an?(?=\\s+(?:" + SCALE + "|dozen)\\b)"
            + "|" + SMALL + "\\b" + AND_A_HALF
            + "|" + SCALE + "\\b|zero\\b"
            + "|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?=\\s*" + SCALE_ABBREVIATED + "\\b))"
            + "(?:(?:\\s+|-|(?<=\\d))(?:" + SCALE_ABBREVIATED + "|dozen)\\b"
            + "|(?<=hundred|thousand|million|billion|trillion)(?:\\s+and)?(?:\\s+|-)" + SMALL + "\\b" + AND_A_HALF
            + ")*";

    /**
     * English number words, case-insensitive: "zero", "seven", "twenty-one", "a hundred", "two million", "two hundred and
     * fifty thousand", "two and a half million", digits before a scale word ("1.5 million", "3bn"), "-fold" forms
     * ("sevenfold", "2.5-fold"), fractions ("two-thirds", "a third of"), "half a million", and vague plurals ("hundreds
     * of millions"). Read it with {@link #english} or {@link #englishRange}. See the class comment for what it knowingly
     * matches.
     */
    public static final Pattern ENGLISH_NUMBER_WORDS = Pattern.compile("(?i)" + WORD_AHEAD + "(?:" + ENGLISH_FOLD + "|"
            + ENGLISH_VAGUE + "|" + ENGLISH_FRACTION + "|" + ENGLISH_HALF + "|" + ENGLISH_CARDINAL + ")");

    private Numerals() {}

    /**
     * The value of a number written with Chinese numerals, Arabic digits (ASCII or full-width), or a mix: "五百億" 5e10,
     * "1.2万亿" 1.2e12, "兩千三百萬" 2.3e7, "一百零五" 105, "零點五" 0.5, "4,400萬" 4.4e7, "廿" 20, "兆" 1e12 (as in
     * Taiwan), "二〇二三" 2023 (digit by digit, from three digits or with 〇), and the colloquial "三千五" 3500 and "一万五"
     * 15000. Empty when the text is not a number, including vague ones ("数十", "三十多") and approximate ranges ("三四十",
     * "十五六"; see {@link #approximateRange}). White space around the number is ignored.
     */
    public static OptionalDouble chinese(String text) {
        return optional(ChineseNumerals.parse(text, 0, text.length(), -1));
    }

    /**
     * {@link #chinese(String)} for {@code text[start, end)}, as a primitive: NaN when it is not a number. For scanners
     * that would otherwise cut a substring for every match.
     */
    public static double readChinese(CharSequence text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        return ChineseNumerals.parse(text, start, end, -1);
    }

    /**
     * The range of an approximation by two adjacent digits: "三四十" 30 to 40, "十五六" 15 to 16, "七八百" 700 to 800, "两三千万"
     * 2e7 to 3e7, "一两" 1 to 2, "三四" 3 to 4 (a following 成 is the caller's: "三四成" is empty). Empty when not such a form,
     * for example "三五" (not adjacent), "二〇二三" or "三四五".
     */
    public static Optional<NumberRange> approximateRange(String text) {
        return Optional.ofNullable(ChineseNumerals.approximateRange(text, 0, text.length()));
    }

    /**
     * English number words: "seven" 7, "twenty-one" 21, "a hundred" 100, "two million" 2e6, "1.5 million" 1.5e6, "two
     * and a half million" 2.5e6, "a dozen" 12, "sevenfold" 7 (a multiple: the -fold is the caller's to note), "half" 0.5,
     * "half a million" 5e5, "a third" 1/3, "two-thirds" 2/3. Case is ignored. Empty for vague words ("dozens", "hundreds
     * of millions": see {@link #englishRange}) and for anything else.
     */
    public static OptionalDouble english(String text) {
        return optional(EnglishNumerals.parse(text));
    }

    /**
     * Vague English plurals as the span from their scale to ten times it: "hundreds" 100 to 1000, "thousands", "tens of
     * thousands" 1e4 to 1e5, "hundreds of millions" 1e8 to 1e9, "billions". Empty for anything else, "dozens" included.
     */
    public static Optional<NumberRange> englishRange(String text) {
        return Optional.ofNullable(EnglishNumerals.range(text));
    }

    /**
     * Fractions and shares as percentages: "三分之一" 33.33…, "四分之三" 75, "九成" 90, "三成五" 35, "三成半" 35, "百分之三十" 30,
     * "百分之二点五" 2.5, "千分之五" 0.5, "一半" 50, "30%" 30. An approximation word before it ("近六成", "约三成", "逾",
     * "超过", "不到") is skipped: flagging it is the caller's. Empty when not a share, ranges ("三四成") included.
     */
    public static OptionalDouble percent(String text) {
        return optional(ChineseNumerals.percent(text, 0, text.length()));
    }

    /**
     * Whether {@code text[start, end)}, a numeral match, overlaps a common non-numeric use of numeral characters: words
     * (一直, 一些, 一起, 一定, 一般, 一样, 统一, 唯一, 不一, 一旦, 一致, 一点 not before a digit), 十分 "very" (not in 十分之一 or
     * 三十分钟), 万一 "in case" (not in 三万一), 千万 "by all means" before 不/别/要, idioms (三心二意, 七上八下, 一带一路,
     * 二、五、八萬, 成千上万), and names (十四五, 四川, 五矿, 周一). Counts and ranks are numeric: 之一 and 第一 answer false.
     * A match that runs on into an idiom ("三千万一直") answers true as well: the scanner may retry a shorter span.
     */
    public static boolean isIdiomatic(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        return start < end && Idioms.overlaps(text, start, end);
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
