package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaterDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // counted from the date the text gave before
                "In 1858, Russia took the north bank. Two years later, the Convention of Peking followed."
                        + "|[1858=1858, Two years later=1860]",
                "The mine opened in March 2019. A year later it closed.|[March 2019=2019-03, A year later=2020]",
                "Output began in 2021 and, 3 years later, doubled.|[2021=2021, 3 years later=2024]",
                // nothing stated to count from: left out, as is a date resolved against the article's
                "Two years later, the plant closed.|[]",
                "Prices rose last year. Two years later they may fall.|[last year=2024~]",
            })
    void countsYearsFromTheDateTheTextGaveBefore(String text, String shown) {
        assertThat(Mentions.shown(text, "2025-11-19").toString()).isEqualTo(shown);
    }
}
