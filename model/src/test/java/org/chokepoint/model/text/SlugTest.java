package org.chokepoint.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Arctic LNG 2|arctic-lng-2",
                "Central Asia–China|central-asia-china",
                "  Cove Capital, LLC.|cove-capital-llc",
                "北極液化天然氣2號|2",
                "路透|''",
            })
    void keepsLettersAndDigitsJoinedBySingleHyphens(String name, String slug) {
        assertThat(Slug.of(name)).isEqualTo(slug);
    }
}
