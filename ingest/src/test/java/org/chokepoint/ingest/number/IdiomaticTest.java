package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeral characters in common words, idioms and names, told apart by {@link Numerals#isIdiomatic}. */
class IdiomaticTest {

    /** Whether the first {@link Numerals#CHINESE_NUMBER} match in {@code text} that is {@code numeral} is idiomatic. */
    private static boolean idiomatic(String text, String numeral) {
        Matcher matcher = Numerals.CHINESE_NUMBER.matcher(text);
        while (matcher.find()) {
            if (matcher.group().equals(numeral)) {
                return Numerals.isIdiomatic(text, matcher.start(), matcher.end());
            }
        }
        throw new AssertionError("no match " + numeral + " in " + text);
    }

    @ParameterizedTest
    @CsvSource({
        "他一直认为价格会涨, 一",
        "一些企业减产, 一",
        "两家公司一起开发, 一",
        "一定程度上, 一",
        "一般来说, 一",
        "价格一样, 一",
        "價格一樣, 一",
        "统一大市场, 一",
        "統一標準, 一",
        "唯一的供应商, 一",
        "万一断供, 万一",
        "萬一斷供, 萬一",
        "这十分重要, 十",
        "一旦实施, 一",
        "各方一致同意, 一",
        "一带一路沿线, 一",
        "一帶一路沿線, 一",
        "三心二意, 三",
        "三心二意, 二",
        "七上八下, 七",
        "千万不要低估, 千万",
        "千萬別忘了, 千萬",
        "千万要注意, 千万",
        "品质不一, 一",
        "他是二、五、八萬, 八萬",
        "十四五规划, 十四五",
        "四川的锂矿, 四",
        "中国五矿集团, 五",
        "周一表示, 一",
        "油价一度跌至, 一",
        "有一点担心, 一",
        "成千上万的工人, 千",
        "亿万富翁, 亿万",
        "预兆, 兆",
    })
    void commonNonNumericUses(String text, String numeral) {
        assertThat(idiomatic(text, numeral)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "全球最大的生产国之一, 一",
        "排名第一, 一",
        "一名業界高層表示, 一",
        "三万一千吨, 三万一千",
        "十分之一的产量, 十",
        "三十分钟后, 三十",
        "三千万不到, 三千万",
        "一千万吨, 一千万",
        "增长一点五倍, 一点五",
        "一度电, 一",
        "每周一次, 一",
        "五百億美元, 五百億",
        "出口一百零五万吨, 一百零五万",
    })
    void countsAndRanksAreNumeric(String text, String numeral) {
        assertThat(idiomatic(text, numeral)).isFalse();
    }

    @Test
    void anEmptyOrOutOfRangeStretch() {
        assertThat(Numerals.isIdiomatic("一直", 1, 1)).isFalse();
        assertThatThrownBy(() -> Numerals.isIdiomatic("一直", 1, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Numerals.isIdiomatic("一直", 0, 1)).isTrue();
        assertThat(Numerals.isIdiomatic("统一", 1, 2)).isTrue();
        assertThat(Numerals.isIdiomatic("统一", 0, 1)).isTrue();
    }
}
