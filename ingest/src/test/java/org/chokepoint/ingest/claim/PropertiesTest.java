package org.chokepoint.ingest.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.quantity.QuantityReader;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure measures, from its clause, the clauses before it and its unit, in the three scripts. */
class PropertiesTest {

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the figure's own clause
                "中俄贸易额达到1636亿美元|1636亿美元|trade_value",
                "南韓約有74%稀土進口來自中國|74%|share",
                "Cove Capital持有70%|70%|stake",
                "美國占中國10月稀土出口總量的12%|12%|share",
                "中国稀土产量占全球三分之二|三分之二|share",
                "production rose 8% to 240,000 tonnes|240,000 tonnes|production",
                "礦區內探明的41萬噸鎢|41萬噸|reserves",
                // a clause that names nothing takes the nearest clause before it that does
                "作為最大生產國，大陸總出口量為5473噸，較9月的5774噸減少5.2%|5774噸|volume",
                "作為最大生產國，大陸總出口量為5473噸，較9月的5774噸減少5.2%|5.2%|trade_change",
                // a property the unit cannot measure is passed over: tonnes are no trade value
                "對美國出口量激增，達到656噸，顯示貿易關係正在緩和|656噸|volume",
                "9月中國出口稀土5,960萬美元|5,960萬美元|trade_value",
                "9月中國出口稀土4,000.3噸|4,000.3噸|volume",
                // a price is a sum per unit; a flow per day is not
                "Russian crude offered at discounts of $8-$12 per barrel|$8-$12 per barrel|discount",
                "Brent traded at $65.07/bbl on Friday|$65.07/bbl|price",
                "India buying ~1.75 million barrels per day from Russia|1.75 million barrels per day|volume",
                "售價比每百萬英熱單位11美元的亞洲基準價格低了3至4美元|11美元|price",
                "售價比每百萬英熱單位11美元的亞洲基準價格低了3至4美元|3至4美元|discount",
                "這意味每批貨物以2800萬至3200萬美元出售，遠低於市場價值|2800萬至3200萬美元|price",
                "a pipeline of 3,000 kilometers through Russian territory|3,000 kilometers|other",
                "an area of 100,000 square kilometers|100,000 square kilometers|area",
                "全年天然氣消費量為2766億立方米，增速為16.6%|16.6%|consumption",
                "最大输气能力可达每年380亿立方米|380亿立方米|capacity",
                "已累计输送天然气超100亿立方米|100亿立方米|volume",
                // a producer or producing country is no production
                "生產商已將天然氣價格大砍3到4成|3到4成|price_change",
            })
    void aFigureMeasuresWhatItsNearestClauseNames(String text, String figure, String property) {
        int at = text.indexOf(figure);
        QuantityMention q = QuantityReader.find(text).stream()
                .filter(m -> m.span().start() <= at && m.span().end() >= at + 1)
                .findFirst()
                .orElseThrow();
        Span clause = Sentences.clause(text, q.span());
        assertThat(Properties.of(text, q, clause, new Span(0, text.length()))).isEqualTo(property);
    }
}
