package org.chokepoint.ingest.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.time.PartialDate;

/**
 * Dates written the Chinese way, traditional and simplified: 2025年5月2日, 二〇二五年五月, 民國114年 (the Taiwan calendar,
 * year + 1911), ranges of months (2025年1至9月, dated by their first month), 今年5月, 去年底, 上個月, 昨（9）日, 週二（2日）, 上週,
 * the day of a wire dateline (（中央社倫敦19日綜合外電報導）) and a day of the month where its context makes it a date
 * (商務部於7日公告, 華爾街日報26日的報導). Spaces inside (2025 年 8 月) are allowed, as some sites print them.
 *
 * <p>A bare number of days (30日內, 為期3日) is not a date: a day of the month standing alone is read only after 於/在/當地時間
 * and the like, or before a verb of reporting or acting (表示, 宣布, 發布, 舉行 ...), and is then taken as the latest such day
 * no more than a week after the article date. Years without 民國 (114年) are not read as Taiwan years, since "100年" is
 * as often a hundred years.
 */
final class ChineseDates {

    private static final String D = "[0-9０-９]";
    private static final String S = "[ \\t\\u00A0\\u3000]*";
    private static final String CN_MONTH = "(?:十[一二]?|[一二三四五六七八九])";
    private static final String CN_DAY = "(?:三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String MONTH = "(" + D + "{1,2}|" + CN_MONTH + ")";
    private static final String DAY = "(" + D + "{1,2}|" + CN_DAY + ")";
    private static final String DAY_MARK = "[日號号]";
    private static final String TO = "[至到~～\\-－—]";
    /** The weekday some sites print after a day: 2025年5月2日（週五）. */
    private static final String WEEKDAY_NOTE = "(?:" + S + "[（(]" + S + "(?:週|周|星期|禮拜|礼拜)[一二三四五六日天]" + S + "[）)])?";

    /** Month and optional day after a year: groups month, month-range end, day, year-end. */
    private static final String AFTER_YEAR = "(?:" + S + MONTH + S + "(?:月" + S + ")?(?:" + TO + S + MONTH + S
            + ")?月(?:" + S + DAY + S + DAY_MARK + WEEKDAY_NOTE + "|份)?|" + S + "年?([底末]))?";

    private static final Pattern ABSOLUTE = Pattern.compile("(?:(" + D + "{4})|([〇○零一二三四五六七八九]{4})|民[國国]" + S + "(" + D
            + "{1,3}|[〇○零一二三四五六七八九十百]{1,6}))" + S + "年" + AFTER_YEAR);

