package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fractions and shares as percentages, read by {@link Numerals#percent}. */
class PercentTest {

    @ParameterizedTest
    @CsvSource({
        "三分之一, 33.333333333333333",
        "四分之三, 75",
        "二分之一, 50",
        "五分之二, 40",
        "3分之1, 33.333333333333333",
        "十分之一, 10",
        "百分之三十, 30",
        "百分之二点五, 2.5",
        "百分之二點五, 2.5",
        "百分之一百二十, 120",
        "百分之百, 100",
        "百分之30, 30",
        "千分之五, 0.5",
        "万分之三, 0.03",
        "萬分之三, 0.03",
        "九成, 90",
        "两成, 20",
        "十成, 100",
        "三成五, 35",
        "九成五, 95",
        "三成半, 35",
        "近六成, 60",
        "将近六成, 60",
        "约三成, 30",
        "逾三分之一, 33.333333333333333",
        "超过百分之五十, 50",
        "不到一成, 10",
        "一半, 50",
        "半数, 50",
        "30%, 30",
        "30.5%, 30.5",
        "３０％, 30",
        "'1,200%', 1200",
    })
    void readsShares(String text, double expected) {
        assertThat(Numerals.percent(text)).hasValueCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"三四成", "数成", "成", "十一成", "三成两", "三成五六", "百分", "百分之", "分之一", "零分之一", "三十", "", "近", "%"})
    void rejectsWhatIsNoShare(String text) {
        assertThat(Numerals.percent(text)).isEmpty();
    }
}
