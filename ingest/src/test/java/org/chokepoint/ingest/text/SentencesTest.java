package org.chokepoint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void chineseAndEnglishSentenceEndsAndLineBreaksSplitButAbbreviationsAndDecimalsDoNot() {
        String text = "中俄貿易額下降9%。U.S. output rose 2.5% in Dec. last year. 是嗎？\n下一行";
        assertThat(Sentences.of(text).all())
                .extracting(s -> s.of(text))
                .containsExactly("中俄貿易額下降9%。", "U.S. output rose 2.5% in Dec. last year.", " 是嗎？", "\n", "下一行");
    }

    @Test
    void aClauseEndsAtCommasAndSemicolonsAndCoversTheWholeSpan() {
        String text = "自8月以來，諾瓦泰克共交付了14批貨物，中國買家享有折扣。";
        int at = text.indexOf("14批");
        assertThat(Sentences.clause(text, new Span(at, at + 3)).of(text)).isEqualTo("諾瓦泰克共交付了14批貨物");
    }

    @Test
    void theSentencesBeforeOneSkipBlankLinesNearestFirst() {
        String text = "第一句。第二句。\n\n第三句。";
        Sentences sentences = Sentences.of(text);
        Span third = sentences.at(text.indexOf("第三"));
        assertThat(sentences.before(third, 2)).extracting(s -> s.of(text)).containsExactly("第二句。", "第一句。");
        assertThat(sentences.before(third, 1)).extracting(s -> s.of(text)).containsExactly("第二句。");
        assertThat(sentences.before(sentences.at(0), 2)).isEmpty();
    }
}
