package org.chokepoint.ingest.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024年中國與哈薩克雙邊貿易額約410億美元。|zh-Hans|zh-Hant",
                "2024年中国与哈萨克斯坦双边贸易额约410亿美元。|zh-Hant|zh-Hans",
                "Oil prices rose more than 5% after the sanctions.|zh-Hant|en",
                "Arctic LNG 2項目的液化天然氣運往中國北海。|zh-Hans|zh-Hant",
                "中国稀土|zh-Hant|zh-Hans",
                "稀土儲量|zh-Hans|zh-Hant",
                "稀土|zh-Hant|zh-Hant",
                "稀土|en|zh",
            })
    void tellsTheLanguageByScriptAndFallsBackWhereTheCharactersAreShared(
            String text, String fallback, String expected) {
        assertThat(Script.language(text, fallback)).isEqualTo(expected);
    }
}
