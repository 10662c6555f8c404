package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates written with digits and punctuation, the same in every script. */
class NumericDatesTest {

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-05-02                      | 2025-05-02 | 2025-05-02",
                "鉅亨網 2025-11-17 04:00         | 2025-11-17 | 2025-11-17",
                "2025/05/02                      | 2025/05/02 | 2025-05-02",
                "下文原發表於2025/12/23。        | 2025/12/23 | 2025-12-23",
                "（2025.5.2）                    | 2025.5.2   | 2025-05-02",
                "2025-05 data                    | 2025-05    | 2025-05",
                "2025/5 data                     | 2025/5     | 2025-05",
                "On Wednesday (22.10.2025), Brent | 22.10.2025 | 2025-10-22",
                "'Oleh Cheslavskyi, 12/16/25'    | 12/16/25   | 2025-12-16",
                "-- 12/24/25                     | 12/24/25   | 2025-12-24",
                "16/12/2025                      | 16/12/2025 | 2025-12-16",
                "12/16/2025                      | 12/16/2025 | 2025-12-16",
                "2021-2025                       | 2021-2025  | 2021",
                "2021～2025                      | 2021～2025 | 2021",
                "1858年                          | 1858年     | 1858",
                "2100                            | 2100       | 2100",
                "1800                            | 1800       | 1800",
            })
    void readsNumericDates(String text, String span, String iso) {
        DateMention mention = Mentions.only(text, null);

        assertThat(mention.text(text)).isEqualTo(span);
        assertThat(mention.date().iso()).isEqualTo(iso);
        assertThat(mention.relative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "05/06/25",
                "12/12/25",
                "1799",
                "2101",
                "12025",
                "2022/02/153",
                "2025-13-01",
                "2025-02-30",
                "1.2025",
                "3,2025",
                "2025.5",
                "v2025.1.2",
                "192.168.2025.1",
                "1.2.3.2025",
                "02-2025-1234",
                "0912-345-678",
                "https://city.udn.com/forum/trackback.jsp?no=2976&aid=7289781",
                "https://example.com/news/2025/05/02/story.html",
                "www.example.com/2025-05-02",
                "id=20251105",
                "1/2",
                "3/4/5",
                "2025-1234",
            })
    void readsNoDateIn(String text) {
        assertThat(Mentions.shown(text, null)).isEmpty();
    }

    @Test
    void aUrlHidesItsDatesButNotTheTextAroundIt() {
        String text = "2025-05-01 https://example.com/2025/05/02/a.html 2025-05-03";

        assertThat(Mentions.shown(text, null)).containsExactly("2025-05-01=2025-05-01", "2025-05-03=2025-05-03");
    }

    @Test
    void findsSeveralDatesInTextOrder() {
        String text = "2024年12月3日發布，自 2025 年 1 月 1 日起；On December 14, 2025 and in 2022.";

        assertThat(Mentions.shown(text, null))
                .containsExactly(
                        "2024年12月3日=2024-12-03",
                        "2025 年 1 月 1 日=2025-01-01",
                        "December 14, 2025=2025-12-14",
                        "2022=2022");
    }
}
