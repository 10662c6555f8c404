package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemonymsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.of(ReferenceData.load());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Chinese car exports to Russia increased sevenfold|Chinese CHN",
                "the flow of Chinese investment into Russia|Chinese CHN",
                "South Korean battery makers buy magnets|South Korean KOR",
                "South Korean importers buy magnets|South Korean KOR",
                "Russian crude sold at a discount|Russian RUS",
                "Chinese Media Openly Discusses Carving Up Russia|''",
                "a Russian diplomat said|''",
            })
    void aDemonymLinksOnlyBeforeAWordOfTradeOrIndustry(String text, String expected) {
        assertThat(String.join(
                        ", ",
                        Demonyms.find(text, GAZETTEER).stream()
                                .map(e -> e.span().of(text) + " " + e.subject().id())
                                .toList()))
                .isEqualTo(expected);
    }
}
