package org.chokepoint.ingest.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.chokepoint.model.time.PartialDate;

/**
 * Small calendar helpers shared by the readers: building partial dates, reading digits (ASCII, full-width and Chinese
 * numerals) and the rules that resolve a relative expression against the article date.
 */
final class Dates {

    /** Years a bare number may stand for. */
    static final int MIN_YEAR = 1800;

    static final int MAX_YEAR = 2100;

    /** The offset of the Republic of China (Taiwan, 民國) calendar: ROC year 1 is 1912. */
    static final int ROC_OFFSET = 1911;

    private Dates() {}

    static PartialDate year(int year) {
        return new PartialDate(Integer.toString(year));
    }

    static PartialDate month(int year, int month) {
        return new PartialDate(YearMonth.of(year, month).toString());
    }

    static PartialDate month(YearMonth month) {
        return new PartialDate(month.toString());
    }

    static PartialDate day(LocalDate day) {
        return new PartialDate(day.toString());
    }

    static boolean plausibleYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static boolean validDay(int year, int month, int day) {
        return month >= 1
                && month <= 12
                && day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** Whether {@code c} is a decimal digit, ASCII or full-width. */
    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /**
     * The value of a run of ASCII or full-width digits, or of Chinese numerals: written digit by digit (二〇二五, 一一四)
     * or with the units 十 and 百 (十二, 二十一, 一百一十四). -1 when it is none of these.
     */
    static int number(CharSequence s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        if (isDigit(s.charAt(start))) {
            int value = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (!isDigit(c)) {
                    return -1;
                }
                value = value * 10 + Character.digit(c, 10);
            }
            return value;
        }
        return chinese(s, start, end);
    }

    static int number(CharSequence s) {
        return number(s, 0, s.length());
    }

    private static int chinese(CharSequence s, int start, int end) {
        boolean units = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '十' || c == '百') {
                units = true;
            } else if (chineseDigit(c) < 0) {
                return -1;
            }
        }
        if (!units) {
            int value = 0;
            for (int i = start; i < end; i++) {
                value = value * 10 + chineseDigit(s.charAt(i));
            }
            return value;
        }
        int total = 0;
        int pending = -1;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '百') {
                total += (pending < 0 ? 1 : pending) * 100;
                pending = -1;
            } else if (c == '十') {
                total += (pending < 0 ? 1 : pending) * 10;
                pending = -1;
            } else {
                pending = chineseDigit(c);
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '○', '零' -> 0;
            case '一' -> 1;
            case '二', '兩', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /**
     * The month a month without a year means in an article of {@code article}: the article's year, unless the month
     * comes more than one month after the article's month, in which case it is last year's (news reports mostly look
     * back; "next month" is usually said with its own words).
     */
    static YearMonth monthNear(int month, LocalDate article) {
        int year = article.getYear();
        if (month > article.getMonthValue() + 1) {
            year--;
        }
        return YearMonth.of(year, month);
    }

    /**
     * The date with day-of-month {@code day} that an article of {@code article} means by it: the latest such date no
     * later than {@code maxAhead} days after the article date. Null when no month near by has that day.
     */
    static LocalDate dayNear(int day, LocalDate article, int maxAhead) {
        if (day < 1 || day > 31) {
            return null;
        }
        LocalDate limit = article.plusDays(maxAhead);
        YearMonth month = YearMonth.from(limit);
        for (int i = 0; i < 3; i++, month = month.minusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.atDay(day);
                if (!candidate.isAfter(limit)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The date with day-of-month {@code day} near {@code article} that falls on {@code weekday} (周二（2日）): among the
     * previous, the same and the next month, the closest one on that weekday; when none is, the closest one at all.
     */
    static LocalDate dayOnWeekday(int day, DayOfWeek weekday, LocalDate article) {
        LocalDate best = null;
        boolean bestMatches = false;
        long bestDistance = Long.MAX_VALUE;
        YearMonth month = YearMonth.from(article).minusMonths(1);
        for (int i = 0; i < 3; i++, month = month.plusMonths(1)) {
            if (day < 1 || day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = month.atDay(day);
            boolean matches = candidate.getDayOfWeek() == weekday;
            long distance = Math.abs(candidate.toEpochDay() - article.toEpochDay());
            if (best == null || (matches && !bestMatches) || (matches == bestMatches && distance < bestDistance)) {
                best = candidate;
                bestMatches = matches;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The most recent {@code weekday} on or before {@code article} ("on Tuesday", 週二). */
    static LocalDate weekdayOnOrBefore(DayOfWeek weekday, LocalDate article) {
        return article.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /**
     * The week {@code weeks} weeks from the article's (Monday to Sunday; -1 last week, 0 this week, 1 next week), as
     * precise as one partial date can say it: its month when the week lies in one month, else its year, else null.
     */
    static PartialDate week(LocalDate article, int weeks) {
        LocalDate monday =
                article.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
        LocalDate sunday = monday.plusDays(6);
        if (YearMonth.from(monday).equals(YearMonth.from(sunday))) {
            return month(YearMonth.from(monday));
        }
        return monday.getYear() == sunday.getYear() ? year(monday.getYear()) : null;
    }

    /** Monday to Sunday from 1 to 7, written 一 to 六 and 日 or 天 for Sunday; null for anything else. */
    static DayOfWeek chineseWeekday(char c) {
        return switch (c) {
            case '一' -> DayOfWeek.MONDAY;
            case '二' -> DayOfWeek.TUESDAY;
            case '三' -> DayOfWeek.WEDNESDAY;
            case '四' -> DayOfWeek.THURSDAY;
            case '五' -> DayOfWeek.FRIDAY;
            case '六' -> DayOfWeek.SATURDAY;
            case '日', '天' -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }
}
