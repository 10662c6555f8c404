package org.chokepoint.ingest.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommodityWordsTest {

    private static CommodityWords words;

    @BeforeAll
    static void load() {
        words = CommodityWords.of(News.get().reference.commodities());
    }

    /** The chain of the commodity near the figure {@code #} in a one-clause text. */
    private static Optional<String> near(String text) {
        int at = text.indexOf('#');
        Span all = new Span(0, text.length());
        return words.near(text, all, all, new Span(at, at + 1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "中國稀土儲量約為#噸|rare-earths",
                "哈薩克鎢礦儲量#噸|tungsten",
                "哈萨克斯坦钨矿储量#吨|tungsten",
                "Kazakhstan's tungsten reserves of # tonnes|tungsten",
                "石墨出口#噸|graphite",
                "鎵和鍺出口管制後，鎵價上漲#|gallium",
                "鋰礦產量#噸|lithium",
                "液化天然氣進口#噸|lng",
                "中國的液化天然气进口量#吨|lng",
                "管道天然氣輸送#立方米|pipeline-gas",
                "原油出口#桶|crude-oil",
                "crude oil exports of # barrels|crude-oil",
                "煤炭進口#噸|coal",
                "rare earth magnets exports rose #|rare-earths",
            })
    void findsTheCommodityInEitherScriptOrEnglish(String text, String chain) {
        assertThat(near(text)).contains(chain);
    }

    @Test
    void prefersTheCommodityNearestBeforeTheFigureElseTheFirstAfterIt() {
        assertThat(near("稀土價格持平，鎢價上漲#")).contains("tungsten");
        assertThat(near("鎢價上漲#，稀土價格持平")).contains("tungsten");
        assertThat(near("上漲#的是稀土，其次是鎢")).contains("rare-earths");
    }

    /** The commodity of the figure {@code #} in the first clause of a sentence of several. */
    private static Optional<String> inSentence(String text) {
        int at = text.indexOf('#');
        Span clause = Sentences.clause(text, new Span(at, at + 1));
        return words.near(text, clause, new Span(0, text.length()), new Span(at, at + 1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Trade between Russia and China hit a record #, fuelled by purchases of oil",
                "Trade rose to #, driven by crude oil",
                "Exports reached #, thanks to strong demand for graphite",
                "雙邊貿易額達#，得益於原油進口增加",
                "双边贸易额达#，主要由于煤炭进口增长",
                "貿易額#，帶動稀土出口",
            })
    void aCommodityNamedAsTheCauseIsNotWhatTheFigureCounts(String text) {
        assertThat(inSentence(text)).isEmpty();
    }

    @Test
    void aCommodityInAnotherClauseWithoutACauseStillCounts() {
        assertThat(inSentence("Exports reached #, most of it crude oil")).contains("crude-oil");
        assertThat(inSentence("出口達#，主要是原油")).contains("crude-oil");
    }

    @Test
    void findsNothingWhereNoCommodityIsNamedOrTheSentenceNamesSeveral() {
        String text = "鎵和鍺出口受限。雙邊貿易額為#";
        int at = text.indexOf('#');
        Span clause = new Span(text.indexOf('雙'), text.length());

        assertThat(words.near(text, clause, clause, new Span(at, at + 1))).isEmpty();
        assertThat(words.near(text, clause, new Span(0, text.length()), new Span(at, at + 1)))
                .as("the sentence names two")
                .isEmpty();
        assertThat(near("Toil and trouble: # people")).isEmpty();
    }
}
