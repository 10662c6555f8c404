package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese date forms, traditional and simplified, each read from a sentence around it. */
class ChineseDatesTest {

    /** A Wednesday. */
    private static final String ARTICLE = "2025-11-19";

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "大陸商務部2024年12月3日發布公告     | 2024年12月3日          | 2024-12-03",
                "海關數據顯示2025年5月2日起實施      | 2025年5月2日           | 2025-05-02",
                "于2025年5月出口下降                 | 2025年5月              | 2025-05",
                "2025年中俄贸易额下降                | 2025年                 | 2025",
                "我1980年前後買第一台電視機          | 1980年                 | 1980",
                "自 2025 年 8 月以來                 | 2025 年 8 月           | 2025-08",
                "自 2024 年 10 月 1 日起             | 2024 年 10 月 1 日     | 2024-10-01",
                "二〇二五年的報告                    | 二〇二五年             | 2025",
                "二零二五年的报告                    | 二零二五年             | 2025",
                "一九九八年亞洲金融危機              | 一九九八年             | 1998",
                "二〇二五年五月二日簽署              | 二〇二五年五月二日     | 2025-05-02",
                "二〇二五年十二月三十一日截止        | 二〇二五年十二月三十一日 | 2025-12-31",
                "２０２５年５月２日                  | ２０２５年５月２日     | 2025-05-02",
                "民國114年公告                       | 民國114年              | 2025",
                "民国114年公告                       | 民国114年              | 2025",
                "民國114年5月2日公告                 | 民國114年5月2日        | 2025-05-02",
                "民國 114 年 5 月施行                | 民國 114 年 5 月       | 2025-05",
                "民國一一四年                        | 民國一一四年           | 2025",
                "民國一百一十四年                    | 民國一百一十四年       | 2025",
                "2025年5月份的數據                   | 2025年5月份            | 2025-05",
                "預計2025年底完工                    | 2025年底               | 2025-12",
                "预计2025年年底完工                  | 2025年年底             | 2025-12",
                "2021至2025年間                      | 2021至2025年           | 2021",
                "2021年至2025年間                    | 2021年至2025年         | 2021",
                "2023至2024年大量中資品牌            | 2023至2024年           | 2023",
                "2025年1至9月，中國對俄出口          | 2025年1至9月           | 2025-01",
                "2025年1月至9月，中國對俄出口        | 2025年1月至9月         | 2025-01",
                "即日起至2026年11月27日暫停實施      | 2026年11月27日         | 2026-11-27",
                "【大紀元2025年11月19日訊】          | 2025年11月19日         | 2025-11-19",
                "'向媒体透露,2025年前9个月'          | 2025年                 | 2025",
                "2025年5月2日（週五）簽署            | 2025年5月2日（週五）   | 2025-05-02",
            })
    void readsAbsoluteDates(String text, String span, String iso) {
        DateMention mention = Mentions.only(text, ARTICLE);

        assertThat(mention.text(text)).isEqualTo(span);
        assertThat(mention.date().iso()).isEqualTo(iso);
        assertThat(mention.relative()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "今年出口增加          | 今年         | 2025",
                "去年全年貿易額        | 去年         | 2024",
                "前年的高點            | 前年         | 2023",
                "明年將恢復            | 明年         | 2026",
                "自今年8月以來         | 今年8月      | 2025-08",
                "今年5月2日起          | 今年5月2日   | 2025-05-02",
                "去年12月開始          | 去年12月     | 2024-12",
                "去年底開始實施的      | 去年底       | 2024-12",
                "今年五月的會議        | 今年五月     | 2025-05",
                "本月稍早              | 本月         | 2025-11",
                "上個月才達成協議      | 上個月       | 2025-10",
                "上个月才达成协议      | 上个月       | 2025-10",
                "上月出口              | 上月         | 2025-10",
                "下個月開始            | 下個月       | 2025-12",
                "下个月开始            | 下个月       | 2025-12",
                "自8月以來             | 8月          | 2025-08",
                "在8月28日交付首批貨物 | 8月28日      | 2025-08-28",
                "12月起生效            | 12月         | 2025-12",
                "1至9月出口            | 1至9月       | 2025-01",
                "昨天宣布              | 昨天         | 2025-11-18",
                "昨日宣布              | 昨日         | 2025-11-18",
                "今天表示              | 今天         | 2025-11-19",
                "今日表示              | 今日         | 2025-11-19",
                "前天公布              | 前天         | 2025-11-17",
                "明天舉行              | 明天         | 2025-11-20",
                "商務部昨（18）日公告  | 昨（18）日   | 2025-11-18",
                "產業通商部今天(19日)表示 | 今天(19日) | 2025-11-19",
                "美國週二表示          | 週二         | 2025-11-18",
                "美国周二表示          | 周二         | 2025-11-18",
                "星期三宣布            | 星期三       | 2025-11-19",
                "上週二宣布            | 上週二       | 2025-11-11",
                "上周美國宣布          | 上周         | 2025-11",
                "上週美國宣布          | 上週         | 2025-11",
                "本週將公布            | 本週         | 2025-11",
                "大陸商務部於7日公告   | 7日          | 2025-11-07",
                "海關總署7日發布       | 7日          | 2025-11-07",
                "華爾街日報16日的報導  | 16日         | 2025-11-16",
                "当地时间18日,韩国外长 | 18日         | 2025-11-18",
                "他18日在白宮表示      | 18日         | 2025-11-18",
                "將於25日舉行          | 25日         | 2025-11-25",
            })
    void readsRelativeDatesAgainstTheArticleDate(String text, String span, String iso) {
        DateMention mention = Mentions.only(text, ARTICLE);

        assertThat(mention.text(text)).isEqualTo(span);
        assertThat(mention.date().iso()).isEqualTo(iso);
        assertThat(mention.relative()).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "周二（2日）   | 2025-12-03 | 2025-12-02",
                "週二（2日）   | 2025-12-03 | 2025-12-02",
                "星期二(2日)   | 2025-12-03 | 2025-12-02",
                "禮拜二（2日） | 2025-12-03 | 2025-12-02",
                "週五（5日）   | 2025-12-03 | 2025-12-05",
                "週日（30日）  | 2025-12-03 | 2025-11-30",
                "週日（30日）  | 2025-11-19 | 2025-11-30",
            })
    void weekdayWithDayPicksTheMonthWhereTheyAgree(String text, String article, String iso) {
        DateMention mention = Mentions.only(text, article);

        assertThat(mention.text(text)).isEqualTo(text);
        assertThat(mention.date().iso()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5月    | 2025-01-19 | 2024-05",
                "2月    | 2025-01-19 | 2025-02",
                "12月   | 2025-01-19 | 2024-12",
                "12月   | 2025-11-19 | 2025-12",
                "3月5日 | 2025-01-19 | 2024-03-05",
                "1月    | 2026-02-05 | 2026-01",
            })
    void monthWithoutYearIsTheArticleYearUnlessMoreThanAMonthAhead(String text, String article, String iso) {
        assertThat(Mentions.only(text, article).date().iso()).isEqualTo(iso);
    }

    @Test
    void readsTheDayOfAWireDateline() {
        String text = "（中央社倫敦／新加坡19日綜合外電報導）路透社報導，自8月以來";

        assertThat(Mentions.shown(text, ARTICLE)).containsExactly("19日=2025-11-19~", "8月=2025-08~");
        assertThat(Mentions.shown("中央社記者王小明台北18日電）美國", ARTICLE)).containsExactly("18日=2025-11-18~");
        assertThat(Mentions.shown("（法新社巴黎18日电）", ARTICLE)).containsExactly("18日=2025-11-18~");
        assertThat(Mentions.shown("中評社香港2月5日電／中國政府1月宣佈", "2026-02-05"))
                .containsExactly("2月5日=2026-02-05~", "1月=2026-01~");
    }

    @Test
    void relativeDatesNeedTheArticleDate() {
        String text = "今年5月，去年底，上個月，昨天，週二（2日），8月28日，於7日公告，（中央社倫敦19日綜合外電報導）";

        assertThat(DateReader.find(text, java.util.Optional.empty())).isEmpty();
        assertThat(Mentions.shown("去年底與2024年12月3日", null)).containsExactly("2024年12月3日=2024-12-03");
    }

    @Test
    void anImpossibleMonthOrDayLeavesTheYear() {
        assertThat(Mentions.shown("2025年13月", ARTICLE)).containsExactly("2025年=2025");
        assertThat(Mentions.shown("2025年2月30日", ARTICLE)).containsExactly("2025年=2025");
        assertThat(Mentions.shown("13月", ARTICLE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "為期30日",
                "30日內完成",
                "連續3日下跌",
                "出口2,000噸",
                "產量2025萬噸",
                "約2025公里",
                "1.5億美元",
                "3個月",
                "前9個月",
                "目前天然氣價格",
                "如今天然氣需求",
                "提前年底完成",
                "說明年度計畫",
                "失去年輕人",
                "日本月球探測",
                "七國集團(G7)",
                "C919與CR929客機",
                "C5+1峰會",
                "北極液化天然氣2號",
                "10:20",
                "3至4成",
                "第2025號",
                "114年度預算",
                "每週一開會",
                "四周一片",
                "至今日本仍",
                "26日",
                "1996.12",
            })
    void readsNoDateIn(String text) {
        assertThat(Mentions.shown(text, ARTICLE)).isEmpty();
    }

    @Test
    void keepsTheLongestOfOverlappingReadings() {
        String text = "2025年5月2日（週五）與2021-2025年間";

        assertThat(Mentions.shown(text, ARTICLE)).containsExactly("2025年5月2日（週五）=2025-05-02", "2021-2025年=2021");
    }
}
