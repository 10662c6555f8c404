package org.chokepoint.ingest.number;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Common words, idioms and names in which Chinese numeral characters do not count anything ("一直" always, "万一" in
 * case, "十四五" the plan), so a scanner can drop a numeral match that lies in one.
 */
final class Idioms {

    /** Characters that make a neighbouring numeral part of a longer number ("三十分钟" is not "十分"). */
    private static final String NUMERALS = "〇零○一二三四五六七八九两兩十百千万萬亿億0123456789０１２３４５６７８９";

    private static final String DIGITS = "〇零○一二三四五六七八九0123456789０１２３４５６７８９";

    /**
     * One idiom: its text, characters that may not stand just before it, characters one of which must follow it
     * (empty: anything), and characters that may not follow it.
     */
    private record Idiom(String word, String notBefore, String after, String notAfter) {}

    private static final Idiom[] IDIOMS;
    private static final int LONGEST;

    static {
        Idiom[] idioms = {
            // 一 as "a", "all", "same", "once" rather than one
            plain("一直"),
            plain("一些"),
            plain("一起"),
            plain("一定"),
            plain("一般"),
            plain("一样"),
            plain("一樣"),
            plain("一旦"),
            plain("一致"),
            plain("一切"),
            plain("一向"),
            plain("一再"),
            plain("一同"),
            plain("一律"),
            plain("一共"),
            plain("一系列"),
            plain("一边"),
            plain("一邊"),
            plain("一方面"),
            plain("一番"),
            plain("一举"),
            plain("一舉"),
            plain("一时"),
            plain("一時"),
            plain("一下"),
            plain("一体"),
            plain("一體"),
            plain("一流"),
            plain("一味"),
            plain("一概"),
            plain("一带一路"),
            plain("一帶一路"),
            plain("一成不变"),
            plain("一成不變"),
            plain("统一"),
            plain("統一"),
            plain("唯一"),
            plain("不一"),
            new Idiom("一点", "", "", DIGITS + "半"),
            new Idiom("一點", "", "", DIGITS + "半"),
            new Idiom("一度", "", "", "电電"),
            // 十分 "very", but not 十分之一 (a tenth) or 三十分钟 (thirty minutes)
            new Idiom("十分", NUMERALS, "", "之钟鐘"),
            // 万一 "in case", but not 三万一 (31,000)
            new Idiom("万一", NUMERALS, "", NUMERALS),
            new Idiom("萬一", NUMERALS, "", NUMERALS),
            // 千万 "by all means" before an order, but not 三千万不到 (under thirty million)
            new Idiom("千万", NUMERALS, "不别別要勿", ""),
            new Idiom("千萬", NUMERALS, "不别別要勿", ""),
            new Idiom("万万", NUMERALS, "", ""),
            new Idiom("萬萬", NUMERALS, "", ""),
            new Idiom("亿万", NUMERALS, "", ""),
            new Idiom("億萬", NUMERALS, "", ""),
            plain("成千上万"),
            plain("成千上萬"),
            plain("千千万万"),
            plain("千千萬萬"),
            plain("千方百计"),
            plain("千方百計"),
            plain("万无一失"),
            plain("萬無一失"),
            plain("三心二意"),
            plain("三位一体"),
            plain("三位一體"),
            plain("接二连三"),
            plain("接二連三"),
            plain("三言两语"),
            plain("三言兩語"),
            plain("七上八下"),
            plain("乱七八糟"),
            plain("亂七八糟"),
            plain("四面八方"),
            plain("五花八门"),
            plain("五花八門"),
            plain("九牛一毛"),
            plain("一五一十"),
            plain("十全十美"),
            plain("一石二鸟"),
            plain("一石二鳥"),
            plain("一模一样"),
            plain("一模一樣"),
            plain("独一无二"),
            plain("獨一無二"),
            plain("二五八万"),
            plain("二五八萬"),
            plain("二、五、八万"),
            plain("二、五、八萬"),
            // 兆 as an omen
            plain("征兆"),
            plain("徵兆"),
            plain("预兆"),
            plain("預兆"),
            plain("兆头"),
            plain("兆頭"),
            // five-year plans, weekdays and names
            plain("十一五"),
            plain("十二五"),
            plain("十三五"),
            plain("十四五"),
            plain("十五五"),
            plain("星期一"),
            plain("星期二"),
            plain("星期三"),
            plain("星期四"),
            plain("星期五"),
            plain("星期六"),
            new Idiom("周一", "", "", "次回"), // not 每周一次 (once a week)
            plain("周二"),
            plain("周三"),
            plain("周四"),
            plain("周五"),
            plain("周六"),
            new Idiom("週一", "", "", "次回"), // not 每周一次 (once a week)
            plain("週二"),
            plain("週三"),
            plain("週四"),
            plain("週五"),
            plain("週六"),
            plain("四川"),
            plain("三峡"),
            plain("三峽"),
            plain("五矿"),
            plain("五礦"),
            plain("一汽"),
            plain("三星"),
            plain("三一重工"),
            plain("九江"),
            plain("六盘水"),
            plain("六盤水"),
            plain("一战"),
            plain("一戰"),
            plain("二战"),
            plain("二戰"),
            plain("二手"),
        };
        Arrays.sort(idioms, Comparator.comparing((Idiom idiom) -> idiom.word().charAt(0)));
        IDIOMS = idioms;
        int longest = 0;
        for (Idiom idiom : idioms) {
            longest = Math.max(longest, idiom.word().length());
        }
        LONGEST = longest;
    }

    private Idioms() {}

    private static Idiom plain(String word) {
        return new Idiom(word, "", "", "");
    }

    /** Whether an idiom occurrence in {@code text} overlaps {@code [start, end)}. */
    static boolean overlaps(String text, int start, int end) {
        int from = Math.max(0, start - LONGEST + 1);
        for (int p = from; p < end; p++) {
            int k = firstWith(text.charAt(p));
            for (; k < IDIOMS.length && IDIOMS[k].word().charAt(0) == text.charAt(p); k++) {
                Idiom idiom = IDIOMS[k];
                int stop = p + idiom.word().length();
                if (stop > start && text.startsWith(idiom.word(), p) && fits(idiom, text, p, stop)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fits(Idiom idiom, String text, int start, int stop) {
        if (start > 0 && idiom.notBefore().indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        char next = stop < text.length() ? text.charAt(stop) : '\0';
        if (!idiom.after().isEmpty() && (next == '\0' || idiom.after().indexOf(next) < 0)) {
            return false;
        }
        return next == '\0' || idiom.notAfter().indexOf(next) < 0;
    }

    /** Index of the first idiom starting with {@code c}, or of the first one after where it would be. */
    private static int firstWith(char c) {
        int low = 0;
        int high = IDIOMS.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (IDIOMS[mid].word().charAt(0) < c) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
