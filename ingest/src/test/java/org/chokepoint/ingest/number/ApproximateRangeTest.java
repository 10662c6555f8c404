package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Approximations by two adjacent digits ("三四十"), read by {@link Numerals#approximateRange}. */
class ApproximateRangeTest {

    @ParameterizedTest
    @CsvSource({
        "三四十, 30, 40",
        "十五六, 15, 16",
        "十七八万, 170000, 180000",
        "七八百, 700, 800",
        "两三千万, 2e7, 3e7",
        "兩三千萬, 2e7, 3e7",
        "三四, 3, 4",
        "一两, 1, 2",
        "一二十, 10, 20",
        "十一二, 11, 12",
        "五六十万, 500000, 600000",
        "三千四五, 3400, 3500",
        "八九亿, 8e8, 9e8",
    })
    void readsRanges(String text, double low, double high) {
        assertThat(Numerals.approximateRange(text)).contains(new NumberRange(low, high));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三四成", "三五", "三十", "二〇二三", "一二三", "三四五", "三四五六", "十五", "两三四十", "", "数十"})
    void rejectsOtherForms(String text) {
        assertThat(Numerals.approximateRange(text)).isEmpty();
    }

    static Stream<Arguments> everyAdjacentPairBeforeEveryUnit() {
        String digits = "一二三四五六七八九";
        String[] units = {"", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿"};
        double[] values = {1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11};
        List<Arguments> cases = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            for (int u = 0; u < units.length; u++) {
                String text = "" + digits.charAt(d - 1) + digits.charAt(d) + units[u];
                cases.add(Arguments.of(text, d * values[u], (d + 1) * values[u]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource
    void everyAdjacentPairBeforeEveryUnit(String text, double low, double high) {
        assertThat(Numerals.approximateRange(text)).contains(new NumberRange(low, high));
        assertThat(Numerals.chinese(text)).isEmpty();
    }

    @Test
    void aRangeKeepsItsEndsInOrder() {
        assertThat(new NumberRange(3, 4).contains(3.5)).isTrue();
        assertThat(new NumberRange(3, 4).contains(5)).isFalse();
        assertThatThrownBy(() -> new NumberRange(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberRange(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
