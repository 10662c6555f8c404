package org.chokepoint.ingest.quantity;

import java.util.regex.Pattern;

/**
 * Reads the words around a figure that qualify it: hedges (約, 近, 超過, about, nearly, more than, 左右) and the
 * direction of a change (下降, 銳減, fell, declined; 增加, rose). It looks back only within the figure's clause, and a
 * "to" or 至/到 right before a figure makes it the level reached ("rose 5.4% to $65.96"), not the change.
 */
final class Hedges {

    private static final int LOOK_BACK = 30;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[。，,；;！？!?\\n：:（(）)]");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?:(?:約|约|近|接近|將近|将近|超過|超过|逾|高達|高达|多達|多达|最高|最多|至少|不到|不足|大約|大约|估計|估计)(?:為|为|是|有|增加|減少|减少|上漲|上涨|下降|提高|降低)?"
                    + "|\\b(?:about|around|nearly|almost|roughly|approximately|some|over|more than|less than|fewer than"
                    + "|up to|at least|close to)\\b)\\s*[“\"]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^\\s*(?:左右|上下|多|餘|余|以上|以下|or so)");
    /** 一万六千多吨: the hedge inside the figure, between number and unit. */
    private static final Pattern APPROXIMATE_INSIDE = Pattern.compile("[0-9〇零一二兩两三四五六七八九十百千萬万億亿][多余餘几幾]");

    private static final Pattern FALL = Pattern.compile(
            "(?:下降|下滑|減少|减少|銳減|锐减|驟降|骤降|下跌|跌|降|減|减|萎縮|萎缩|縮水|缩水|少了|低了|回落|下調|下调|拉低|砍|削減|削减)|\\b(?:fell|fallen|falls|fall|falling|declining|dropping|sliding|slumping|plunging|declined|declines|decline|dropped|drops|drop|decreased|decrease|slumped|plunged|plummet(?:ed)?|lost|loss|cut"
                    + "|slash(?:ed)?|shrank|down|lower|halving|halved)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RISE = Pattern.compile(
            "(?:增加|增長|增长|上升|上漲|上涨|漲|涨|提高|成長|成长|飆漲|飙涨|飆升|飙升|增|升|擴大|扩大)|\\b(?:rose|risen|rises|rise|rising|climbing|gaining|jumping|surging|soaring|increased|increases|increase|gained|gains|gain|jumped|jump|surged|climbed|skyrocketed|grew|grown|growth|up"
                    + "|higher|doubled|tripled)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL_MARK = Pattern.compile(
            "(?:\\bto|\\bfrom|\\bat|至|到|為|为|達|达|從|从)\\s*(?:just|only|about|around|nearly|almost|some|(?:an )?average of|約|约|近)?\\s*$");

    private Hedges() {}

    static QuantityMention apply(String text, QuantityMention q) {
        int start = q.span().start();
        String before = clauseBefore(text, start);
        String after =
                text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 6));
        boolean approximate = APPROXIMATE_BEFORE.matcher(before).find()
                || APPROXIMATE_AFTER.matcher(after).find()
                || APPROXIMATE_INSIDE.matcher(q.span().of(text)).find();
        Direction direction = Direction.LEVEL;
        if (!LEVEL_MARK.matcher(before).find()
                && !q.unit().equals("count")
                && !q.unit().equals("rank")) {
            int fall = lastMatch(FALL, before);
            int rise = lastMatch(RISE, before);
            if (fall >= 0 || rise >= 0) {
                direction = fall > rise ? Direction.FALL : Direction.RISE;
            }
        }
        double sign = direction.sign();
        return new QuantityMention(
                q.span(), sign * Math.abs(q.low()), sign * Math.abs(q.high()), q.unit(), approximate, direction);
    }

    private static String clauseBefore(String text, int start) {
        int from = Math.max(0, start - LOOK_BACK);
        String window = text.substring(from, start);
        var m = CLAUSE_BREAK.matcher(window);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return window.substring(cut);
    }

    private static int lastMatch(Pattern p, String s) {
        var m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }
}
