package org.chokepoint.ingest.date;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places in a text where a date expression can be, found in one pass: starts of digit runs and of ASCII words, and
 * the Chinese characters every Chinese form holds (年, 月, 日, 週 ...). The readers try their patterns only there, which
 * is many times faster than letting each pattern scan the whole text, and keeps the whole reader well above the
 * pipeline's speed budget.
 */
final class Anchors {

    /** Starts of runs of digits, ASCII or full-width. */
    final Positions digits = new Positions();

    /** Starts of ASCII words. */
    final Positions words = new Positions();

    /** 年 */
    final Positions years = new Positions();

    /** 月 */
    final Positions months = new Positions();

    /** 日 */
    final Positions days = new Positions();

    /** 今 昨 明 前: first characters of 今天, 昨日, 明天, 前天, 昨（9）日. */
    final Positions dayWords = new Positions();

    /** 週 周 星 禮 礼: first characters of the words for week. */
    final Positions weeks = new Positions();

    /** 社 記 记 報 报 網 网: where a wire dateline (中央社台北19日電) can start. */
    final Positions wires = new Positions();

    private Anchors() {}

    static Anchors of(String text) {
        Anchors a = new Anchors();
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    if (!Dates.isDigit(previous)) {
                        a.digits.add(i);
                    }
                } else if (NumericDates.isAsciiLetter(c) && !NumericDates.isAsciiLetter(previous)) {
                    a.words.add(i);
                }
            } else {
                switch (c) {
                    case '年' -> a.years.add(i);
                    case '月' -> a.months.add(i);
                    case '日' -> a.days.add(i);
                    case '今', '昨', '明', '前' -> a.dayWords.add(i);
                    case '週', '周', '星', '禮', '礼' -> a.weeks.add(i);
                    case '社', '記', '记', '報', '报', '網', '网' -> a.wires.add(i);
                    default -> {
                        if (c >= '０' && c <= '９' && !Dates.isDigit(previous)) {
                            a.digits.add(i);
                        }
                    }
                }
            }
            previous = c;
        }
        return a;
    }

    /** A growing list of text positions, in increasing order. */
    static final class Positions {
        private int[] at = new int[16];
        private int size;

        void add(int i) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }

        int size() {
            return size;
        }

        int get(int k) {
            return at[k];
        }
    }

    /**
     * The matches of a pattern that start at most {@code back} characters before one of the positions, leftmost first
     * and not overlapping, as {@link Matcher#find()} would give them for a pattern that always holds such a position
     * within its first {@code back} characters. Lookbehinds still see the text before the start.
     */
    static final class Matches {
        private final Matcher matcher;
        private final String text;
        private final Positions positions;
        private final int back;
        private final String initials;
        private int next;
        private int floor;

        /** With {@code initials} non-null, only starts whose first character is one of them are tried. */
        Matches(Pattern pattern, String text, Positions positions, int back, String initials) {
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.positions = positions;
            this.back = back;
            this.initials = initials;
        }

        Matches(Pattern pattern, String text, Positions positions, int back) {
            this(pattern, text, positions, back, null);
        }

        Matcher matcher() {
            return matcher;
        }

        boolean find() {
            while (next < positions.size()) {
                int at = positions.get(next++);
                if (at < floor) {
                    continue;
                }
                for (int start = Math.max(floor, at - back); start <= at; start++) {
                    if (initials != null && initials.indexOf(text.charAt(start)) < 0) {
                        continue;
                    }
                    matcher.region(start, text.length());
                    if (matcher.lookingAt()) {
                        floor = matcher.end();
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
