package org.chokepoint.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a scraped page that are not the article: the source and date header lines, counters (瀏覽96,
 * 推薦1, views), user badges, edit notes, addresses, image file names, bylines and datelines, signatures, list and
 * footnote markers, document numbers, countdown banners (距2060年实现碳中和还有12444天), subscription offers and
 * advertisement markers. The text is never changed: the
 * result is a set of spans that extraction skips, so every claim's offsets still point into the original page.
 */
public final class PageChrome {

    private static final List<Pattern> RULES = List.of(
            // the corpus' first line and a page-date header with its timestamp
            Pattern.compile("\\A#\\s*source:[^\\n]*"),
            Pattern.compile("(?m)^[ \\t]*date[ \\t]+\\d{4}-\\d{2}-\\d{2}(?:[ \\t]+\\d{1,2}:\\d{2})?"
                    + "(?:,[ \\t]*\\d{1,2}[ \\t]+\\d{1,2}月[ \\t]+\\d{4})?(?:[ \\t]*\\|[ \\t]*GMT[ \\t]*[+-]\\d+)?"),
            // timestamps
            Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?"),
            // counters and badges
            Pattern.compile("(?=[瀏浏回推閱阅點点人留收分按等])(?:瀏覽|浏览|回應|回应|推薦人?|推荐人?|閱讀|阅读|點閱|点阅|人氣|人气|留言|收藏|分享|按讚|点赞|點讚|等級|等级)"
                    + "[ \\t]*[:：]?[ \\t]*[(（]?\\d+[)）]?"),
            Pattern.compile("(?i)\\b\\d+[ \\t]*(?:views|likes|comments|shares|replies)\\b"),
            Pattern.compile("(?:本文[於于][ \\t]*)?修改第[ \\t]*\\d+[ \\t]*次"),
            // addresses and file names
            Pattern.compile("(?i)(?:https?://|www\\.)[^\\s　，。；）)\"”]+"),
            Pattern.compile("(?i)\\b[a-z0-9][a-z0-9.-]*+(?<=\\.(?:com|net|org|cn|tw|kz|gr|hk|jp|kr|ru))/[^\\s　，。；）)]*"),
            Pattern.compile("(?i)(?<![\\w\\-])[\\w\\-]++\\.(?:jpe?g|png|gif|webp|svg)\\b"),
            // bylines, signatures and repost notes: "Name, 12/16/25", "-- 12/24/25", "原發表於2025/12/23"
            Pattern.compile("(?m)^[^\\n,，]{2,40},[ \\t]*\\d{1,2}/\\d{1,2}/\\d{2,4}[ \\t]*$"),
            Pattern.compile("--[ \\t\\u00A0]*\\d{1,4}/\\d{1,2}/\\d{1,4}"),
            Pattern.compile("(?=[原發发o])(?:原發表於|原发表于|原載於|原载于|發表於|发表于|originally published (?:on )?)[ \\t]*[\\d/.\\-]+"),
            // datelines: （中央社倫敦／新加坡19日綜合外電報導）, 中評社香港2月5日電
            Pattern.compile("[（(][^（）()\\n]{0,40}?\\d{1,2}日[^（）()\\n]{0,20}?(?:電|电|報導|报道|訊|讯)[）)]"),
            Pattern.compile("社[\\p{IsHan}]{0,8}?(?:\\d{1,2}月)?\\d{1,2}日(?:電|电)"), // from 社: 中評社香港2月5日電
            // cross-references to earlier posts: (該欄《開欄文》2022/02/153)
            Pattern.compile("》[^（）()\\n]{0,10}?\\d{4}/\\d{1,2}/\\d{1,3}"),
            Pattern.compile("[（(][^（）()\\n\\d]{0,12}\\d{4}/\\d{1,2}/\\d{1,3}[）)]"),
            // list and footnote markers: "1. " at a line's start, （1）, a (1) right after a word
            Pattern.compile("(?m)^[ \\t]*\\d{1,2}[.．、][ \\t\\u00A0]"),
            Pattern.compile("[（(](?<![昨今前明][（(])\\d{1,2}[）)](?!日)"), // not 昨（9）日, a day
            Pattern.compile("(?=[其評评])(?:其|評論|评论)[一二三四五六七八九十]"),
            // document numbers: 商務部公告2024年第46號, 2025年第55號、56號
            Pattern.compile("\\d{4}年第\\d+[號号](?:[、，,]\\d+[號号])*(?:公告)?(?:第[一二三四五六七八九十\\d]+[款條条項项])?"),
            Pattern.compile("第[ \\t]*\\d+[ \\t]*[號号]"),
            // countdown banners
            Pattern.compile("距\\d{4}年[^\\n。]{0,20}?(?:还有|還有)\\d+天"),
            // publication and update lines of a byline block: "Posted on September 11, 2025", "Last updated: ...",
            // 發布時間：2025-11-05, "2 min read"
            Pattern.compile("(?im)^[ \\t]*(?:posted on|published(?: on| by)?|last updated|updated|發布時間|发布时间|發佈時間"
                    + "|更新時間|更新时间|最後更新|最后更新)\\b?[ \\t]*[:：]?[^\\n]{0,50}$"),
            Pattern.compile("(?im)^[ \\t]*\\d{1,2}[ \\t]*min(?:ute)?s?[ \\t]*read[^\\n]{0,60}$"),
            // subscription offers and advertisement markers, whole lines: "Try full access to The Telegraph free
            // today."
            Pattern.compile(
                    "(?im)^[^\\n]{0,200}\\b(?:subscribe|sign up|free trial|free today|unlock (?:their|our|full|unlimited)"
                            + "|newsletter|advertisement)\\b[^\\n]{0,200}$"),
            Pattern.compile("(?m)^[ \\t]*[^\\n]{0,20}(?:訂閱|订阅|廣告|广告|贊助|赞助)[^\\n]{0,20}$"));

    private final List<Span> spans;

    private PageChrome(List<Span> spans) {
        this.spans = spans;
    }

    /** The chrome of one page, as merged spans in text order. */
    public static PageChrome of(String text) {
        List<Span> found = new ArrayList<>();
        for (Pattern rule : RULES) {
            Matcher m = rule.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Span(m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : found) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= s.start()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return new PageChrome(List.copyOf(merged));
    }

    public List<Span> spans() {
        return spans;
    }

    /** Whether any part of {@code span} is chrome. */
    public boolean touches(Span span) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (s.end() <= span.start()) {
                lo = mid + 1;
            } else if (s.start() >= span.end()) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
