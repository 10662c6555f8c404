package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as Chinese news write them, read by {@link Numerals#chinese}. */
class ChineseNumberTest {

    @ParameterizedTest
    @CsvSource({
        "五百億, 5e10",
        "1.2万亿, 1.2e12",
        "120亿, 1.2e10",
        "兩千三百萬, 2.3e7",
        "两千三百万, 2.3e7",
        "二十一, 21",
        "十五, 15",
        "一十五, 15",
        "十, 10",
        "一百零五, 105",
        "一百〇五, 105",
        "三千零二十, 3020",
        "一千零一十, 1010",
        "一千零十, 1010",
        "〇.五, 0.5",
        "零點五, 0.5",
        "零点零五, 0.05",
        "零, 0",
        "〇, 0",
        "'4,400萬', 4.4e7",
        "'1,234,567', 1234567",
        "２８００萬, 2.8e7",
        "１．５亿, 1.5e8",
        "廿, 20",
        "卅, 30",
        "卌, 40",
        "廿五, 25",
        "兆, 1e12",
        "三兆五千億, 3.5e12",
        "千万, 1e7",
        "百億, 1e10",
        "万, 1e4",
        "亿, 1e8",
        "万亿, 1e12",
        "一万三千亿, 1.3e12",
        "三万零五亿, 3.0005e12",
        "五亿三千万, 5.3e8",
        "1亿2345万6789, 123456789",
        "3万零5, 30005",
        "二十三点五万, 235000",
        "三点五亿, 3.5e8",
        "三點一四, 3.14",
        "二十点五, 20.5",
        "1.5千, 1500",
        "3千万, 3e7",
        "壹佰贰拾叁, 123",
        "玖仟捌佰柒拾陆萬, 98760000",
        "二〇二三, 2023",
        "一九九七, 1997",
        "三四五, 345",
        "五〇, 50",
        "二〇, 20",
        "' 三十 ', 30",
        "三千五, 3500",
        "一万五, 15000",
        "两亿五, 2.5e8",
        "两百五, 250",
        "3万5, 35000",
    })
    void readsNumbers(String text, double expected) {
        assertThat(Numerals.chinese(text)).hasValueCloseTo(expected, within(Math.abs(expected) * 1e-12));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "数十",
                "幾百",
                "三十多",
                "三十余",
                "十五六",
                "三四十",
                "三四",
                "两三",
                "亿万",
                "万万",
                "一亿亿",
                "五百三千",
                "千百万",
                "一千零",
                "三.",
                "点五",
                ".5",
                "4,40萬",
                "12345,678",
                "1,2345",
                "2023.10.5",
                "3五",
                "一万零万",
                "二十点五千",
                "十分",
                "百分之三十",
                "abc",
                "1e5",
                "-5",
            })
    void rejectsWhatIsNoNumber(String text) {
        assertThat(Numerals.chinese(text)).isEmpty();
    }

    @Test
    void readsAStretchWithoutCopyingIt() {
        String sentence = "进口额达4,400萬美元，同比增长三成";
        int start = sentence.indexOf('4');
        int end = sentence.indexOf('美');

        assertThat(Numerals.readChinese(sentence, start, end)).isEqualTo(4.4e7);
        assertThat(Numerals.readChinese(sentence, 0, 2)).isNaN();
        assertThatThrownBy(() -> Numerals.readChinese(sentence, 5, 99)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
