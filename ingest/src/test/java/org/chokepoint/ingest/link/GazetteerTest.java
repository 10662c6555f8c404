package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.of(ReferenceData.load());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "南韓約有74%稀土進口來自中國|南韓 KOR, 中國 CHN",
                "南韩约有74%稀土进口来自中国|南韩 KOR, 中国 CHN",
                "哈萨克斯坦国家矿业公司持有30%|哈萨克斯坦 KAZ",
                "中俄贸易额下滑9%|中 CHN",
                "Russia's Novatek sold cargoes to China|Russia RUS, China CHN",
                "The U.S. Treasury and South Korea|U.S. USA, South Korea KOR",
                "Mexico, then the UAE|Mexico MEX",
            })
    void findsCountriesByAnyNameInAnyScript(String text, String expected) {
        List<String> found = gazetteer.find(text).stream()
                .map(e -> e.span().of(text) + " " + e.subject().id())
                .toList();
        assertThat(found).containsAll(List.of(expected.split(", ")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Usually the summit ends early", "日本人民也是受害者的一日", "Chinamen"})
    void doesNotLinkPartsOfWords(String text) {
        assertThat(gazetteer.find(text).stream().map(e -> e.span().of(text))).doesNotContain("us", "Us", "China");
    }
}
