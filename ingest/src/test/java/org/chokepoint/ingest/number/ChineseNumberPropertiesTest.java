package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: numbers written out as Chinese news would write them, by a formatter of the test's own, read
 * back exactly by {@link Numerals#chinese} and found whole by {@link Numerals#CHINESE_NUMBER}.
 */
class ChineseNumberPropertiesTest {

    private static final long SEED = 20261128L;
    private static final int CASES = 400;
    private static final long LARGEST = 10_000_000_000_000L;
    private static final double TOLERANCE = 1e-9;

    /** How one number is written. */
    record Style(
            boolean traditional,
            boolean liang,
            boolean formalTen,
            boolean keepZero,
            boolean fullWidth,
            boolean commas) {

        static Style random(Random random) {
            return new Style(
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(4) == 0,
                    random.nextBoolean());
        }
    }

    /** One random case: a value, how to write it, and a seed for further draws. */
    record Case(long value, Style style, long seed) {
        @Override
        public String toString() {
            return value + " " + style;
        }
    }

    static Stream<Case> integers() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        long[] edges = {
            0,
            1,
            2,
            10,
            11,
            15,
            20,
            100,
            101,
            105,
            110,
            1000,
            1001,
            1010,
            3020,
            10_000,
            10_001,
            10_010,
            100_000,
            100_000_001,
            1_000_000_000_000L,
            1_000_000_000_001L,
            1_000_100_000_000L,
            LARGEST,
            LARGEST - 1
        };
        for (long edge : edges) {
            cases.add(new Case(edge, Style.random(random), random.nextLong()));
        }
        while (cases.size() < CASES) {
            cases.add(new Case(randomInteger(random), Style.random(random), random.nextLong()));
        }
        return cases.stream();
    }

    /** An integer up to 10^13 of a random length, each digit zero half the time, so zeros inside are common. */
    private static long randomInteger(Random random) {
        int length = 1 + random.nextInt(13);
        long value = 1 + random.nextInt(9);
        for (int i = 1; i < length; i++) {
            value = value * 10 + (random.nextBoolean() ? 0 : random.nextInt(10));
        }
        return value;
    }

    @ParameterizedTest
    @MethodSource("integers")
    void integersWrittenInChineseNumeralsReadBack(Case c) {
        String text = Writer.chinese(c.value(), c.style());

        assertReadsBack(text, BigDecimal.valueOf(c.value()));
    }

    @ParameterizedTest
    @MethodSource("integers")
    void integersWrittenInDigitsAndMagnitudesReadBack(Case c) {
        String text = Writer.digitsAndMagnitude(c.value(), c.style(), new Random(c.seed()));

        assertReadsBack(text, BigDecimal.valueOf(c.value()));
    }

    @ParameterizedTest
    @MethodSource("integers")
    void integersWrittenInDigitGroupsReadBack(Case c) {
        String text = Writer.digitGroups(c.value(), c.style());

        assertReadsBack(text, BigDecimal.valueOf(c.value()));
    }

    /** A decimal: up to six integer digits, one to four decimals, possibly times 万 or 亿. */
    record DecimalCase(BigDecimal value, int magnitude, Style style, boolean chinese) {
        @Override
        public String toString() {
            return value.toPlainString() + " x 10^" + magnitude + " " + style;
        }
    }

    static Stream<DecimalCase> decimals() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            long whole = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 10_000 : 1_000_000);
            int places = 1 + random.nextInt(4);
            long fraction = random.nextInt((int) Math.pow(10, places));
            BigDecimal value = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction, places));
            int magnitude = whole < 10_000 ? new int[] {0, 4, 8}[random.nextInt(3)] : 0;
            return new DecimalCase(value, magnitude, Style.random(random), random.nextBoolean());
        });
    }

    @ParameterizedTest
    @MethodSource("decimals")
    void decimalsReadBack(DecimalCase c) {
        String text = Writer.decimal(c.value(), c.magnitude(), c.style(), c.chinese());

        assertReadsBack(text, c.value().scaleByPowerOfTen(c.magnitude()));
    }

    private static void assertReadsBack(String text, BigDecimal expected) {
        double want = expected.doubleValue();
        double read = Numerals.readChinese(text, 0, text.length());
        assertThat(Math.abs(read - want))
                .as("%s read as %s, not %s", text, read, want)
                .isLessThanOrEqualTo(Math.abs(want) * TOLERANCE);
        assertThat(Numerals.chinese(text)).hasValue(read);
        Matcher matcher = Numerals.CHINESE_NUMBER.matcher("进口" + text + "吨");
        assertThat(matcher.find()).as("%s found", text).isTrue();
        assertThat(matcher.group()).as("what the pattern finds in %s", text).isEqualTo(text);
    }

    /** Writes numbers the way Chinese and Taiwanese news do, independently of the reader under test. */
    static final class Writer {

        private static final String SIMPLIFIED_DIGITS = "零一二三四五六七八九";
        private static final String TRADITIONAL_DIGITS = "〇一二三四五六七八九";

        private Writer() {}

        /** All in Chinese numerals: 一万三千亿零五, 兩千三百萬, 一兆零五億. */
        static String chinese(long value, Style style) {
            if (value == 0) {
                return style.traditional() ? "零" : "〇";
            }
            return write(value, true, style);
        }

        private static String write(long value, boolean leading, Style style) {
            if (value < 10) {
                return String.valueOf(SIMPLIFIED_DIGITS.charAt((int) value));
            }
            long[] units = style.traditional()
                    ? new long[] {1_000_000_000_000L, 100_000_000L, 10_000L, 1000L, 100L, 10L}
                    : new long[] {100_000_000L, 10_000L, 1000L, 100L, 10L};
            for (long unit : units) {
                if (value >= unit) {
                    long head = value / unit;
                    long rest = value % unit;
                    StringBuilder out = new StringBuilder();
                    if (unit == 10 && head == 1 && leading && !style.formalTen()) {
                        // 十五 rather than 一十五 at the start
                    } else if (head == 2 && unit >= 100 && style.liang()) {
                        out.append(style.traditional() ? '兩' : '两');
                    } else {
                        out.append(write(head, leading, style));
                    }
                    out.append(unitName(unit, style));
                    if (rest > 0) {
                        // A gap of zeros is written 零, but a lone last digit after a unit keeps it either way:
                        // 一百零五 is 105, 一百五 is 150.
                        if (rest < unit / 10 && (style.keepZero() || rest < 10)) {
                            out.append(style.traditional() && style.fullWidth() ? '〇' : '零');
                        }
                        out.append(write(rest, false, style));
                    }
                    return out.toString();
                }
            }
            throw new AssertionError(value);
        }

        private static String unitName(long unit, Style style) {
            if (unit == 10) {
                return "十";
            } else if (unit == 100) {
                return "百";
            } else if (unit == 1000) {
                return "千";
            } else if (unit == 10_000) {
                return style.traditional() ? "萬" : "万";
            } else if (unit == 100_000_000L) {
                return style.traditional() ? "億" : "亿";
            }
            return "兆";
        }

        /** Digits with a magnitude word: 1.2万亿, 4,400萬, 2800, 1.2345兆. */
        static String digitsAndMagnitude(long value, Style style, Random random) {
            List<Integer> powers = new ArrayList<>();
            powers.add(0);
            for (int power : new int[] {4, 8, 12}) {
                if (value >= Math.pow(10, power)) {
                    powers.add(power);
                }
            }
            int power = powers.get(random.nextInt(powers.size()));
            String coefficient = plain(BigDecimal.valueOf(value).scaleByPowerOfTen(-power), style);
            String magnitude;
            if (power == 0) {
                magnitude = "";
            } else if (power == 4) {
                magnitude = style.traditional() ? "萬" : "万";
            } else if (power == 8) {
                magnitude = style.traditional() ? "億" : "亿";
            } else {
                magnitude = style.traditional() ? "兆" : "万亿";
            }
            return digits(coefficient, style) + magnitude;
        }

        /** Each group of four digits followed by its unit: 1亿2345万6789, 3万零5. */
        static String digitGroups(long value, Style style) {
            if (value < 10_000) {
                return digits(plain(BigDecimal.valueOf(value), style), style);
            }
            long[] units = {1_000_000_000_000L, 100_000_000L, 10_000L};
            StringBuilder out = new StringBuilder();
            long rest = value;
            for (long unit : units) {
                long group = rest / unit;
                rest %= unit;
                if (group > 0) {
                    out.append(digits(plain(BigDecimal.valueOf(group), style), style));
                    out.append(unitName(unit, style));
                }
            }
            if (rest > 0) {
                if (rest < 10 || (style.keepZero() && rest < 1000)) {
                    out.append('零'); // 3万5 would be 35,000
                }
                out.append(digits(String.valueOf(rest), style));
            }
            return out.toString();
        }

        /** 三点一四, 二十三點五萬, 〇.五, 1.25亿. */
        static String decimal(BigDecimal value, int magnitude, Style style, boolean chinese) {
            String magnitudeName = magnitude == 0 ? "" : unitName((long) Math.pow(10, magnitude), style);
            if (!chinese) {
                return digits(plain(value, style), style) + magnitudeName;
            }
            String plain = value.toPlainString();
            int point = plain.indexOf('.');
            long whole = Long.parseLong(plain.substring(0, point));
            StringBuilder out = new StringBuilder(chinese(whole, style));
            out.append(style.traditional() ? '點' : '点');
            String positional = style.traditional() ? TRADITIONAL_DIGITS : SIMPLIFIED_DIGITS;
            for (char c : plain.substring(point + 1).toCharArray()) {
                out.append(positional.charAt(c - '0'));
            }
            return out.append(magnitudeName).toString();
        }

        /** A decimal without exponent or trailing zeros, with thousands commas when the style has them. */
        private static String plain(BigDecimal value, Style style) {
            String text = value.stripTrailingZeros().toPlainString();
            if (!style.commas()) {
                return text;
            }
            int point = text.indexOf('.');
            String whole = point < 0 ? text : text.substring(0, point);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    grouped.append(',');
                }
                grouped.append(whole.charAt(i));
            }
            return grouped + (point < 0 ? "" : text.substring(point));
        }

        /** ASCII digits, or full-width ones (with a full-width point) when the style says so. */
        private static String digits(String ascii, Style style) {
            if (!style.fullWidth()) {
                return ascii;
            }
            StringBuilder out = new StringBuilder();
            for (char c : ascii.toCharArray()) {
                if (c >= '0' && c <= '9') {
                    out.append((char) ('０' + (c - '0')));
                } else if (c == '.') {
                    out.append('．');
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
