package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** English number words, read by {@link Numerals#english} and {@link Numerals#englishRange}. */
class EnglishNumberTest {

    @ParameterizedTest
    @CsvSource({
        "seven, 7",
        "Seven, 7",
        "zero, 0",
        "twelve, 12",
        "twenty-one, 21",
        "twenty one, 21",
        "Twenty-One, 21",
        "ninety-nine, 99",
        "a hundred, 100",
        "one hundred and five, 105",
        "two hundred fifty, 250",
        "fifteen hundred, 1500",
        "hundred, 100",
        "a thousand, 1000",
        "two million, 2e6",
        "two hundred and fifty thousand, 250000",
        "two million five hundred thousand, 2500000",
        "a hundred thousand, 100000",
        "a thousand million, 1e9",
        "three trillion, 3e12",
        "1.5 million, 1.5e6",
        "'1,200 million', 1.2e9",
        "3bn, 3e9",
        "1.5bn, 1.5e9",
        "2 mln, 2e6",
        "'1,200', 1200",
        "two and a half million, 2.5e6",
        "one and a half, 1.5",
        "a dozen, 12",
        "two dozen, 24",
        "half a dozen, 6",
        "half a million, 5e5",
        "half, 0.5",
        "a half, 0.5",
        "one half, 0.5",
        "a third, 0.333333333333333333",
        "one-third, 0.333333333333333333",
        "two-thirds, 0.666666666666666667",
        "two thirds, 0.666666666666666667",
        "a quarter, 0.25",
        "three-quarters, 0.75",
        "three fourths, 0.75",
        "a fifth, 0.2",
        "sevenfold, 7",
        "seven-fold, 7",
        "twofold, 2",
        "tenfold, 10",
        "a hundredfold, 100",
        "2.5-fold, 2.5",
        "twenty-fold, 20",
    })
    void readsNumberWords(String text, double expected) {
        assertThat(Numerals.english(text)).hasValueCloseTo(expected, within(Math.abs(expected) * 1e-12));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dozens",
                "hundreds",
                "hundreds of millions",
                "several",
                "a few",
                "one and two",
                "five six",
                "a",
                "and",
                "two and",
                "thousand thousand",
                "million thousand million",
                "second",
                "first",
                "fold",
                "manifold",
                "zerofold",
                "often",
                "none",
                "twenty hundred",
                "a seven",
                "",
            })
    void rejectsWhatIsNoNumber(String text) {
        assertThat(Numerals.english(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "hundreds, 100, 1000",
        "thousands, 1e3, 1e4",
        "tens of thousands, 1e4, 1e5",
        "hundreds of thousands, 1e5, 1e6",
        "millions, 1e6, 1e7",
        "tens of millions, 1e7, 1e8",
        "Hundreds of millions, 1e8, 1e9",
        "billions, 1e9, 1e10",
        "hundreds of billions, 1e11, 1e12",
    })
    void readsVaguePluralsAsRanges(String text, double low, double high) {
        assertThat(Numerals.englishRange(text)).contains(new NumberRange(low, high));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"dozens", "scores", "two million", "tens", "tens of hundreds", "hundreds of", "several millions"
            })
    void otherWordsAreNoRange(String text) {
        assertThat(Numerals.englishRange(text)).isEmpty();
    }
}
