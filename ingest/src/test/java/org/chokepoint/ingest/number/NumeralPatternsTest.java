package org.chokepoint.ingest.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the scanner patterns find in running text, traps included. */
class NumeralPatternsTest {

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "去年进口五百億美元的钴，同比增长1.2万亿 | 五百億;1.2万亿",
                "4,400萬噸和２８００萬桶 | 4,400萬;２８００萬",
                "三四十家企业，产量2800吨 | 三四十;2800",
                "一百零五座矿山和廿座冶炼厂 | 一百零五;廿",
                "零點五和〇.五，三点五亿 | 零點五;〇.五;三点五亿",
                "兩千三百萬、1,234,567和１．５亿 | 兩千三百萬;1,234,567;１．５亿",
                "千万吨和百億元 | 千万;百億",
                "装机120万千瓦，风电3千兆瓦，100兆瓦，5千克 | 120万;3千;100;5",
                "下午三点钟，一点儿 | 三;一",
                "百分之三十的份额，三个百分点 | 三十;三",
                "G20峰会、COP28和5GW | 5",
                "1,2345和12,345 | 1;2345;12,345",
                "大陆、队伍和参加 | ",
                "数十家和三十多家 | 十;三十",
            })
    void chineseNumbersInRunningText(String text, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(found(Numerals.CHINESE_NUMBER, text)).containsExactlyElementsOf(wanted);
    }

    @Test
    void everyNumeralCharacterIsFoundAlone() {
        String numerals = "〇零○一二三四五六七八九两兩十廿卅卌万萬亿億百千兆0123456789０１２３４５６７８９";
        for (char numeral : numerals.toCharArray()) {
            assertThat(found(Numerals.CHINESE_NUMBER, "约" + numeral + "吨")).containsExactly(String.valueOf(numeral));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一名業界高層表示，一些企业一直在统一 | 一,一,一,一",
                "十分重要，十分之一，三十分钟 | 十,十,一,三十",
                "万一出事，三心二意 | 万一,三,二",
                "二〇二三年，2023年 | 二〇二三,2023",
                "十五六家，三四五 | 十五六,三四五",
                "兆头不好 | 兆",
            })
    void chineseNumberKnowinglyMatchesTraps(String text, String expected) {
        assertThat(found(Numerals.CHINESE_NUMBER, text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "占全球三分之一，百分之二点五，千分之五 | 三分之一,百分之二点五,千分之五",
                "九成，近六成，三成五的铜，三成半 | 九成,六成,三成五,三成半",
                "三四成，百分之百，30%和３０％，12.5 % | 三四成,百分之百,30%,３０％,12.5 %",
                "十分之一，三百分之一 | 十分之一,三百分之一",
            })
    void chineseSharesInRunningText(String text, String expected) {
        assertThat(found(Numerals.CHINESE_SHARE, text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"成本上升，一成不变，成为龙头，完成任务", "二十成员国", "G7的成员", "F1赛车"})
    void chineseShareSkipsWordsWithCheng(String text) {
        assertThat(found(Numerals.CHINESE_SHARE, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Seven mines and twenty-one smelters produced a hundred tonnes | Seven;twenty-one;a hundred",
                "two million barrels and hundreds of millions of dollars | two million;hundreds of millions",
                "dozens of firms and tens of thousands of workers | tens of thousands",
                "output rose sevenfold, a 2.5-fold jump, a tenfold rise | sevenfold;2.5-fold;tenfold",
                "half of the world's cobalt and half a million tonnes | half;half a million",
                "a third straight month, a third of supply, two-thirds, three quarters of it | a third;two-thirds;three quarters",
                "$1.5 billion, 3bn, 1.5bn and 1,200 million | 1.5 billion;3bn;1.5bn;1,200 million",
                "two hundred and fifty thousand tonnes | two hundred and fifty thousand",
                "two and a half million tonnes, a thousand million | two and a half million;a thousand million",
                "eleven, twelve, nineteen, ninety-nine | eleven;twelve;nineteen;ninety-nine",
                "a dozen mines, two dozen mines | a dozen;two dozen",
            })
    void englishNumberWordsInRunningText(String text, String expected) {
        assertThat(found(Numerals.ENGLISH_NUMBER_WORDS, text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "one of the largest and no one else | one;one",
                "one and two | one;two",
                "the Group of Seven | Seven",
            })
    void englishNumberWordsKnowinglyMatchTraps(String text, String expected) {
        assertThat(found(Numerals.ENGLISH_NUMBER_WORDS, text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the second half of the year",
                "often, tension, someone, attend",
                "Q1 output, 2023, 5 tonnes",
                "a few, several, dozens"
            })
    void englishNumberWordsSkipOtherWords(String text) {
        assertThat(found(Numerals.ENGLISH_NUMBER_WORDS, text)).isEmpty();
    }
}
