package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: texts made of filler in the three scripts with generated date expressions put in, where every
 * expression must come back with its exact span and date, and nothing else may; and random jumbles of date-like
 * characters, on which the reader must keep its contract (spans inside the text, in order, not overlapping).
 */
class DateReaderPropertiesTest {

    private static final long SEED = 20261128L;
    private static final int CASES = 400;

    private static final String[] FILLER = {
        "中國商務部宣布",
        "稀土出口管制",
        "俄羅斯液化天然氣",
        "北極液化天然氣計畫",
        "路透社報導指出",
        "價格大幅下滑",
        "供應鏈風險升高",
        "中国商务部宣布",
        "稀土出口管制措施",
        "俄罗斯液化天然气",
        "供应链风险上升",
        "汽车出口下滑",
        "the ministry said",
        "exports of rare earths fell",
        "Arctic LNG cargoes",
        "sanctions on Rosneft",
        "prices rose sharply",
        "according to the data",
        "Beijing tightened controls",
    };
    private static final String[] SEPARATORS = {" ", "，", "。", "、", ", ", "\n", "；"};
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] SHORT_MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };
    private static final String CN_DIGITS = "〇一二三四五六七八九";

    /** One expression to put in: the text around it that is not part of it, itself, and the date it means. */
    record Piece(String before, String expression, String iso) {}

    interface Template {
        Piece make(Random r, LocalDate article);
    }

    private static final List<Template> TEMPLATES = List.of(
            // absolute, Chinese
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "", d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", d.toString());
            },
            (r, a) -> {
                YearMonth m = month(r);
                return new Piece("", m.getYear() + "年" + m.getMonthValue() + "月", m.toString());
            },
            (r, a) -> {
                int y = year(r);
                return new Piece("", y + "年", Integer.toString(y));
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "", d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日", d.toString());
            },
            (r, a) -> {
                int y = year(r);
                return new Piece("", cnDigits(y) + "年", Integer.toString(y));
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "",
                        cnDigits(d.getYear()) + "年" + cnNumber(d.getMonthValue()) + "月" + cnNumber(d.getDayOfMonth())
                                + "日",
                        d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                String era = r.nextBoolean() ? "民國" : "民国";
                return new Piece(
                        "",
                        era + (d.getYear() - 1911) + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                        d.toString());
            },
            (r, a) -> {
                int from = year(r);
                int to = from + 1 + r.nextInt(2100 - from);
                String text = r.nextBoolean() ? from + "-" + to : from + "至" + to + "年";
                return new Piece("", text, Integer.toString(from));
            },
            // absolute, numeric
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece("", d.toString(), d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece("", d.toString().replace('-', '/'), d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece("", d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth(), d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "",
                        String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
                        d.toString());
            },
            (r, a) -> {
                LocalDate d = LocalDate.of(2000 + r.nextInt(70), 1 + r.nextInt(12), 13 + r.nextInt(16));
                return new Piece(
                        "",
                        String.format(
                                Locale.ROOT, "%d/%d/%02d", d.getMonthValue(), d.getDayOfMonth(), d.getYear() % 100),
                        d.toString());
            },
            // absolute, English
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "", MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear(), d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "",
                        SHORT_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear(),
                        d.toString());
            },
            (r, a) -> {
                LocalDate d = day(r);
                return new Piece(
                        "", d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear(), d.toString());
            },
            (r, a) -> {
                YearMonth m = month(r);
                return new Piece("", MONTHS[m.getMonthValue() - 1] + " " + m.getYear(), m.toString());
            },
            (r, a) -> {
                int y = 1800 + r.nextInt(301);
                String[] words = {"in ", "since ", "by ", "In "};
                return new Piece(words[r.nextInt(words.length)], Integer.toString(y), Integer.toString(y));
            },
            // relative, Chinese
            (r, a) -> {
                int m = 1 + r.nextInt(12);
                return new Piece(
                        "", "今年" + m + "月", YearMonth.of(a.getYear(), m).toString());
            },
            (r, a) -> {
                LocalDate d = LocalDate.of(a.getYear() - 1, 1 + r.nextInt(12), 1 + r.nextInt(28));
                return new Piece("", "去年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", d.toString());
            },
            (r, a) -> r.nextBoolean()
                    ? new Piece("", "明年", Integer.toString(a.getYear() + 1))
                    : new Piece("", "前年", Integer.toString(a.getYear() - 2)),
            (r, a) -> {
                int m = 1 + r.nextInt(12);
                int d = 1 + r.nextInt(28);
                int y = m > a.getMonthValue() + 1 ? a.getYear() - 1 : a.getYear();
                return new Piece("", m + "月" + d + "日", LocalDate.of(y, m, d).toString());
            },
            (r, a) -> {
                String[] words = {"昨天", "今天", "前天", "昨日", "今日"};
                int[] offsets = {-1, 0, -2, -1, 0};
                int k = r.nextInt(words.length);
                return new Piece("", words[k], a.plusDays(offsets[k]).toString());
            },
            (r, a) -> {
                String[] words = {"上個月", "上个月", "下個月", "下个月", "本月"};
                int[] offsets = {-1, -1, 1, 1, 0};
                int k = r.nextInt(words.length);
                return new Piece(
                        "", words[k], YearMonth.from(a).plusMonths(offsets[k]).toString());
            },
            (r, a) -> {
                LocalDate d = a.plusDays(r.nextInt(10) - 6);
                String[] prefixes = {"週", "周", "星期"};
                String name = String.valueOf("一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1));
                String text = prefixes[r.nextInt(prefixes.length)]
                        + name
                        + (r.nextBoolean() ? "（" + d.getDayOfMonth() + "日）" : "(" + d.getDayOfMonth() + "日)");
                return new Piece("", text, d.toString());
            },
            // relative, English
            (r, a) -> {
                String[] words = {"this year", "last year", "next year", "Last year"};
                int[] offsets = {0, -1, 1, -1};
                int k = r.nextInt(words.length);
                return new Piece("", words[k], Integer.toString(a.getYear() + offsets[k]));
            },
            (r, a) -> {
                String[] words = {"last month", "this month", "earlier this month", "next month"};
                int[] offsets = {-1, 0, 0, 1};
                int k = r.nextInt(words.length);
                return new Piece(
                        "", words[k], YearMonth.from(a).plusMonths(offsets[k]).toString());
            },
            (r, a) -> r.nextBoolean()
                    ? new Piece("", "yesterday", a.minusDays(1).toString())
                    : new Piece("", "today", a.toString()),
            (r, a) -> {
                LocalDate d = a.minusDays(r.nextInt(7));
                return new Piece("on ", weekday(d.getDayOfWeek()), d.toString());
            },
            (r, a) -> {
                LocalDate d = a.minusDays(1 + r.nextInt(7));
                return new Piece("", "last " + weekday(d.getDayOfWeek()), d.toString());
            },
            (r, a) -> {
                int m = 1 + r.nextInt(12);
                int d = 1 + r.nextInt(28);
                int y = m > a.getMonthValue() + 1 ? a.getYear() - 1 : a.getYear();
                return new Piece(
                        "on ", MONTHS[m - 1] + " " + d, LocalDate.of(y, m, d).toString());
            });

    /** A generated text, its article date, and the mentions it must give as "start:expression=iso". */
    record Case(String text, LocalDate article, List<String> expected) {
        @Override
        public String toString() {
            return article + " " + text.replace('\n', '|');
        }
    }

    static Stream<Case> texts() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            LocalDate article = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36_500));
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                filler(random, text);
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                Piece piece = TEMPLATES.get(random.nextInt(TEMPLATES.size())).make(random, article);
                text.append(piece.before());
                expected.add(text.length() + ":" + piece.expression() + "=" + piece.iso());
                text.append(piece.expression());
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            filler(random, text);
            return new Case(text.toString(), article, expected);
        });
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyInsertedExpressionComesBackWithItsSpanAndDate(Case c) {
        List<String> found = DateReader.find(c.text(), Optional.of(c.article())).stream()
                .map(m -> m.span().start() + ":" + m.text(c.text()) + "="
                        + m.date().iso())
                .toList();

        assertThat(found).isEqualTo(c.expected());
    }

    private static final String JUMBLE = "0123456789０１２３年月日號号/-.:,， 　\n()（）今去明前上下本個个週周星期二五日天至到民國国"
            + "〇一十DecMayJuneTuesdaylastthisyearmonthin https://x.y?no=";

    static Stream<Arguments> jumbles() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                text.append(JUMBLE.charAt(random.nextInt(JUMBLE.length())));
            }
            Optional<LocalDate> article = random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000)));
            return new Arguments(text.toString(), article);
        });
    }

    record Arguments(String text, Optional<LocalDate> article) {}

    @ParameterizedTest
    @MethodSource("jumbles")
    void spansStayInsideTheTextInOrderAndApart(Arguments a) {
        List<DateMention> found = DateReader.find(a.text(), a.article());

        int previousEnd = 0;
        for (DateMention mention : found) {
            assertThat(mention.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(mention.span().start()).isLessThan(mention.span().end());
            assertThat(mention.span().end()).isLessThanOrEqualTo(a.text().length());
            previousEnd = mention.span().end();
        }
        if (a.article().isEmpty()) {
            assertThat(found).noneMatch(DateMention::relative);
        }
        assertThatCode(() -> ArticleDates.find(a.text())).doesNotThrowAnyException();
    }

    private static void filler(Random random, StringBuilder text) {
        int fragments = 1 + random.nextInt(3);
        for (int f = 0; f < fragments; f++) {
            if (f > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            text.append(FILLER[random.nextInt(FILLER.length)]);
        }
    }

    private static int year(Random r) {
        return 1912 + r.nextInt(188);
    }

    private static YearMonth month(Random r) {
        return YearMonth.of(year(r), 1 + r.nextInt(12));
    }

    private static LocalDate day(Random r) {
        YearMonth m = month(r);
        return m.atDay(1 + r.nextInt(m.lengthOfMonth()));
    }

    private static String weekday(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** 2025 as 二〇二五. */
    private static String cnDigits(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            s.append(CN_DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }

    /** 1..31 as 一, 十, 十二, 二十, 三十一. */
    private static String cnNumber(int n) {
        String tens = n >= 20 ? CN_DIGITS.charAt(n / 10) + "十" : n >= 10 ? "十" : "";
        String units = n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10));
        return tens + units;
    }
}
