package org.chokepoint.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for written numbers, as a table of forms read and forms refused with their reason. */
class DecimalNumberTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0            | 0
            7            | 7
            240000       | 240000
            0240         | 240
            1,234        | 1234
            12,345       | 12345
            123,456      | 123456
            1,234,567    | 1234567
            1,234.5      | 1234.5
            1234.56      | 1234.56
            0.25         | 0.25
            -3           | -3
            -1,200.5     | -1200.5
            1.5e6        | 1500000
            2E-3         | 0.002
            1e+3         | 1000
            """)
    void readsValidForms(String text, double expected) {
        assertThat(DecimalNumber.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,2.3        | thousands separators must split the digits into groups of three
            12,34        | thousands separators must split the digits into groups of three
            1,2345       | thousands separators must split the digits into groups of three
            1234,567     | thousands separators must split the digits into groups of three
            0,123        | thousands separators must split the digits into groups of three
            ,123         | thousands separators must split the digits into groups of three
            1,,234       | thousands separators must split the digits into groups of three
            1,234,       | thousands separators must split the digits into groups of three
            1.2.3        | more than one decimal point
            1,234.5,6    | a thousands separator after the decimal point
            1.234,5      | a thousands separator after the decimal point
            --5          | one minus sign at most
            -+5          | one minus sign at most
            +5           | one minus sign at most
            5-           | expected digits
            .5           | expected digits
            5.           | expected digits
            1 234        | expected digits
            12abc        | expected digits
            NaN          | expected digits
            Infinity     | expected digits
            0x1F         | expected digits
            1e999        | too large a number
            """)
    void refusesInvalidFormsSayingWhy(String text, String reason) {
        assertThatThrownBy(() -> DecimalNumber.parse(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "' '"})
    void refusesBlankText(String text) {
        assertThatThrownBy(() -> DecimalNumber.parse(text)).hasMessage("no number");
    }
}
