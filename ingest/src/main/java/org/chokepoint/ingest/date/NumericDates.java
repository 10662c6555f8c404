package org.chokepoint.ingest.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;

/**
 * Dates written with digits and punctuation only, the same in every script: 2025-05-02, 2025/05/02, 2025.5.2, 2025-05,
 * 22.10.2025, 12/16/25, ranges of years (2021-2025, 2023至2024年, 1997 to 2002, 2021-22) and years standing alone
 * (1858, in 2021). A four-digit number is a year only when it lies in 1800..2100, is not part of a larger number or
 * name and is not followed by a unit ("2,000 tonnes", "2025.5 tonnes", "2025 MW", "2025萬噸" are not years).
 *
 * <p>Day-month order: year-first forms are read year-month-day; dotted forms with the year last are read day.month.year
 * (the European order, the only one that writes dots so); slashed forms with the year last are read month/day/year only
 * when the first number is at most 12 and the second above 12 (12/16/25), and day/month/year only when the year has
 * four digits and the first number is above 12 (16/12/2025). Anything else (05/06/25) is left out as ambiguous.
 * Two-digit years are 2000..2069 or 1970..1999.
 */
final class NumericDates {

    private static final String D = "[0-9０-９]";
    private static final String S = "[ \\t\\u00A0\\u3000]*";

    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("(" + D + "{4})([-/.．／])(" + D + "{1,2})\\2(" + D + "{1,2})(?!" + D + ")");
    private static final Pattern YEAR_MONTH =
            Pattern.compile("(" + D + "{4})(?:-(" + D + "{2})|[/／](" + D + "{1,2}))(?!" + D + ")");
    private static final Pattern DAY_MONTH_YEAR_DOTTED =
            Pattern.compile("(?<!" + D + ")(" + D + "{1,2})\\.(" + D + "{1,2})\\.(" + D + "{4})(?!" + D + ")");
    private static final Pattern SLASHED_YEAR_LAST =
            Pattern.compile("(?<!" + D + ")(" + D + "{1,2})/(" + D + "{1,2})/(" + D + "{4}|" + D + "{2})(?!" + D + ")");
    private static final Pattern YEAR_RANGE = Pattern.compile("(" + D + "{4})(?:" + S + "年)?(?:" + S + "[-–—~～至到]" + S
            + "|\\s+(?:to|through|until)\\s+)(" + D + "{4})(?:" + S + "年)?(?!" + D + ")");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(" + D + "{4})[-–/](" + D + "{2})(?!" + D + ")");
    private static final Pattern YEAR = Pattern.compile("(?<!" + D + ")" + D + "{4}(?!" + D + ")");

    /** Words after a number that make it a quantity rather than a year (lower case). */
    private static final Set<String> UNIT_WORDS = Set.of(
            "t",
            "kt",
            "mt",
            "gt",
            "tonnes",
            "tonne",
            "tons",
            "ton",
            "mw",
            "gw",
            "kw",
            "tw",
            "mwh",
            "gwh",
            "twh",
            "kwh",
            "bbl",
            "barrels",
            "barrel",
            "bpd",
            "b/d",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "mi",
            "m",
            "metres",
            "meters",
            "kg",
            "g",
            "lb",
            "lbs",
            "oz",
            "ounces",
            "people",
            "persons",
            "workers",
            "employees",
            "jobs",
            "units",
            "vehicles",
            "cars",
            "trucks",
            "ships",
            "vessels",
            "tankers",
            "cargoes",
            "yuan",
            "rmb",
            "dollars",
            "usd",
            "eur",
            "euros",
            "cny",
            "rubles",
            "roubles",
            "won",
            "yen",
            "points",
            "feet",
            "ft",
            "acres",
            "hectares",
            "ha",
            "sq",
            "square",
            "cubic",
            "m3",
            "bcm",
            "tcf",
            "mcm",
            "mmbtu",
            "percent",
            "pc",
            "per",
            "km2",
            "households",
            "homes",
            "companies",
            "firms",
            "projects",
            "mines",
            "plants",
            "wells",
            "sites",
            "times",
            "hours",
            "minutes",
            "seconds",
            "days",
            "weeks",
            "months",
            "years",
            "items",
            "pieces",
            "shares",
            "troops",
            "soldiers",
            "deaths",
            "cases",
            "votes",
            "seats",
            "mtpa",
            "tpa",
            "x",
            "mph",
            "degrees",
            "mb",
            "gb",
            "tb",
            "l",
            "litres",
            "liters",
            "gallons",
            "carats",
            "bn",
            "million",
            "billion",
            "thousand",
            "trillion",
            "kilograms",
            "grams",
            "metric",
            "page",
            "pages",
            "year",
            "day",
            "week",
            "month",
            "hour",
            "minute",
            "second",
            "mile",
            "kilometre",
            "kilometer",
            "metre",
            "meter",
            "foot",
            "acre",
            "hectare",
            "strong",
            "member",
            "members",
            "seat",
            "word",
            "words",
            "person",
            "man",
            "men",
            "unit",
            "room",
            "rooms",
            "bed",
            "beds",
            "car",
            "point",
            "vehicle",
            "ship",
            "vessel",
            "tanker",
            "worker",
            "employee",
            "job",
            "share",
            "item",
            "piece");

