package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.chokepoint.ingest.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "美國Cove Capital持有70%股份|Cove Capital",
                "a deal with MP Materials and the US Export-Import Bank|MP Materials, US Export-Import Bank",
                "Tau-Ken Samruk Holding holds 30%|Tau-Ken Samruk Holding",
                "The Bank said nothing|''",
                "Prices rose in Asia|''",
            })
    void findsOrganisationsByTheWordTheyEndWith(String text, String expected) {
        assertThat(String.join(
                        ", ",
                        LatinNames.find(text, new Span(0, text.length())).stream()
                                .map(e -> e.span().of(text))
                                .toList()))
                .isEqualTo(expected);
    }
}
