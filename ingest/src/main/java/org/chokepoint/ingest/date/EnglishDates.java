package org.chokepoint.ingest.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.time.PartialDate;

/**
 * Dates written in English: December 14, 2025; Dec. 14, 2025; Tuesday, 14 December 2025; December 2025; December 14
 * and "in December" (the article's year, as for 5月), "in August last year"; this year, last month, earlier this month, next week; yesterday,
 * today, tomorrow; Tuesday, last Wednesday, next Friday. Month names count only capitalised or in capitals, so "may"
 * and "march" stay verbs, and a month alone counts only after a word that makes it one (in, since, by, last ...).
 *
 * <p>A weekday alone ("said on Tuesday", AP's "said Tuesday") is the latest such day on or before the article date;
 * "last Wednesday" the latest strictly before it, "next Friday" the first strictly after it. The span leaves out
 * prepositions ("in 2021" gives "2021") but keeps words that change the date ("last Wednesday", "earlier this month").
 */
final class EnglishDates {

    private static final String FULL_MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String SHORT_MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final String MONTH = "\\b(" + FULL_MONTHS + "|" + FULL_MONTHS.toUpperCase(Locale.ROOT) + "|(?:"
            + SHORT_MONTHS + "|" + SHORT_MONTHS.toUpperCase(Locale.ROOT) + ")\\.?)(?![A-Za-z])";
    private static final String DAY = "([0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])";
    private static final String YEAR = "([12][0-9]{3})(?![0-9]|[.,][0-9])";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![0-9.,])" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR);
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b(" + FULL_MONTHS + ")(?![A-Za-z])");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?i:(?:(?:earlier|later|early|late)\\s+)?(this|last|next)\\s+(year|month|week))(?![A-Za-z])");
    private static final Pattern DAY_WORD = Pattern.compile("\\b(?i:(yesterday|today|tomorrow))(?![A-Za-z])");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:(last|next|this|Last|Next|This)\\s+)?(" + WEEKDAYS + ")(?![A-Za-z])");

    /** "August last year": the year a month alone is in. */
    private static final Pattern YEAR_AFTER_MONTH = Pattern.compile("\\s+(?i:(last|this|next)\\s+year)(?![A-Za-z])");

    /** Words before a month name that make it a date of its own ("in May", "since last December"). */
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "since", "from", "until", "till", "by", "through", "during", "before", "after", "of", "early", "late",
            "last", "this", "next");

    /** Words before a weekday that make it a name (Black Friday, Super Tuesday). */
    private static final Set<String> WEEKDAY_NAMES = Set.of(
            "black", "good", "cyber", "super", "ash", "holy", "maundy", "easter", "shrove", "palm", "bloody", "giving");

    private EnglishDates() {}

    static void find(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        monthDayYear(text, anchors, article, out);
        dayMonthYear(text, anchors, article, out);
        monthYear(text, anchors, out);
        if (article == null) {
            return;
        }
        monthAlone(text, anchors, article, out);
        relative(text, anchors, article, out);
        dayWords(text, anchors, article, out);
        weekdays(text, anchors, article, out);
    }

    private static void monthDayYear(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(MONTH_DAY_YEAR, text, anchors.words, 0, "JFMASOND");
        Matcher m = found.matcher();
        while (found.find()) {
            dayOfMonth(text, m, month(m.group(1)), Dates.number(m.group(2)), m.group(3), article, out);
        }
    }

    private static void dayMonthYear(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(DAY_MONTH_YEAR, text, anchors.digits, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            dayOfMonth(text, m, month(m.group(2)), Dates.number(m.group(1)), m.group(3), article, out);
        }
    }

    private static void dayOfMonth(
            String text, Matcher m, int month, int day, String yearText, LocalDate article, List<DateMention> out) {
        Span span = new Span(withWeekday(text, m.start()), m.end());
        if (yearText != null) {
            int year = Dates.number(yearText);
            if (Dates.plausibleYear(year) && Dates.validDay(year, month, day)) {
                out.add(new DateMention(span, Dates.day(LocalDate.of(year, month, day)), false));
            }
        } else if (article != null) {
            YearMonth ym = Dates.monthNear(month, article);
            if (Dates.validDay(ym.getYear(), month, day)) {
                out.add(new DateMention(span, Dates.day(ym.atDay(day)), true));
            }
        }
    }

    private static void monthYear(String text, Anchors anchors, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(MONTH_YEAR, text, anchors.words, 0, "JFMASOND");
        Matcher m = found.matcher();
        while (found.find()) {
            int year = Dates.number(m.group(2));
            if (Dates.plausibleYear(year)) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.month(year, month(m.group(1))), false));
            }
        }
    }

    private static void monthAlone(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(MONTH_ALONE, text, anchors.words, 0, "JFMASOND");
        Matcher m = found.matcher();
        while (found.find()) {
            int month = month(m.group(1));
            int start = m.start();
            String context;
            if (start > 0 && text.charAt(start - 1) == '-') {
                context = "mid".equals(previousWord(text, start - 1)) ? "mid" : "";
            } else if (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                context = previousWord(text, start);
            } else {
                context = "";
            }
            if (!context.equals("mid") && !MONTH_CONTEXT.contains(context)) {
                continue;
            }
            int year = article.getYear();
            Matcher ofYear = YEAR_AFTER_MONTH.matcher(text).region(m.end(), text.length());
            if (ofYear.lookingAt()) { // "in August last year"
                int offset =
                        switch (ofYear.group(1).toLowerCase(Locale.ROOT)) {
                            case "last" -> -1;
                            case "next" -> 1;
                            default -> 0;
                        };
                out.add(new DateMention(
                        new Span(start, ofYear.end()), Dates.month(article.getYear() + offset, month), true));
                continue;
            }
            switch (context) {
                case "last" -> {
                    year = month < article.getMonthValue() ? year : year - 1;
                    start = wordStart(text, start);
                }
                case "next" -> {
                    year = month > article.getMonthValue() ? year : year + 1;
                    start = wordStart(text, start);
                }
                case "this" -> start = wordStart(text, start);
                default -> year = Dates.monthNear(month, article).getYear();
            }
            out.add(new DateMention(new Span(start, m.end()), Dates.month(year, month), true));
        }
    }

    private static void relative(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(RELATIVE, text, anchors.words, 0, "eElLtTnN");
        Matcher m = found.matcher();
        while (found.find()) {
            if (precededBy(text, m.start(), "the")) {
                continue; // "over the last year" is a stretch of time, not a date
            }
            int offset =
                    switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "last" -> -1;
                        case "next" -> 1;
                        default -> 0;
                    };
            PartialDate date =
                    switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "year" -> Dates.year(article.getYear() + offset);
                        case "month" -> Dates.month(YearMonth.from(article).plusMonths(offset));
                        default -> Dates.week(article, offset);
                    };
            if (date != null) {
                out.add(new DateMention(new Span(m.start(), m.end()), date, true));
            }
        }
    }

    private static void dayWords(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(DAY_WORD, text, anchors.words, 0, "yYtT");
        Matcher m = found.matcher();
        while (found.find()) {
            int offset =
                    switch (Character.toLowerCase(m.group(1).charAt(2))) {
                        case 's' -> -1; // yeSterday
                        case 'm' -> 1; // toMorrow
                        default -> 0;
                    };
            out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(article.plusDays(offset)), true));
        }
    }

    private static void weekdays(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(WEEKDAY, text, anchors.words, 0, "lLnNtTMWFS");
        Matcher m = found.matcher();
        while (found.find()) {
            if (m.end() < text.length() && text.charAt(m.end()) == 's') {
                continue;
            }
            String modifier = m.group(1);
            if (modifier == null && WEEKDAY_NAMES.contains(previousWord(text, m.start()))) {
                continue;
            }
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate date;
            if (modifier == null || modifier.equalsIgnoreCase("this")) {
                date = Dates.weekdayOnOrBefore(weekday, article);
            } else if (modifier.equalsIgnoreCase("last")) {
                date = article.with(TemporalAdjusters.previous(weekday));
            } else {
                date = article.with(TemporalAdjusters.next(weekday));
            }
            out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(date), true));
        }
    }

    /** The start of a date widened to the weekday written before it ("Sunday, December 14, 2025"). */
    private static int withWeekday(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
        }
        if (i == start) {
            return start;
        }
        int end = i;
        while (i > 0 && NumericDates.isAsciiLetter(text.charAt(i - 1))) {
            i--;
        }
        if (end - i < 6 || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
            return start;
        }
        String word = text.substring(i, end);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name();
            if (word.equals(name) || word.equalsIgnoreCase(name) && Character.isUpperCase(word.charAt(0))) {
                return i;
            }
        }
        return start;
    }

    /** The month number of an English month name or abbreviation. */
    static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("Not a month: " + name);
        };
    }

    private static boolean precededBy(String text, int start, String word) {
        return previousWord(text, start).equals(word);
    }

    /** The start of the word before {@code start} (over the spaces between). */
    private static int wordStart(String text, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && NumericDates.isAsciiLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The word before {@code start}, in lower case, or "" when there is none. */
    private static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && NumericDates.isAsciiLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }
}
