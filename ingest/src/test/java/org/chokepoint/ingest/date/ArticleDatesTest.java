package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The publication date read from a page's header, byline, dateline or URL. */
class ArticleDatesTest {

    private static LocalDate read(String text) {
        return ArticleDates.find(text).orElseThrow();
    }

    @Test
    void readsADateHeaderLine() {
        String text = "# source: seed 000_2c300baef1835176.txt\n date 2025-11-28 【專欄】美俄峰會與2024年的制裁\n文/蔡鎤銘";

        assertThat(read(text)).isEqualTo(LocalDate.of(2025, 11, 28));
    }

    @Test
    void readsLabelledDatesInEnglishAndChinese() {
        assertThat(read("Russia offers cargoes\nPublished: Dec. 14, 2025 10:20 AM ET\nMOSCOW - text"))
                .isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(read("標題\n發布時間：2025-11-19 10:20\n內文提到2024年5月2日")).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(read("标题\n发布时间：2025年11月19日 10:20\n内文")).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(read("Posted on 14 December 2025 by admin")).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(read("日期：民國114年11月19日")).isEqualTo(LocalDate.of(2025, 11, 19));
    }

    @Test
    void aLabelledDateWinsOverAnEarlierByline() {
        String text = "Jane Doe, 12/16/25\nPublished: December 20, 2025\ntext";

        assertThat(read(text)).isEqualTo(LocalDate.of(2025, 12, 20));
    }

    @Test
    void readsTimestampAndBylineLines() {
        assertThat(read("Title here\n2025-11-19 10:20\nBody text")).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(read("Title\nOleh Cheslavskyi, 12/16/25\nBody")).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(read("標題\n鉅亨網編譯鍾詠翔 2025-11-17 04:00\n\n易威新能源")).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(read("Headline\nBy John Smith | December 14, 2025\nBody")).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void readsDatelinesWithAYear() {
        assertThat(read("TAIPEI, Dec. 14, 2025 (Reuters) - Taiwan said")).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(read("LONDON, December 14, 2025 — Prices rose")).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(read("【大紀元2025年11月19日訊】（大紀元記者報導）")).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(read("新华社北京2025年11月19日电 记者")).isEqualTo(LocalDate.of(2025, 11, 19));
    }

    @Test
    void readsAForumSignature() {
        String text = "網路城邦\n中、俄關係 – 開欄文\n我在這個部落格討論過幾次「中、俄關係」，決定開這欄。以後有空，把幾篇相關拙作轉到此處。 --\u00A012/24/25\n";

        assertThat(read(text)).isEqualTo(LocalDate.of(2025, 12, 24));
    }

    @Test
    void fallsBackToUpdatedThenToTheUrl() {
        assertThat(read("Headline\nUpdated: December 20, 2025\nBody")).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(read("Headline\nUpdated: December 20, 2025\nJane Doe, 12/16/25\nBody"))
                .isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(read("# source: https://news.qq.com/rain/a/20251105A04DCW00?suid=&media_id=\n中俄贸易额下滑9%"))
                .isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(read("# source: https://example.com/2025/11/05/story.html\nText"))
                .isEqualTo(LocalDate.of(2025, 11, 5));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "（中央社倫敦／新加坡19日綜合外電報導）路透社報導",
                "China to ban exports of rare earths from December 1, 2025\nBody",
                "2025年11月19日中國宣布擴大稀土出口管制範圍至更多品項\n內文",
                "The plan, announced in 2025, runs to 2030.\nBody",
                "LONDON, December 14 (Reuters) - Prices rose",
                "# source: https://udn.com/news/story/7331/9099006\n華爾街日報報導",
                "Headline\nPublished: this week\nBody",
            })
    void findsNothingWhenThePageDoesNotFixTheDate(String text) {
        assertThat(ArticleDates.find(text)).isEmpty();
    }

    @Test
    void looksOnlyAtTheHeader() {
        String text = "Headline\n" + "Body line.\n".repeat(60) + "2025-11-19 10:20\n";

        assertThat(ArticleDates.find(text)).isEmpty();
    }
}
