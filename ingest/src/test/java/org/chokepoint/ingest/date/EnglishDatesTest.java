package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** English date forms, each read from a sentence around it. */
class EnglishDatesTest {

    /** A Wednesday. */
    private static final String ARTICLE = "2025-11-19";

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On December 14, 2025, NetEase published         | December 14, 2025          | 2025-12-14",
                "signed on 14 December 2025 in Moscow            | 14 December 2025           | 2025-12-14",
                "signed Dec. 14, 2025.                           | Dec. 14, 2025              | 2025-12-14",
                "signed Dec 14 2025 in Moscow                    | Dec 14 2025                | 2025-12-14",
                "from December 14th, 2025 on                     | December 14th, 2025        | 2025-12-14",
                "the 14th of December 2025                       | 14th of December 2025      | 2025-12-14",
                "Sunday, December 14, 2025 - Moscow              | 'Sunday, December 14, 2025' | 2025-12-14",
                "DECEMBER 14, 2025                               | 'DECEMBER 14, 2025'        | 2025-12-14",
                "Sept. 3, 2024                                   | 'Sept. 3, 2024'            | 2024-09-03",
                "in December 2025 the plant                      | December 2025              | 2025-12",
                "Since October 2024 Russia                       | October 2024               | 2024-10",
                "in Dec. 2024 the plant                          | Dec. 2024                  | 2024-12",
                "has been running since 2021                     | 2021                       | 2021",
                "invasion of Ukraine in 2022.                    | 2022                       | 2022",
                "net zero by 2030                                | 2030                       | 2030",
                "in 1858, the Treaty of Aigun                    | 1858                       | 1858",
                "from 1997 to 2002 it grew                       | 1997 to 2002               | 1997",
                "over 2021–2025 output                           | 2021–2025                  | 2021",
                "in 2021-22 the budget                           | 2021-22                    | 2021",
            })
    void readsAbsoluteDates(String text, String span, String iso) {
        DateMention mention = Mentions.only(text, ARTICLE);

        assertThat(mention.text(text)).isEqualTo(span);
        assertThat(mention.date().iso()).isEqualTo(iso);
        assertThat(mention.relative()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fallen so far this year           | this year          | 2025",
                "warned last year                  | last year          | 2024",
                "Last year, exports rose           | Last year          | 2024",
                "to resume next year               | next year          | 2026",
                "agreed last month                 | last month         | 2025-10",
                "signed this month                 | this month         | 2025-11",
                "due next month                    | next month         | 2025-12",
                "announced earlier this month      | earlier this month | 2025-11",
                "started late last year            | late last year     | 2024",
                "deliveries in August last year    | August last year   | 2024-08",
                "in December this year the plant   | December this year | 2025-12",
                "from March next year              | March next year    | 2026-03",
                "announced last week               | last week          | 2025-11",
                "the ministry said yesterday       | yesterday          | 2025-11-18",
                "Yesterday the ministry said       | Yesterday          | 2025-11-18",
                "prices today                      | today              | 2025-11-19",
                "talks tomorrow                    | tomorrow           | 2025-11-20",
                "data showed on Tuesday            | Tuesday            | 2025-11-18",
                "said Wednesday                    | Wednesday          | 2025-11-19",
                "met last Wednesday                | last Wednesday     | 2025-11-12",
                "meets next Friday                 | next Friday        | 2025-11-21",
                "visit Xi Jinping in September     | September          | 2025-09",
                "which he said in December         | December           | 2025-12",
                "at the end of September           | September          | 2025-09",
                "by mid-December                   | December           | 2025-12",
                "since last December               | last December      | 2024-12",
                "loaded on December 5              | December 5         | 2025-12-05",
                "loaded on 5 November              | 5 November         | 2025-11-05",
                "In July, regulators banned        | July               | 2025-07",
            })
    void readsRelativeDatesAgainstTheArticleDate(String text, String span, String iso) {
        DateMention mention = Mentions.only(text, ARTICLE);

        assertThat(mention.text(text)).isEqualTo(span);
        assertThat(mention.date().iso()).isEqualTo(iso);
        assertThat(mention.relative()).isTrue();
    }

    @Test
    void aMonthBeforeTheArticleMonthIsLastYearsWhenTheArticleIsEarlyInTheYear() {
        String text = "The Buran was loaded with LNG on December 25 and arrived this year.";

        assertThat(Mentions.shown(text, "2026-01-26")).containsExactly("December 25=2025-12-25~", "this year=2026~");
    }

    @Test
    void relativeDatesNeedTheArticleDate() {
        String text = "Last year, on Tuesday, in September, December 5 and yesterday; but in 2022 and on May 3, 2024.";

        assertThat(Mentions.shown(text, null)).containsExactly("2022=2022", "May 3, 2024=2024-05-03");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2,000 tonnes",
                "2025 tonnes of ore",
                "2025 MW of capacity",
                "2025.5 tonnes",
                "2025%",
                "a 2025-page report",
                "the 1990s",
                "$2025 per tonne",
                "No. 2025",
                "Group of Seven (G7)",
                "the C5+1 summit",
                "the CR929 jet",
                "Arctic LNG 2",
                "at 10:20 local time",
                "call +886 2 2025 1234",
                "Black Friday sales",
                "open on Mondays",
                "over the last year",
                "you may march on",
                "5,400 s",
                "1,858 people",
            })
    void readsNoDateIn(String text) {
        assertThat(Mentions.shown(text, ARTICLE)).isEmpty();
    }
}
