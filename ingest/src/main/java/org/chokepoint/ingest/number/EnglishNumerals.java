package org.chokepoint.ingest.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads numbers written in English words ("twenty-one", "a hundred", "two and a half million", "two-thirds",
 * "sevenfold"), with Arabic digits allowed before a scale word ("1.5 million", "3bn"). Answers NaN for "not a number".
 */
final class EnglishNumerals {

    static final double NOT_A_NUMBER = Double.NaN;

    // What the previous word was, which decides what may follow.
    private static final int NONE = 0;
    private static final int ARTICLE = 1;
    private static final int ONES = 2;
    private static final int TEEN = 3;
    private static final int TENS = 4;
    private static final int HUNDRED = 5;
    private static final int SCALE = 6;
    private static final int AND = 7;
    private static final int DIGITS = 8;
    private static final int HALF = 9;
    private static final int DOZEN = 10;

    private EnglishNumerals() {}

    static double parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return NOT_A_NUMBER;
        }
        if (s.endsWith("fold")) {
            int end = s.length() - "fold".length();
            while (end > 0 && isSeparator(s.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                return NOT_A_NUMBER;
            }
            List<String> words = words(s.substring(0, end));
            double times = cardinal(words, 0, words.size());
            return times > 0 ? times : NOT_A_NUMBER;
        }
        List<String> words = words(s);
        int n = words.size();
        if (words.get(0).equals("half")) {
            if (n == 1) {
                return 0.5;
            }
            if (n >= 3 && isArticle(words.get(1))) {
                double whole = cardinal(words, 2, n); // half a million, half a dozen
                return whole > 0 ? whole / 2 : NOT_A_NUMBER;
            }
            return NOT_A_NUMBER;
        }
        double value = cardinal(words, 0, n);
        if (!Double.isNaN(value)) {
            return value;
        }
        return fraction(words);
    }

    /** "hundreds of millions" and its kin as the span between the scale and ten times it, or null. */
    static NumberRange range(String text) {
        List<String> words = words(text.strip().toLowerCase(Locale.ROOT));
        double times = 1;
        int at = 0;
        if (words.size() == 3 && words.get(1).equals("of")) {
            String head = words.get(0);
            if (head.equals("tens")) {
                times = 10;
            } else if (head.equals("hundreds")) {
                times = 100;
            } else {
                return null;
            }
            at = 2;
        } else if (words.size() != 1) {
            return null;
        }
        double scale = pluralScale(words.get(at));
        if (scale == 0 || (times > 1 && scale < 1e3)) {
            return null;
        }
        return new NumberRange(times * scale, times * scale * 10);
    }

    private static double pluralScale(String word) {
        switch (word) {
            case "hundreds":
                return 1e2;
            case "thousands":
                return 1e3;
            case "millions":
                return 1e6;
            case "billions":
                return 1e9;
            case "trillions":
                return 1e12;
            default:
                return 0;
        }
    }

    /** "a third", "two-thirds", "three quarters": a count of a denominator word. */
    private static double fraction(List<String> words) {
        int n = words.size();
        if (n < 2) {
            return NOT_A_NUMBER;
        }
        int denominator = denominator(words.get(n - 1));
        if (denominator == 0) {
            return NOT_A_NUMBER;
        }
        double count = n == 2 && isArticle(words.get(0)) ? 1 : cardinal(words, 0, n - 1);
        return count > 0 ? count / denominator : NOT_A_NUMBER;
    }

    private static int denominator(String word) {
        switch (word) {
            case "half":
            case "halves":
                return 2;
            case "third":
            case "thirds":
                return 3;
            case "quarter":
            case "quarters":
            case "fourth":
            case "fourths":
                return 4;
            case "fifth":
            case "fifths":
                return 5;
            case "sixth":
            case "sixths":
                return 6;
            case "seventh":
            case "sevenths":
                return 7;
            case "eighth":
            case "eighths":
                return 8;
            case "ninth":
            case "ninths":
                return 9;
            case "tenth":
            case "tenths":
                return 10;
            case "hundredth":
            case "hundredths":
                return 100;
            default:
                return 0;
        }
    }

    /** A whole number of words[from, to), or NaN; "and a half" adds one half to what comes before it. */
    private static double cardinal(List<String> words, int from, int to) {
        if (from >= to) {
            return NOT_A_NUMBER;
        }
        double total = 0;
        double current = 0;
        double lastScale = Double.POSITIVE_INFINITY;
        int last = NONE;
        for (int i = from; i < to; i++) {
            String word = words.get(i);
            if (word.equals("and")) {
                if (i + 2 < to
                        && isArticle(words.get(i + 1))
                        && words.get(i + 2).equals("half")) {
                    if (last != ONES && last != TEEN && last != TENS && last != DIGITS) {
                        return NOT_A_NUMBER;
                    }
                    current += 0.5; // two and a half (million)
                    last = HALF;
                    i += 2;
                    continue;
                }
                if (last != HUNDRED && last != SCALE) {
                    return NOT_A_NUMBER;
                }
                last = AND;
                continue;
            }
            if (isArticle(word)) {
                if (i != from) {
                    return NOT_A_NUMBER;
                }
                current = 1;
                last = ARTICLE;
                continue;
            }
            if (word.equals("zero")) {
                return to - from == 1 ? 0 : NOT_A_NUMBER;
            }
            int small = small(word);
            if (small > 0) {
                boolean fits = small < 10
                        ? last == NONE || last == TENS || last == HUNDRED || last == SCALE || last == AND
                        : last == NONE || last == HUNDRED || last == SCALE || last == AND;
                if (!fits) {
                    return NOT_A_NUMBER;
                }
                current += small;
                last = small < 10 ? ONES : small < 20 ? TEEN : TENS;
                continue;
            }
            if (word.equals("hundred")) {
                if (last == NONE) {
                    current = 100;
                } else if (last == ARTICLE || last == ONES || last == TEEN || last == DIGITS) {
                    current *= 100;
                } else {
                    return NOT_A_NUMBER;
                }
                last = HUNDRED;
                continue;
            }
            if (word.equals("dozen")) {
                if (last == NONE) {
                    current = 12;
                } else if (last == ARTICLE || last == ONES || last == TEEN || last == TENS) {
                    current *= 12;
                } else {
                    return NOT_A_NUMBER;
                }
                last = DOZEN;
                continue;
            }
            double scale = scale(word);
            if (scale > 0) {
                if (last == SCALE) {
                    if (!(scale > lastScale)) {
                        return NOT_A_NUMBER;
                    }
                    total *= scale; // a thousand million
                } else if (last == AND || last == DOZEN) {
                    return NOT_A_NUMBER;
                } else {
                    double coefficient = last == NONE ? 1 : current;
                    if (scale < lastScale) {
                        total += coefficient * scale;
                    } else if (scale > lastScale) {
                        total = (total + coefficient) * scale;
                    } else {
                        return NOT_A_NUMBER;
                    }
                }
                lastScale = scale;
                current = 0;
                last = SCALE;
                continue;
            }
            if (i == from && !word.isEmpty() && Character.isDigit(word.charAt(0))) {
                double digits = digits(word);
                if (Double.isNaN(digits)) {
                    return NOT_A_NUMBER;
                }
                current = digits;
                last = DIGITS;
                continue;
            }
            return NOT_A_NUMBER;
        }
        if (last == NONE || last == ARTICLE || last == AND) {
            return NOT_A_NUMBER;
        }
        return total + current;
    }

    private static boolean isArticle(String word) {
        return word.equals("a") || word.equals("an");
    }

    /** 1 to 19 and the tens to 90, 0 for any other word. */
    private static int small(String word) {
        switch (word) {
            case "one":
                return 1;
            case "two":
                return 2;
            case "three":
                return 3;
            case "four":
                return 4;
            case "five":
                return 5;
            case "six":
                return 6;
            case "seven":
                return 7;
            case "eight":
                return 8;
            case "nine":
                return 9;
            case "ten":
                return 10;
            case "eleven":
                return 11;
            case "twelve":
                return 12;
            case "thirteen":
                return 13;
            case "fourteen":
                return 14;
            case "fifteen":
                return 15;
            case "sixteen":
                return 16;
            case "seventeen":
                return 17;
            case "eighteen":
                return 18;
            case "nineteen":
                return 19;
            case "twenty":
                return 20;
            case "thirty":
                return 30;
            case "forty":
                return 40;
            case "fifty":
                return 50;
            case "sixty":
                return 60;
            case "seventy":
                return 70;
            case "eighty":
                return 80;
            case "ninety":
                return 90;
            default:
                return 0;
        }
    }

    private static double scale(String word) {
        switch (word) {
            case "thousand":
                return 1e3;
            case "million":
            case "mln":
            case "mn":
                return 1e6;
            case "billion":
            case "bn":
                return 1e9;
            case "trillion":
                return 1e12;
            default:
                return 0;
        }
    }

    /** "1,200" or "1.5" as a number, or NaN. */
    private static double digits(String word) {
        return onlyAsciiNumber(word) ? ChineseNumerals.parse(word, 0, word.length(), -1) : NOT_A_NUMBER;
    }

    private static boolean onlyAsciiNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00a0';
    }

    /** The words of {@code s}, split at spaces and hyphens; "1.5bn" gives "1.5" and "bn". */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>(4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSeparator(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(s.charAt(i))) {
                i++;
            }
            if (start < i) {
                int letters = start;
                if (Character.isDigit(s.charAt(start))) {
                    while (letters < i && !Character.isLetter(s.charAt(letters))) {
                        letters++;
                    }
                }
                if (letters > start && letters < i) {
                    words.add(s.substring(start, letters));
                    words.add(s.substring(letters, i));
                } else {
                    words.add(s.substring(start, i));
                }
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }
}
