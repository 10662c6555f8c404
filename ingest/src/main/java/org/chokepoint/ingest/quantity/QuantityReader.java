package org.chokepoint.ingest.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.number.Numerals;
import org.chokepoint.ingest.text.Span;

/**
 * Finds the figures in a text: a number (Arabic, Chinese or English words, with magnitude words), an optional second
 * number making a range (三到四成, 30%至40%, 2800萬至3200萬美元, $2-3bn), its unit or currency before or after, a rate
 * (per barrel, 每年), hedges (約, nearly) and a direction (下降, fell). Numbers inside names (Arctic LNG 2, 西伯利亞力量2號,
 * CR929, G7), ordinals (第三國) and numeral idioms (一直, 三心二意) are not figures. A number with no unit is kept only
 * when it counts something ("23 cargoes", 11艘) or carries on the unit of the figure just before it ("added another
 * 400,000" after "600,000 square kilometers").
 */
public final class QuantityReader {

    private static final String ARABIC = "[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
    private static final String CHINESE_DIGITS = "[〇零一二兩两三四五六七八九十廿卅]";
    private static final String MAGNITUDES = "[十百千萬万億亿兆]";
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9０-９.．_\\-+])(?:" + ARABIC + "(?:[ \\u00A0]?"
            + MAGNITUDES + "+(?:" + ARABIC + MAGNITUDES + "+)*(?:" + ARABIC + ")?)?" + "|" + CHINESE_DIGITS
            + "[〇零一二兩两三四五六七八九十廿卅百千萬万億亿兆]*"
            + "(?:[點点][〇零一二三四五六七八九]+" + MAGNITUDES + "*)?"
            + "|(?<=[近逾約约過过])[百千][萬万億亿]+)"); // 近百億: a round magnitude after a hedge
    private static final String WORD =
            "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final Pattern ENGLISH =
            Pattern.compile("(?i)\\b(?:(?:a|one|two|three)[ -](?:thirds?|quarters?|tenths?"
                    + "|fifths?)|a (?:hundred|thousand|million|billion)|hundreds of (?:thousands|millions|billions)"
                    + "|tens of (?:thousands|millions|billions)|(?:two|three|four|five|six|seven|eight|nine|ten)fold"
                    + "|half|halving|halved|doubled|doubling|tripled|" + WORD + "(?:-" + WORD + ")?(?: hundred)?"
                    + "(?: (?:thousand|million|billion))?)\\b");
    static final Pattern MAGNITUDE_EN = Pattern.compile(
            "[ \\u00A0]?(?<word>thousand|million|mln|mn|billion|bn|trillion|tn)\\b|(?<short>[mbk])\\b(?=\\s|[,.;)]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("[ \\u00A0]?(?:到|至|~|～|-|–|—|to|and)[ \\u00A0]?");
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之");
    private static final Pattern FRACTION =
            Pattern.compile("(?<den>[一二三四五六七八九十兩两]+|[0-9]+)分之(?<num>[一二三四五六七八九十兩两]+|[0-9]+)");
    private static final Pattern HALF_ZH = Pattern.compile("半數|半数|一半");
    private static final Pattern RANK_AFTER = Pattern.compile("[ \\u00A0]?(?:名|位|大(?![幅約约概部多量]))");
    private static final String MORE_THAN = "多余餘几幾";
    private static final String CHINESE_TENTHS = "〇一二三四五六七八九";

    static final Pattern ENGLISH_FRACTION = Pattern.compile("(a|one|two|three)[ -](third|quarter|tenth|fifth)s?");
    /** Words before a figure that make it a yearly rate: 年輸氣量, 年输气能力, 每年, annual; not 去年進口 (last year's). */
    private static final Pattern YEARLY_BEFORE = Pattern.compile(
            "(?<![去今明前當当該该同上])年(?:設計|设计)?(?:輸氣|输气|產|产|出口|進口|进口|供應|供应|供氣|供气|處理|处理|銷售|销售)(?:量|能力|能)?"
                    + "[^，。,;；]{0,6}$"
                    + "|(?:每年|年均)[^，。,;；]{0,30}$"
                    + "|\\bannual\\b(?:[^.;]|\\.(?=\\d)){0,120}$",
            Pattern.CASE_INSENSITIVE);
    /** Words before a figure that make it a daily rate: 日輸氣量, 日均, 每日. */
    private static final Pattern DAILY_BEFORE = Pattern.compile(
            "(?<![今昨明前當当該该同上])(?:日(?:輸氣|输气|產|产|出口|進口|进口|供應|供应|供氣|供气|處理|处理)(?:量|能力)?|日均|每日|每天)" + "[^，。,;；]{0,8}$");
    /** A rate named before the figure: 每百萬英熱單位（mmBtu）11美元, 每桶. */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?:每|per )(?<per>百萬英熱單位|百万英热单位|桶|噸|吨|公斤|barrel|tonne|ton)[ \\u00A0]*(?:[（(][^（）()]{1,10}[）)])?[ \\u00A0]*$");

    private static final Pattern RELATIVE_TIME_AFTER = Pattern.compile("\\s(?:later|earlier|after|before)\\b");

    private QuantityReader() {}

    /** The figures of {@code text}, in text order, none overlapping. */
    public static List<QuantityMention> find(String text) {
        Found found = new Found(text.length());
        Matcher fraction = FRACTION.matcher(text);
        while (fraction.find()) {
            fraction(text, fraction).ifPresent(found::add);
        }
        scan(text, NUMBER.matcher(text), found, false);
        scan(text, ENGLISH.matcher(text), found, true);
        Matcher half = HALF_ZH.matcher(text);
        while (half.find()) {
            Span span = new Span(half.start(), half.end());
            if (found.free(span)) {
                found.add(finish(text, span, 50, 50, "%"));
            }
        }
        found.all.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return UnitContext.shareRates(text, UnitContext.inheritUnits(text, found.all));
    }

    private static void scan(String text, Matcher m, Found found, boolean words) {
        while (m.find()) {
            Span number = new Span(m.start(), m.end());
            if (!found.free(number)) {
                continue;
            }
            read(text, number, words).ifPresent(found::add);
        }
    }

    /**
     * The figures found so far, with the characters they cover marked, so that whether a span is free is answered
     * without scanning them all (quadratic in a long article).
     */
    private static final class Found {
        final List<QuantityMention> all = new ArrayList<>();
        private final java.util.BitSet taken;

        Found(int length) {
            taken = new java.util.BitSet(length);
        }

        void add(QuantityMention q) {
            all.add(q);
            taken.set(q.span().start(), q.span().end());
        }

        /** Whether no figure found so far overlaps the (non-empty) span. */
        boolean free(Span span) {
            int first = taken.nextSetBit(span.start());
            return first < 0 || first >= span.end();
        }
    }

    private static Optional<QuantityMention> fraction(String text, Matcher m) {
        OptionalDouble percent = Numerals.percent(m.group());
        if (percent.isEmpty()) {
            return Optional.empty();
        }
        double p = percent.getAsDouble();
        return Optional.of(finish(text, new Span(m.start(), m.end()), p, p, "%"));
    }

    /** One number as read, with what a range's other end may borrow: what multiplied it, and its unit's part of that. */
    private record Reading(QuantityMention mention, double multiplier, double unitFactor) {}

    private static Optional<QuantityMention> read(String text, Span number, boolean words) {
        return reading(text, number, words, true).map(Reading::mention);
    }

    private static Optional<Reading> reading(String text, Span number, boolean words, boolean rangeAllowed) {
        String digits = number.of(text);
        if (!words && NotFigures.isNotAFigure(text, number, digits)) {
            return Optional.empty();
        }
        double[] range = words ? englishValue(digits) : numberValue(digits);
        if (range == null || (words && NotFigures.isNotAFraction(text, number))) {
            return Optional.empty();
        }
        int start = number.start();
        int end = number.end();
        if (!words && start > 0 && text.charAt(start - 1) == '第') { // rank: 第三名, 第一大; else an ordinal
            Matcher rank = RANK_AFTER.matcher(text).region(end, text.length());
            if (!rank.lookingAt()) {
                return Optional.empty();
            }
            Span span = new Span(start - 1, rank.end());
            return Optional.of(new Reading(finish(text, span, range[0], range[1], "rank"), 1, 1));
        }
        boolean ownMagnitude = !words && digits.matches(".*[萬万億亿兆].*");
        double magnitude = 1;
        boolean shortMagnitude = false;
        Matcher word = MAGNITUDE_EN.matcher(text).region(end, text.length());
        if (word.lookingAt()) {
            String w = (word.group("word") != null ? word.group("word") : word.group("short")).toLowerCase(Locale.ROOT);
            magnitude = englishMagnitude(w);
            shortMagnitude = word.group("short") != null;
            ownMagnitude = true;
            end = word.end();
        }
        String unit = null;
        boolean money = false;
        if (start >= 3 && PERCENT_WORDS.matcher(text).region(start - 3, start).matches()) {
            start -= 3; // 百分之三十
            unit = "%";
        }
        Optional<UnitLexicon.Found> currency = UnitLexicon.currencyBefore(text, start);
        if (currency.isPresent()) {
            unit = currency.get().unit();
            money = true;
            start = currency.get().start();
        } else if (shortMagnitude) {
            return Optional.empty(); // "5m" without a currency could be metres or minutes
        }
        double unitFactor = 1;
        if (!words && end < text.length() && MORE_THAN.indexOf(text.charAt(end)) >= 0) {
            Optional<UnitLexicon.Found> unitAfterMore = UnitLexicon.unitAfter(text, end + 1);
            if (unitAfterMore.isPresent() && !"%".equals(unitAfterMore.get().unit())) {
                end++; // 一万六千多吨: "over 16,000 t" (Hedges marks it approximate)
            }
        }
        Optional<UnitLexicon.Found> after = UnitLexicon.unitAfter(text, end);
        if (after.isPresent()) {
            if (!money || !after.get().money()) {
                unit = after.get().unit();
                unitFactor = after.get().factor();
                money = after.get().money();
            } // else 新台幣346元: the sign before names the currency, 元 closes the figure
            end = after.get().end();
            if (unitFactor == 10 && "%".equals(unit) && end < text.length()) {
                int tenth = CHINESE_TENTHS.indexOf(text.charAt(end));
                if (tenth > 0 && (end + 1 == text.length() || CHINESE_TENTHS.indexOf(text.charAt(end + 1)) < 0)) {
                    range = new double[] {range[0] + tenth / 10.0, range[1] + tenth / 10.0}; // 一成一 is 11%
                    end++;
                }
            }
        }
        boolean bareYear = unit == null && digits.matches("1[89]\\d\\d|20\\d\\d"); // "from 2011 to $400m"
        if (rangeAllowed && !bareYear && !NotFigures.isDateLike(text, number)) {
            Matcher connector = RANGE.matcher(text).region(end, text.length());
            if (connector.lookingAt() && (!connector.group().strip().equals("and") || afterBetween(text, start))) {
                Optional<Reading> second = secondEnd(text, connector.end(), words);
                if (second.isPresent()
                        && compatible(unit, money, second.get().mention().unit())) {
                    Reading s = second.get();
                    double lowFactor;
                    if (unit != null) {
                        // 30%至40%, 新台幣94元到125元; $2-3bn borrows the second end's magnitude
                        lowFactor = (ownMagnitude ? magnitude : s.multiplier() / s.unitFactor()) * unitFactor;
                    } else if (ownMagnitude) {
                        lowFactor = magnitude * s.unitFactor(); // 2800萬至3200萬美元
                    } else {
                        lowFactor = s.multiplier(); // 3到4成, 3至4美元, $2-3bn
                    }
                    String secondUnit = s.mention().unit();
                    // $8-$12 per barrel: the second end carries the rate for both
                    String u = unit != null && (money || secondUnit.isEmpty()) && !secondUnit.startsWith(unit + "/")
                            ? unit
                            : secondUnit;
                    if (!u.contains("/") && !u.isEmpty()) { // 年設計輸氣量為300億立方米至400億立方米
                        u += rateNamedBefore(wordsBefore(text, start), u, money || u.matches("[A-Z]{3}"));
                    }
                    Span span = new Span(start, s.mention().span().end());
                    double high = s.mention().high() * s.mention().direction().sign();
                    return Optional.of(new Reading(finish(text, span, range[0] * lowFactor, high, u), lowFactor, 1));
                }
            }
        }
        if (words
                && RELATIVE_TIME_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return Optional.empty(); // "two years later" dates an event
        }
        if (unit == null) {
            Span span = new Span(start, end);
            return Optional.of(
                    new Reading(finish(text, span, range[0] * magnitude, range[1] * magnitude, ""), magnitude, 1));
        }
        if ("count".equals(unit) && !NotFigures.isCount(text, number, end, words, range[0])) {
            return Optional.empty();
        }
        String canonical = unit;
        if (!"%".equals(unit) && !"count".equals(unit) && !"rank".equals(unit) && !"x".equals(unit)) {
            Optional<UnitLexicon.Found> rate = UnitLexicon.rateAfter(text, end);
            String before = wordsBefore(text, start);
            Matcher rateBefore = RATE_BEFORE.matcher(before);
            if (rate.isPresent()) {
                canonical = unit + rate.get().unit();
                end = rate.get().end();
            } else if (money && rateBefore.find()) {
                canonical = unit + UnitLexicon.perUnit(rateBefore.group("per"));
            } else {
                canonical = unit + rateNamedBefore(before, unit, money);
            }
        }
        double m = magnitude * unitFactor;
        Span span = new Span(start, end);
        return Optional.of(new Reading(
                finish(text, span, range[0] * m, range[1] * m, canonical),
                m * (words ? 1 : trailingMagnitude(digits)),
                unitFactor));
    }

    /** The words before a figure that may name its rate (年輸氣量, 每年, annual, 每桶). */
    private static String wordsBefore(String text, int start) {
        return text.substring(Math.max(0, start - 140), start);
    }

    /** "/d" or "/yr" where the words before a figure make it a daily or yearly rate (日輸氣量, 每年, annual), else "". */
    private static String rateNamedBefore(String before, String unit, boolean money) {
        boolean physical = "t".equals(unit) || "m3".equals(unit) || "bbl".equals(unit);
        if (physical && DAILY_BEFORE.matcher(before).find()) {
            return "/d";
        }
        if ((physical && !"bbl".equals(unit) || money)
                && YEARLY_BEFORE.matcher(before).find()) {
            return "/yr";
        }
        return "";
    }

    /** The magnitude a Chinese number ends with, which a bare first end of a range shares: 10到20亿 is 1e9 to 2e9. */
    private static double trailingMagnitude(String digits) {
        double m = 1;
        for (int i = digits.length() - 1; i >= 0; i--) {
            switch (digits.charAt(i)) {
                case '萬', '万' -> m *= 1e4;
                case '億', '亿' -> m *= 1e8;
                case '兆' -> m *= 1e12;
                default -> {
                    return m;
                }
            }
        }
        return m;
    }

    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s*$");

    /** "between 30% and 40%" is a range; "91% and 89%" are two figures. */
    private static boolean afterBetween(String text, int start) {
        return BETWEEN_BEFORE
                .matcher(text.substring(Math.max(0, start - 12), start))
                .find();
    }

    /** Whether a range's second end fits the first: same unit, or none on one side, or two currencies of one sum. */
    private static boolean compatible(String unit, boolean money, String secondUnit) {
        if (unit == null || secondUnit.isEmpty() || secondUnit.startsWith(unit)) {
            return true;
        }
        return money && secondUnit.matches("[A-Z]{3}");
    }

    private static Optional<Reading> secondEnd(String text, int from, boolean words) {
        Matcher m = (words ? ENGLISH : NUMBER).matcher(text).region(from, text.length());
        if (m.lookingAt()) {
            return reading(text, new Span(m.start(), m.end()), words, false);
        }
        for (int skip = 1; skip <= 4 && from + skip < text.length(); skip++) { // 94元到新台幣125元, $2-$3
            Matcher n = NUMBER.matcher(text).region(from + skip, text.length());
            if (n.lookingAt()) {
                Optional<UnitLexicon.Found> currency = UnitLexicon.currencyBefore(text, from + skip);
                if (currency.isPresent() && currency.get().start() == from) {
                    return reading(text, new Span(n.start(), n.end()), false, false);
                }
                break;
            }
        }
        return Optional.empty();
    }

    /** [low, high] of a number written in digits or Chinese numerals, or null when it is not one. */
    private static double[] numberValue(String digits) {
        String compact = digits.replace(" ", "").replace("\u00A0", "");
        Optional<org.chokepoint.ingest.number.NumberRange> approximate = Numerals.approximateRange(compact);
        if (approximate.isPresent()) {
            return new double[] {approximate.get().low(), approximate.get().high()};
        }
        OptionalDouble v = Numerals.chinese(compact);
        return v.isPresent() ? new double[] {v.getAsDouble(), v.getAsDouble()} : null;
    }

    private static double[] englishValue(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        Optional<org.chokepoint.ingest.number.NumberRange> vague = Numerals.englishRange(w);
        if (vague.isPresent()) { // "hundreds of millions": 1e8 to 1e9
            return new double[] {vague.get().low(), vague.get().high()};
        }
        OptionalDouble fraction = ENGLISH_FRACTION.matcher(w).matches() ? Numerals.english(w) : OptionalDouble.empty();
        if (fraction.isPresent()) { // "two thirds": Numerals reads the fraction, a share is in %
            double percent = 100 * fraction.getAsDouble();
            return new double[] {percent, percent};
        }
        switch (w) {
            case "half", "halving", "halved":
                return new double[] {50, 50};
            case "doubled", "doubling":
                return new double[] {2, 2};
            case "tripled":
                return new double[] {3, 3};
            default:
                break;
        }
        OptionalDouble v = Numerals.english(w);
        return v.isPresent() ? new double[] {v.getAsDouble(), v.getAsDouble()} : null;
    }

    private static double englishMagnitude(String w) {
        switch (w) {
            case "thousand", "k":
                return 1e3;
            case "million", "mln", "mn", "m":
                return 1e6;
            case "billion", "bn", "b":
                return 1e9;
            case "trillion", "tn":
                return 1e12;
            default:
                return 1;
        }
    }

    private static QuantityMention finish(String text, Span span, double low, double high, String unit) {
        return Hedges.apply(text, new QuantityMention(span, low, high, unit, false, Direction.LEVEL));
    }
}