    private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|去年|前年|明年)" + AFTER_YEAR);

    private static final Pattern MONTH_DAY =
            Pattern.compile("(?<![0-9０-９.．／/年\\-~～至到])(" + D + "{1,2})" + S + "(?:月" + S + ")?(?:" + TO + S + "(" + D
                    + "{1,2})" + S + ")?月(?:" + S + "(" + D + "{1,2})" + S + DAY_MARK + WEEKDAY_NOTE + "|份)?");

    private static final Pattern MONTH_WORD = Pattern.compile("(上|本|下|這|这)(?:個|个)?月(?!球)");

    private static final Pattern DAY_WORD = Pattern.compile("([今昨明前])(?:(天|日)?" + S + "[（(]" + S + "(" + D + "{1,2})"
            + S + "(日)?" + S + "[）)](?:" + S + "(日))?|天|日|晚|晨)");

    private static final Pattern WEEKDAY = Pattern.compile("(?<![一二三四五六七八九十兩两每幾几數数])(上|本|這|这|下)?(?:個|个)?(週|周|星期|禮拜|礼拜)"
            + "([一二三四五六日天])(?:" + S + "[（(]" + S + "(" + D + "{1,2})" + S + "日?" + S + "[）)])?");

    private static final Pattern WEEK =
            Pattern.compile("(?<![一二三四五六七八九十兩两每幾几數数])(上|本|這|这|下)(?:個|个)?(?:週|周|星期|禮拜|礼拜)(?![一二三四五六日天末])");

    private static final Pattern DATELINE = Pattern.compile("(?:社|記者|记者|報|报|網|网)[^，。,\\n（()）「」]{0,24}?(?<![0-9０-９月])("
            + D + "{1,2})日" + S + "(?:綜合外電報導|综合外电报道|綜合報導|综合报道|專電|专电|電|电|訊|讯|報導|报道)");

    private static final Pattern BARE_DAY =
            Pattern.compile("(?<![0-9０-９月號号第每數数幾几近約约逾超多個个連连共前後后這这餘余])(" + D + "{1,2})日");

    /** Words before a bare day that make it a date. */
    private static final String[] DAY_BEFORE = {
        "於", "于", "在", "當地時間", "当地时间", "北京時間", "北京时间", "台北時間", "台北时间", "截至", "直到", "直至", "定於", "定于", "並於", "并于", "已於",
        "已于"
    };

    /** Words after a bare day that make it a date: times of the day and verbs of reporting or acting. */
    private static final String[] DAY_AFTER = {
        "晚", "上午", "下午", "凌晨", "早上", "中午", "傍晚", "深夜", "清晨", "早間", "早间", "午間", "午间", "夜間", "夜间", "稍早", "稍晚", "當天", "当天",
        "起", "在", "於", "于", "宣布", "宣佈", "公布", "公佈", "發布", "发布", "發表", "发表", "表示", "指出", "說", "说", "稱", "称", "公告", "報導",
        "报道", "報告", "报告", "透露", "召開", "召开", "舉行", "举行", "舉辦", "举办", "出席", "會見", "会见", "會晤", "会晤", "簽署", "签署", "抵達",
        "抵达", "前往", "訪問", "访问", "致電", "致电", "通話", "通话", "發出", "发出", "證實", "证实", "強調", "强调", "批准", "通過", "通过", "啟動",
        "启动", "開始", "开始", "結束", "结束", "收盤", "收盘", "回應", "回应", "警告", "發文", "发文", "談到", "谈到", "接受", "生效", "上路", "刊出",
        "刊登", "出版", "下令", "宣告", "提出", "推出", "公開", "公开", "的報導", "的报道", "的聲明", "的声明", "的會議", "的会议", "的講話", "的讲话", "的記者會",
        "的记者会", "的公告", "的談話", "的谈话", "的峰會", "的峰会", "的演講", "的演讲"
    };

    private static final String YEAR_WORD_BLOCK_AFTER = "輕轻紀纪齡龄青少華华鑑鉴薪糕邁迈老幼長长資资假";

    private ChineseDates() {}

    static void find(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        absolute(text, anchors, article, out);
        if (article == null) {
            return;
        }
        relativeYears(text, anchors, article, out);
        monthDays(text, anchors, article, out);
        monthWords(text, anchors, article, out);
        dayWords(text, anchors, article, out);
        weekdays(text, anchors, article, out);
        weeks(text, anchors, article, out);
        datelines(text, anchors, article, out);
        bareDays(text, anchors, article, out);
    }

    private static void absolute(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(ABSOLUTE, text, anchors.years, 14);
        Matcher m = found.matcher();
        while (found.find()) {
            int year;
            if (m.group(1) != null) {
                if (!NumericDates.clearBefore(text, m.start())) {
                    continue;
                }
                year = Dates.number(m.group(1));
            } else if (m.group(2) != null) {
                if (m.start() > 0 && "〇○零一二三四五六七八九十".indexOf(text.charAt(m.start() - 1)) >= 0) {
                    continue;
                }
                year = Dates.number(m.group(2));
            } else {
                int roc = Dates.number(m.group(3));
                year = roc > 0 ? roc + Dates.ROC_OFFSET : -1;
            }
            if (!Dates.plausibleYear(year)) {
                continue;
            }
            afterYear(text, m, 4, year, false, out);
        }
    }

    private static void relativeYears(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(RELATIVE_YEAR, text, anchors.years, 1);
        Matcher m = found.matcher();
        while (found.find()) {
            String word = m.group(1);
            if (!yearWordStandsAlone(text, m.start(), m.start() + 2, word)) {
                continue;
            }
            int offset =
                    switch (word.charAt(0)) {
                        case '去' -> -1;
                        case '前' -> -2;
                        case '明' -> 1;
                        default -> 0;
                    };
            afterYear(text, m, 2, article.getYear() + offset, true, out);
        }
    }

    /**
     * Adds the mention of a year whose month, month range, day or year-end follow in groups {@code g} to {@code g+4}
     * of {@code m}. An impossible month or day leaves the year alone, ending at 年.
     */
    private static void afterYear(String text, Matcher m, int g, int year, boolean relative, List<DateMention> out) {
        String month = m.group(g);
        if (month == null) {
            boolean yearEnd = m.group(g + 3) != null;
            PartialDate date = yearEnd ? Dates.month(year, 12) : Dates.year(year);
            out.add(new DateMention(new Span(m.start(), m.end()), date, relative));
            return;
        }
        int mo = Dates.number(month);
        String day = m.group(g + 2);
        int d = day == null ? -1 : Dates.number(day);
        if (mo >= 1 && mo <= 12 && (day == null || Dates.validDay(year, mo, d)) && validRangeEnd(m.group(g + 1), mo)) {
            PartialDate date = day == null ? Dates.month(year, mo) : Dates.day(LocalDate.of(year, mo, d));
            out.add(new DateMention(new Span(m.start(), m.end()), date, relative));
        } else {
            int yearEnd = text.indexOf('年', m.start()) + 1;
            out.add(new DateMention(new Span(m.start(), yearEnd), Dates.year(year), relative));
        }
    }

    private static boolean validRangeEnd(String end, int from) {
        if (end == null) {
            return true;
        }
        int to = Dates.number(end);
        return to > from && to <= 12;
    }

    /** Whether 前年, 去年, 明年 at {@code start} is the year word and not the tail of another word (提前, 失去, 說明). */
    private static boolean yearWordStandsAlone(String text, int start, int end, String word) {
        if (end < text.length() && YEAR_WORD_BLOCK_AFTER.indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        String block =
                switch (word) {
                    case "前年" -> "提之以年目事空先向往超眼面跟從从當当此日月天週周數数幾几多个個兩两一二三四五六七八九十0123456789";
                    case "去年" -> "過过失除撤離离回";
                    case "明年" -> "聲声說说證证表透發发光文鮮鲜簡简申指標标照分英聰聪開开清黎神高註注載载闡阐查寫写言辨挑嚴严精失天昌澄不自";
                    default -> "";
                };
        return block.indexOf(before) < 0;
    }

    private static void monthDays(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(MONTH_DAY, text, anchors.months, 10);
        Matcher m = found.matcher();
        while (found.find()) {
            int month = Dates.number(m.group(1));
            if (month < 1 || month > 12 || !validRangeEnd(m.group(2), month)) {
                continue;
            }
            YearMonth ym = Dates.monthNear(month, article);
            if (m.group(3) == null) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.month(ym), true));
            } else {
                int day = Dates.number(m.group(3));
                if (Dates.validDay(ym.getYear(), month, day)) {
                    out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(ym.atDay(day)), true));
                }
            }
        }
    }

    private static void monthWords(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(MONTH_WORD, text, anchors.months, 2);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!monthWordStandsAlone(text, m.start(), m.end())) {
                continue;
            }
            int offset =
                    switch (m.group(1)) {
                        case "上" -> -1;
                        case "下" -> 1;
                        default -> 0;
                    };
            out.add(new DateMention(
                    new Span(m.start(), m.end()),
                    Dates.month(YearMonth.from(article).plusMonths(offset)),
                    true));
        }
    }

    /** Whether 上月, 本月, 下月 are the month words and not parts of 日本月球, 以上月份, 月台 and the like. */
    private static boolean monthWordStandsAlone(String text, int start, int end) {
        if (end < text.length() && "球亮光餅饼台臺薪費费票租".indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        String block =
                switch (text.charAt(start)) {
                    case '本' -> "日資资成基根版劇剧原樣样腳脚課课書书範范文賬账老";
                    case '上' -> "以";
                    case '下' -> "以地天底";
                    default -> "";
                };
        return block.indexOf(before) < 0;
    }

    private static void dayWords(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(DAY_WORD, text, anchors.dayWords, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!dayWordStandsAlone(text, m.start(), m.end())) {
                continue;
            }
            int offset =
                    switch (m.group(1)) {
                        case "昨" -> -1;
                        case "前" -> -2;
                        case "明" -> 1;
                        default -> 0;
                    };
            if (offset == -2 && !"前天".equals(m.group())) {
                continue; // 前日, 前晚 and 前（7）日 are too often "the day before" something else
            }
            if (offset == 1 && !"明天".equals(m.group())) {
                continue; // 明日 is as often a name (明日之星) as tomorrow
            }
            LocalDate anchor = article.plusDays(offset);
            String day = m.group(3);
            if (day == null) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(anchor), true));
            } else if (m.group(2) != null || m.group(4) != null || m.group(5) != null) {
                LocalDate date = Dates.dayNear(Dates.number(day), anchor, 1);
                if (date != null) {
                    out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(date), true));
                }
            }
        }
    }

    /**
     * Whether a day word is one and not the tail or head of another word: 目前天然氣 and 如今天然氣 hold 前天 and 今天
     * but mean "now, natural gas"; 至今日本 is "to this day, Japan".
     */
    private static boolean dayWordStandsAlone(String text, int start, int end) {
        char last = text.charAt(end - 1);
        if (end < text.length()) {
            char next = text.charAt(end);
            if ((last == '天' && next == '然') || (last == '日' && next == '本')) {
                return false;
            }
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        String block =
                switch (text.charAt(start)) {
                    case '前' -> "目之提以當当空眼面跟先事從从此向往超年日月週周天上午生";
                    case '今' -> "如至迄現现而當当古";
                    case '明' -> "聲声說说證证表透發发光文鮮鲜簡简申指標标照分英聰聪開开清黎神高註注載载闡阐查寫写言辨挑嚴严精失天昌澄不自";
                    default -> "";
                };
        return block.indexOf(before) < 0;
    }

    private static void weekdays(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(WEEKDAY, text, anchors.weeks, 2);
        Matcher m = found.matcher();
        while (found.find()) {
            char name = m.group(3).charAt(0);
            if (name == '天' && m.group(2).length() == 1) {
                continue; // 週天 / 周天 is not a way to say Sunday
            }
            DayOfWeek weekday = Dates.chineseWeekday(name);
            int weeks = weekOffset(m.group(1));
            LocalDate date;
            if (m.group(4) != null) {
                date = Dates.dayOnWeekday(Dates.number(m.group(4)), weekday, article.plusWeeks(weeks));
            } else if (m.group(1) == null) {
                date = Dates.weekdayOnOrBefore(weekday, article);
            } else {
                date = article.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(weeks)
                        .with(TemporalAdjusters.nextOrSame(weekday));
            }
            if (date != null) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(date), true));
            }
        }
    }

    private static void weeks(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(WEEK, text, anchors.weeks, 2);
        Matcher m = found.matcher();
        while (found.find()) {
            PartialDate date = Dates.week(article, weekOffset(m.group(1)));
            if (date != null) {
                out.add(new DateMention(new Span(m.start(), m.end()), date, true));
            }
        }
    }

    private static int weekOffset(String prefix) {
        if (prefix == null) {
            return 0;
        }
        return switch (prefix) {
            case "上" -> -1;
            case "下" -> 1;
            default -> 0;
        };
    }

    private static void datelines(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(DATELINE, text, anchors.wires, 0);
        Matcher m = found.matcher();
        while (found.find()) {
            LocalDate date = Dates.dayNear(Dates.number(m.group(1)), article, 1);
            if (date != null) {
                out.add(new DateMention(new Span(m.start(1), m.end(1) + 1), Dates.day(date), true));
            }
        }
    }

    private static void bareDays(String text, Anchors anchors, LocalDate article, List<DateMention> out) {
        Anchors.Matches found = new Anchors.Matches(BARE_DAY, text, anchors.days, 2);
        Matcher m = found.matcher();
        while (found.find()) {
            if (!dayContext(text, m.start(), m.end())) {
                continue;
            }
            LocalDate date = Dates.dayNear(Dates.number(m.group(1)), article, 7);
            if (date != null) {
                out.add(new DateMention(new Span(m.start(), m.end()), Dates.day(date), true));
            }
        }
    }

    private static boolean dayContext(String text, int start, int end) {
        int after = end;
        while (after < text.length() && NumericDates.isSpace(text.charAt(after))) {
            after++;
        }
        for (String word : DAY_AFTER) {
            if (text.startsWith(word, after)) {
                return true;
            }
        }
        int before = start;
        while (before > 0 && NumericDates.isSpace(text.charAt(before - 1))) {
            before--;
        }
        for (String word : DAY_BEFORE) {
            if (before >= word.length() && text.startsWith(word, before - word.length())) {
                return true;
            }
        }
        return false;
    }
}
