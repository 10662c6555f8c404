package org.chokepoint.ingest.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityReaderTest {

    /** text | the figure's evidence | low | high | unit | direction | approximate */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Chinese numerals and magnitude words, both scripts
                "未來年輸氣量可高達五百億立方公尺。|五百億立方公尺|5e10|5e10|m3/yr|LEVEL|true",
                "未来年输气量可高达五百亿立方米。|五百亿立方米|5e10|5e10|m3/yr|LEVEL|true",
                "美國推出高达120亿美元的金库计划|120亿美元|1.2e10|1.2e10|USD|LEVEL|true",
                "俄國這項價值210億美元計畫|210億美元|2.1e10|2.1e10|USD|LEVEL|false",
                "兩國數字相差近百億美元|百億美元|1e10|1e10|USD|LEVEL|true",
                "撥款2,500億韓元用於海外礦產開發|2,500億韓元|2.5e11|2.5e11|KRW|LEVEL|false",
                "相當於(1億7,235萬美元)|1億7,235萬美元|1.7235e8|1.7235e8|USD|LEVEL|false",
                "出口 35.77 萬輛|35.77 萬輛|357700|357700|count|LEVEL|false",
                "全年共出口5萬7392噸稀土|5萬7392噸|57392|57392|t|LEVEL|false",
                "今年首批配额一万六千多吨|一万六千多吨|16000|16000|t|LEVEL|true",
                "配额减少一成一|一成一|-11|-11|%|FALL|false",
                "稀土蕴藏量约为2597万吨|2597万吨|2.597e7|2.597e7|t|LEVEL|true",
                // ranges
                "天然氣價格大砍3到4成，以吸引中國買家|3到4成|-30|-40|%|FALL|false",
                "中國買家持續享有約30%至40%的大幅折扣|30%至40%|30|40|%|LEVEL|true",
                "每批貨物以2800萬至3200萬美元出售|2800萬至3200萬美元|2.8e7|3.2e7|USD|LEVEL|false",
                "每年過境費10到20亿美元|10到20亿美元|1e9|2e9|USD/yr|LEVEL|false",
                "年產3至4萬噸|3至4萬噸|3e4|4e4|t/yr|LEVEL|false",
                "提高了 70%～85%|70%～85%|70|85|%|RISE|false",
                "exports showed an annual decline of 5.2%|5.2%|-5.2|-5.2|%|FALL|false",
                "a rise of 3% on the year|3%|3|3|%|RISE|false",
                "發動機排量 2~3 升的車|2~3 升|2|3|L|LEVEL|false",
                "oil rose to $2-3bn a month|$2-3bn|2e9|3e9|USD|LEVEL|false",
                "crude offered at discounts of $8-$12 per barrel|$8-$12 per barrel|8|12|USD/bbl|LEVEL|false",
                "the transport of 50bn cubic metres of gas annually|50bn cubic metres of gas annually|5e10|5e10|m3/yr|LEVEL|false",
                "歐盟去年進口750萬美元的稀土金屬|750萬美元|7.5e6|7.5e6|USD|LEVEL|false",
                "a discount of between 30% and 40% on cargoes|30% and 40%|30|40|%|LEVEL|false",
                "年進口量約750萬噸|750萬噸|7.5e6|7.5e6|t/yr|LEVEL|true",
                "年输气能力提至380亿立方米|380亿立方米|3.8e10|3.8e10|m3/yr|LEVEL|false",
                "最大输气能力可达每年380亿立方米|380亿立方米|3.8e10|3.8e10|m3/yr|LEVEL|false",
                "日输气量达2800万立方米|2800万立方米|2.8e7|2.8e7|m3/d|LEVEL|false",
                "年設計輸氣量為300億立方米至400億立方米|300億立方米至400億立方米|3e10|4e10|m3/yr|LEVEL|false",
                "Oil prices climbed, rising more than 4%|4%|4|4|%|RISE|true",
                // shares and fractions
                "全球生產的7成稀土由中國掌控|7成|70|70|%|LEVEL|false",
                "依存度约为九成|九成|90|90|%|LEVEL|true",
                "中国占三分之一的份额|三分之一|33.333333|33.333333|%|LEVEL|false",
                "出口申請獲批率僅約半數|半數|50|50|%|LEVEL|true",
                "two thirds of its trade|two thirds|66.666667|66.666667|%|LEVEL|false",
                "three quarters of its imports|three quarters|75|75|%|LEVEL|false",
                "a third of its gas comes from Russia|a third|33.333333|33.333333|%|LEVEL|false",
                "cut output by a third.|a third|-33.333333|-33.333333|%|FALL|false",
                "a four-day work week|four-day|4|4|count|LEVEL|false",
                // currencies before and after
                "（約新台幣346元）|新台幣346元|346|346|TWD|LEVEL|true",
                "已获得国家融资支持共计670亿坚戈|670亿坚戈|6.7e10|6.7e10|KZT|LEVEL|false",
                "refiners paid ₹1,200 per tonne|₹1,200 per tonne|1200|1200|INR/t|LEVEL|false",
                "budget of 2.5 trillion tenge|2.5 trillion tenge|2.5e12|2.5e12|KZT|LEVEL|false",
                "報廢稅從 130 萬盧布起|130 萬盧布|1.3e6|1.3e6|RUB|LEVEL|false",
                "a stake worth £2.1bn in the project|£2.1bn|2.1e9|2.1e9|GBP|LEVEL|false",
                "Novatek's US$21 billion project|US$21 billion|2.1e10|2.1e10|USD|LEVEL|false",
                "中國汽車出口清關費用最高增加3萬盧布|3萬盧布|30000|30000|RUB|RISE|true",
                "清关费用最高增加3万卢布|3万卢布|30000|30000|RUB|RISE|true",
                "韓國政府撥款2500億韓元|2500億韓元|2.5e11|2.5e11|KRW|LEVEL|false",
                "韩国政府拨款2500亿韩元|2500亿韩元|2.5e11|2.5e11|KRW|LEVEL|false",
                "Seoul set aside ₩250bn for minerals|₩250bn|2.5e11|2.5e11|KRW|LEVEL|false",
                "投資50億人民幣建廠|50億人民幣|5e9|5e9|CNY|LEVEL|false",
                "投资50亿元人民币建厂|50亿元人民币|5e9|5e9|CNY|LEVEL|false",
                "每批售價約3000萬美金|3000萬美金|3e7|3e7|USD|LEVEL|true",
                "a £182bn trade|£182bn|1.82e11|1.82e11|GBP|LEVEL|false",
                // units and rates
                "a capacity of 19.8 million tonnes per year|19.8 million tonnes per year|1.98e7|1.98e7|t/yr|LEVEL|false",
                "delivered 1.3 Mt of LNG|1.3 Mt|1.3e6|1.3e6|t|LEVEL|false",
                "Power of Siberia 2 would carry 50 bcm a year|50 bcm a year|5e10|5e10|m3/yr|LEVEL|false",
                "Brent closed at $62.59 per barrel.|$62.59 per barrel|62.59|62.59|USD/bbl|LEVEL|false",
                "LNG at $11/MMBtu in Asia|$11/MMBtu|11|11|USD/MMBtu|LEVEL|false",
                "每百萬英熱單位（mmBtu）11美元的亞洲基準價格|11美元|11|11|USD/MMBtu|LEVEL|false",
                "600,000 square kilometers north of the Amur|600,000 square kilometers|6e5|6e5|km2|LEVEL|false",
                "稀土年產量達到27萬噸|27萬噸|2.7e5|2.7e5|t/yr|LEVEL|false",
                "稀土年产量达到27万公吨|27万公吨|2.7e5|2.7e5|t/yr|LEVEL|false",
                "出口鎢精礦1200公噸|1200公噸|1200|1200|t|LEVEL|false",
                "管道每年輸送380億立方米天然氣|380億立方米|3.8e10|3.8e10|m3/yr|LEVEL|false",
                "中俄东线每年输气380亿立方米|380亿立方米|3.8e10|3.8e10|m3/yr|LEVEL|false",
                "a 50 bcm/yr pipeline|50 bcm/yr|5e10|5e10|m3/yr|LEVEL|false",
                "LNG sold at $8.5 per MMBtu|$8.5 per MMBtu|8.5|8.5|USD/MMBtu|LEVEL|false",
                // signed changes and hedges
                "今年5月進口量下降6.5%|6.5%|-6.5|-6.5|%|FALL|false",
                "今年5月进口量下降6.5%|6.5%|-6.5|-6.5|%|FALL|false",
                "Imports fell 9% in May|9%|-9|-9|%|FALL|false",
                "出口近六成來自中國|六成|60|60|%|LEVEL|true",
                "about 40% of supply|40%|40|40|%|LEVEL|true",
                "中俄贸易额较2024年同期下降了9%|9%|-9|-9|%|FALL|false",
                "US crude prices have fallen 16% this year|16%|-16|-16|%|FALL|false",
                "Brent has declined nearly 14%.|14%|-14|-14|%|FALL|true",
                "Oil prices skyrocketed more than 5% on Thursday|5%|5|5|%|RISE|true",
                // multiples and counts
                "trade increased sevenfold since 2014|sevenfold|7|7|x|RISE|false",
                "成本增加了七倍|七倍|7|7|x|RISE|false",
                "has delivered 23 cargoes to Beihai|23 cargoes|23|23|count|LEVEL|false",
                "a platform with hundreds of millions of users|hundreds of millions of users|1e8|1e9|count|LEVEL|false",
                "北海港有11艘油輪停靠|11艘|11|11|count|LEVEL|false",
                "a 30-year contract for gas|30-year|30|30|count|LEVEL|false",
                "拥有55个合作伙伴国|55个|55|55|count|LEVEL|false",
                "退步至第三名|第三名|3|3|rank|LEVEL|false",
            })
    void readsOneFigure(
            String text, String evidence, double low, double high, String unit, Direction direction, boolean approx) {
        List<QuantityMention> found = QuantityReader.find(text);
        assertThat(found).as("figures in %s", text).hasSize(1);
        QuantityMention q = found.get(0);
        assertThat(q.span().of(text)).isEqualTo(evidence);
        assertThat(q.low()).isCloseTo(low, within(Math.abs(low) * 1e-6));
        assertThat(q.high()).isCloseTo(high, within(Math.abs(high) * 1e-6));
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.direction()).isEqualTo(direction);
        assertThat(q.approximate()).isEqualTo(approx);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "俄羅斯LNG北極液化天然氣2號（Arctic LNG 2）計畫",
                "西伯利亞力量2號管道",
                "西伯利亞力量 2 號",
                "the Power of Siberia 2 pipeline",
                "中俄联合研制的CR929宽体客机",
                "C5+1峰會在阿斯塔納舉行",
                "七国集团(G7)成员国",
                "他一直沒想到應該闢一個專欄",
                "避免受到美國二次制裁",
                "第三國企業和第二款規定",
                "一名業界高層表示",
                "中國江西贛縣一處稀土礦場",
                "两个关键现实",
                "呈现出其“三位一体”的进攻态势",
                "the two countries signed",
                "就在兩年前，俄羅斯還是",
                "in the first six months of 2025",
                "shipments surged to a nine-month high",
                "prices fell to a 15-year low",
                "出口升至9個月來最高",
                "創下9個月以來的新高",
                "创七个月最低水平",
                "In the first three quarters of 2025, exports",
                "three quarters of 2025 were weak",
                "A third tanker from Russia's Arctic LNG 2 plant discharged its cargo",
            })
    void findsNoFigureIn(String text) {
        assertThat(QuantityReader.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Brent crude rose $3.37 or 5.4% to $65.96 per barrel.|$3.37|USD/bbl",
                "售價比每百萬英熱單位（mmBtu）11美元（約新台幣346元）的價格低了3至4美元|3至4美元|USD/MMBtu",
            })
    void pricesInOneSentenceShareTheirRate(String text, String evidence, String unit) {
        assertThat(QuantityReader.find(text))
                .filteredOn(q -> q.span().of(text).equals(evidence))
                .singleElement()
                .extracting(QuantityMention::unit)
                .isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Russia sliced off 600,000 square kilometers. Two years later the Convention added another 400,000.|400,000",
            })
    void aBareNumberCarriesOnTheUnitOfTheFigureBefore(String text, String evidence) {
        assertThat(QuantityReader.find(text))
                .filteredOn(q -> q.span().of(text).equals(evidence))
                .singleElement()
                .extracting(QuantityMention::unit)
                .isEqualTo("km2");
    }

    @org.junit.jupiter.api.Test
    void aBareNumberWithoutAWordTyingItToTheFigureBeforeIsDropped() {
        String text = "Russia sliced off 600,000 square kilometers. The importer loaded 5,744 statements.";
        assertThat(QuantityReader.find(text))
                .extracting(q -> q.span().of(text))
                .containsExactly("600,000 square kilometers");
    }
}
