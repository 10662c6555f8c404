package org.chokepoint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageChromeTest {

    /** Each line holds its chrome between [ and ]; the rest is content. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[# source: https://example.com/a?id=12]",
                "[ date 2025-11-17] 鉅亨網編譯",
                " [瀏覽96]|[回應2][推薦1]",
                "胡卜凱 [等級:8]",
                "文章[推薦人 (1)]",
                "[本文於 修改第 6 次]",
                "引用網址:[https://city.udn.com/forum/trackback.jsp?no=2976&aid=7289781]",
                "[Oleh Cheslavskyi, 12/16/25]",
                "下文[原發表於2025/12/23]",
                "[（中央社倫敦／新加坡19日綜合外電報導）]路透社報導",
                "中評[社香港2月5日電]／中國政府1月宣佈", // from 社: the agency name holds no number
                "商務部公告[2024年第46號]",
                "[距2060年实现碳中和还有12444天]",
                "image: [lng_tanker_2025.jpg] caption",
                "見 [toutiao.com/article/7603314699752505899/]",
                "俄國一直吃香喝辣吧[(1)]",
                "said Milov.\n[Try full access to The Telegraph free today. Unlock their award-winning website.]\nNext",
                "exports rose.\n\n[ADVERTISEMENT]\n\nVersus the same month",
                "出口下降。\n[訂閱電子報]\n下一段",
                "Third cargo departs China\n[Posted on September 11, 2025]\n[2 min readLast updated: January 22, 2026]\nBEIJING",
                "標題\n[發布時間：2025-11-05 10:30]\n正文",
            })
    void findsTheChromeAndOnlyIt(String marked) {
        String text = marked.replace("[", "").replace("]", "");
        int open = marked.indexOf('[');
        List<Span> expected = new java.util.ArrayList<>();
        int removed = 0;
        while (open >= 0) {
            int close = marked.indexOf(']', open);
            expected.add(new Span(open - removed, close - removed - 1));
            removed += 2;
            open = marked.indexOf('[', close);
        }
        // spans may merge when adjacent: compare the covered characters
        assertThat(covered(text, PageChrome.of(text).spans())).isEqualTo(covered(text, expected));
    }

    private static boolean[] covered(String text, List<Span> spans) {
        boolean[] c = new boolean[text.length()];
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                c[i] = true;
            }
        }
        return c;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "中俄贸易额下滑9%，达到1636亿美元",
                "Brent crude rose $3.37 or 5.4% to $65.96 per barrel.",
                "諾瓦泰克在8月28日交付首批貨物",
                "南韓約有74%稀土進口來自中國",
                "The advertising market for LNG cargoes fell 5% as buyers signed up to long contracts.",
            })
    void leavesArticleTextAlone(String text) {
        assertThat(PageChrome.of(text).spans()).isEmpty();
    }
}
