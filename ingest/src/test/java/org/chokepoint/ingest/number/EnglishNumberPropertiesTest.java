package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property tests: whole numbers spelled out in English by a writer of the test's own, and digits before a scale
 * word, read back by {@link Numerals#english} and found whole by {@link Numerals#ENGLISH_NUMBER_WORDS}.
 */
class EnglishNumberPropertiesTest {

    private static final long SEED = 20261129L;
    private static final int CASES = 300;

    private static final String[] SMALL = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[] SCALES = {"billion", "million", "thousand"};
    private static final long[] SCALE_VALUES = {1_000_000_000L, 1_000_000L, 1000L};

    /** How to spell: British "and" after hundred, hyphen in "twenty-one", "a hundred" for a leading one hundred. */
    record Spelling(long value, boolean british, boolean hyphen, boolean article, boolean capital) {
        @Override
        public String toString() {
            return value + (british ? " british" : "") + (hyphen ? " hyphen" : "") + (article ? " article" : "");
        }
    }

    static Stream<Spelling> spellings() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            long value = (long) Math.floor(Math.pow(10, random.nextDouble() * 12));
            if (value >= 1000 && random.nextInt(5) == 0) {
                value = value / 1000 * 1000; // round thousands and millions are common
            }
            return new Spelling(
                    value, random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextInt(6) == 0);
        });
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void spelledOutNumbersReadBack(Spelling s) {
        String text = spell(s);

        assertThat(Numerals.english(text)).as(text).hasValue((double) s.value());
        Matcher matcher = Numerals.ENGLISH_NUMBER_WORDS.matcher("output of " + text + " tonnes");
        assertThat(matcher.find()).as(text).isTrue();
        assertThat(matcher.group()).isEqualTo(text);
    }

    static Stream<BigDecimal> coefficients() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> BigDecimal.valueOf(1 + random.nextInt(9999), random.nextInt(4))
                .stripTrailingZeros());
    }

    @ParameterizedTest
    @MethodSource("coefficients")
    void digitsBeforeAScaleWordReadBack(BigDecimal coefficient) {
        Random random = new Random(coefficient.hashCode());
        int scale = random.nextInt(3);
        String word = new String[] {"thousand", "million", "billion"}[scale];
        String text = coefficient.toPlainString() + " " + word;
        double expected = coefficient.scaleByPowerOfTen(3 * (scale + 1)).doubleValue();

        assertThat(Numerals.english(text)).as(text).hasValueCloseTo(expected, within(expected * 1e-12));
        Matcher matcher = Numerals.ENGLISH_NUMBER_WORDS.matcher("some " + text + " barrels");
        assertThat(matcher.find()).as(text).isTrue();
        assertThat(matcher.group()).isEqualTo(text);
    }

    private static String spell(Spelling s) {
        if (s.value() == 0) {
            return "zero";
        }
        StringBuilder out = new StringBuilder();
        long rest = s.value();
        for (int i = 0; i < SCALES.length; i++) {
            long group = rest / SCALE_VALUES[i];
            rest %= SCALE_VALUES[i];
            if (group > 0) {
                append(out, belowThousand(group, s, out.length() == 0));
                append(out, SCALES[i]);
            }
        }
        if (rest > 0) {
            append(out, belowThousand(rest, s, out.length() == 0));
        }
        String text = out.toString();
        return s.capital() ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String belowThousand(long n, Spelling s, boolean first) {
        StringBuilder out = new StringBuilder();
        long hundreds = n / 100;
        long rest = n % 100;
        if (hundreds > 0) {
            append(out, hundreds == 1 && first && s.article() ? "a" : SMALL[(int) hundreds]);
            append(out, "hundred");
            if (rest > 0 && s.british()) {
                append(out, "and");
            }
        }
        if (rest > 0) {
            append(out, belowHundred(rest, s));
        }
        return out.toString();
    }

    private static String belowHundred(long n, Spelling s) {
        if (n < 20) {
            return SMALL[(int) n];
        }
        String tens = TENS[(int) (n / 10)];
        return n % 10 == 0 ? tens : tens + (s.hyphen() ? "-" : " ") + SMALL[(int) (n % 10)];
    }

    private static void append(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }
}