    /** Characters after a number that make it a quantity in Chinese text (2025萬噸, 2025美元, 2025公里). */
    private static final String CJK_UNITS =
            "萬万億亿千百十兆噸吨頓顿斤克磅元圓圆桶個个人名輛辆台艘件家座架支隻只股戶户間间次倍度公立平米里多餘余" + "號号位項项批條条所款型歲岁分秒塊块美英歐欧港澳日韓韩瓦點点盎升碼码";

    private NumericDates() {}

    static void find(String text, Anchors anchors, List<DateMention> out) {
        yearMonthDay(text, anchors, out);
        yearMonth(text, anchors, out);
        dayMonthYearDotted(text, anchors, out);
        slashedYearLast(text, anchors, out);
        ranges(text, anchors, out);
        years(text, anchors, out);
    }

    private static void yearMonthDay(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(YEAR_MONTH_DAY, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!clearBefore(text, m.start()) || continuesAsNumber(text, m.end())) {
                continue;
            }
            add(
                    text,
                    m.start(),
                    m.end(),
                    Dates.number(m.group(1)),
                    Dates.number(m.group(3)),
                    Dates.number(m.group(4)),
                    out);
        }
    }

    private static void yearMonth(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(YEAR_MONTH, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!clearBefore(text, m.start()) || continuesAsNumber(text, m.end())) {
                continue;
            }
            int year = Dates.number(m.group(1));
            int month = Dates.number(m.group(2) != null ? m.group(2) : m.group(3));
            if (Dates.plausibleYear(year) && month >= 1 && month <= 12) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.month(year, month), false));
            }
        }
    }

    private static void dayMonthYearDotted(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(DAY_MONTH_YEAR_DOTTED, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!clearBefore(text, m.start()) || continuesAsNumber(text, m.end())) {
                continue;
            }
            add(
                    text,
                    m.start(),
                    m.end(),
                    Dates.number(m.group(3)),
                    Dates.number(m.group(2)),
                    Dates.number(m.group(1)),
                    out);
        }
    }

    private static void slashedYearLast(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(SLASHED_YEAR_LAST, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!clearBefore(text, m.start()) || continuesAsNumber(text, m.end())) {
                continue;
            }
            int a = Dates.number(m.group(1));
            int b = Dates.number(m.group(2));
            String y = m.group(3);
            int year = Dates.number(y);
            if (y.length() == 2) {
                year += year < 70 ? 2000 : 1900;
            }
            if (a >= 1 && a <= 12 && b > 12) {
                add(text, m.start(), m.end(), year, a, b, out);
            } else if (y.length() == 4 && a > 12 && b >= 1 && b <= 12) {
                add(text, m.start(), m.end(), year, b, a, out);
            }
        }
    }

    private static void ranges(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(YEAR_RANGE, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            int from = Dates.number(m.group(1));
            int to = Dates.number(m.group(2));
            if (clearBefore(text, m.start())
                    && !continuesAsNumber(text, m.end())
                    && Dates.plausibleYear(from)
                    && Dates.plausibleYear(to)
                    && to > from) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.year(from), false));
            }
        }
        Anchors.Matches fiscal = new Anchors.Matches(FISCAL_YEAR, text, anchors.digits, 0);
        Matcher f = fiscal.matcher();
        while (fiscal.find()) {
            int from = Dates.number(f.group(1));
            int to = Dates.number(f.group(2));
            if (clearBefore(text, f.start())
                    && !continuesAsNumber(text, f.end())
                    && Dates.plausibleYear(from)
                    && to == (from + 1) % 100
                    && to > 12) {
                out.add(new DateMention(new Span(f.start(), f.end()), Dates.year(from), false));
            }
        }
    }

    private static void years(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(YEAR, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            int start = m.start();
            int end = m.end();
            int year = Dates.number(text, start, end);
            if (Dates.plausibleYear(year) && yearBefore(text, start) && yearAfter(text, end)) {
                out.add(new DateMention(new Span(start, end), Dates.year(year), false));
            }
        }
    }

    private static void add(String text, int start, int end, int year, int month, int day, List<DateMention> out) {
        if (Dates.plausibleYear(year) && Dates.validDay(year, month, day)) {
            out.add(new DateMention(new Span(start, end), Dates.day(LocalDate.of(year, month, day)), false));
        }
    }

    /** Whether a date written with digits may start at {@code start}: not inside a word, number, path or version. */
    static boolean clearBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if (Dates.isDigit(c) || isAsciiLetter(c) || "_/\\+#$€£¥@=&?".indexOf(c) >= 0) {
            return false;
        }
        if (".,:-–".indexOf(c) >= 0 && start >= 2) {
            char b = text.charAt(start - 2);
            return !Dates.isDigit(b) && !isAsciiLetter(b);
        }
        return true;
    }

    /** Whether the digits before {@code end} go on as a longer number, version, time or path. */
    private static boolean continuesAsNumber(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        if (Dates.isDigit(c)) {
            return true;
        }
        return "./-:,．／".indexOf(c) >= 0 && end + 1 < text.length() && Dates.isDigit(text.charAt(end + 1));
    }

    private static boolean yearBefore(String text, int start) {
        if (!clearBefore(text, start)) {
            return false;
        }
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if (c == '第') {
            return false;
        }
        return !endsWithIgnoreCase(text, start, "no. ") && !endsWithIgnoreCase(text, start, "no.");
    }

    private static boolean yearAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (isAsciiLetter(c) || "%％°‰".indexOf(c) >= 0 || continuesAsNumber(text, end)) {
            return false;
        }
        if ((c == '-' || c == '‑') && end + 1 < text.length() && isAsciiLetter(text.charAt(end + 1))) {
            return !UNIT_WORDS.contains(word(text, end + 1)); // "a 2025-page report", but "the 2020-era rules"
        }
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char next = text.charAt(i);
        if (i > end && Dates.isDigit(next)) {
            return false; // "2025 1234": part of a phone number or a list of figures
        }
        if (CJK_UNITS.indexOf(next) >= 0 || "%％".indexOf(next) >= 0) {
            return false;
        }
        if (i > end && isAsciiLetter(next)) {
            return !UNIT_WORDS.contains(word(text, i));
        }
        return true;
    }

    /** The word (letters, digits and '/') at {@code start}, in lower case, at most 12 characters. */
    private static String word(String text, int start) {
        int j = start;
        while (j < text.length()
                && j - start < 12
                && (isAsciiLetter(text.charAt(j)) || text.charAt(j) == '/' || Dates.isDigit(text.charAt(j)))) {
            j++;
        }
        return text.substring(start, j).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean endsWithIgnoreCase(String text, int end, String suffix) {
        int start = end - suffix.length();
        return start >= 0 && text.regionMatches(true, start, suffix, 0, suffix.length());
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }
}
