package org.chokepoint.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at Chinese and English sentence ends (。！？!? and a full stop before a space) and at line
 * breaks, and into clauses at commas and semicolons as well. Offsets are the original text's.
 */
public final class Sentences {

    private final String text;
    private final List<Span> sentences;

    private Sentences(String text, List<Span> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    public static Sentences of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '。'
                    || c == '！'
                    || c == '？'
                    || c == '\n'
                    || c == '!'
                    || c == '?'
                    || c == '；'
                    || (c == '.'
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                            && !abbreviation(text, i));
            if (end) {
                if (i + 1 > start) {
                    out.add(new Span(start, i + 1));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Span(start, text.length()));
        }
        return new Sentences(text, List.copyOf(out));
    }

    /** "U.S." and "Dec." do not end a sentence: a full stop after one or two capitals, or after a short word. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int length = dot - s;
        return length > 0
                && length <= 3
                && Character.isUpperCase(text.charAt(s))
                && (length == 1
                        || s > 0 && text.charAt(s - 1) == '.'
                        || text.substring(s, dot)
                                .matches("Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|No|Mr|Ms|Dr|St|Co"));
    }

    public List<Span> all() {
        return sentences;
    }

    /** The sentence holding {@code position}. */
    public Span at(int position) {
        int i = indexAt(position);
        return i >= 0 ? sentences.get(i) : new Span(0, position);
    }

    private int indexAt(int position) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (s.end() <= position) {
                lo = mid + 1;
            } else if (s.start() > position) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The non-blank sentences before {@code sentence}, nearest first, at most {@code count} of them. */
    public List<Span> before(Span sentence, int count) {
        List<Span> out = new ArrayList<>();
        for (int i = indexAt(sentence.start()) - 1; i >= 0 && out.size() < count; i--) {
            Span s = sentences.get(i);
            if (!s.of(text).isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The clause (between commas, semicolons or sentence ends) holding {@code span}, widened to cover all of it. */
    public static Span clause(String text, Span span) {
        int start = span.start();
        while (start > 0 && !isClauseBreak(text, start - 1)) {
            start--;
        }
        int end = span.end();
        while (end < text.length() && !isClauseBreak(text, end)) {
            end++;
        }
        return new Span(start, end);
    }

    private static boolean isClauseBreak(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') { // a full stop ends a clause; a decimal point or an abbreviation's does not
            return i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i);
        }
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';' || c == '\n' || c == '！' || c == '？' || c == '!'
                || c == '?';
    }
}
