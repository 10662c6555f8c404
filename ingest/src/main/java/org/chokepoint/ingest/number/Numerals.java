package org.chokepoint.ingest.number;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads numbers as Chinese and English news write them: Chinese numerals, Arabic digits (ASCII or full-width) and their
 * mixes ("五百億", "1.2万亿", "4,400萬"), approximate ranges ("三四十"), shares ("三成五", "百分之三十") and English number
 * words ("twenty-one", "two-thirds", "sevenfold"), for a quantity scanner that has already found the span of the number.
 *
 * <p>The Chinese readers allocate nothing beyond their result and {@link #readChinese} nothing at all; no reader
 * compiles a pattern or boxes a number.
 */
public final class Numerals {

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

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
