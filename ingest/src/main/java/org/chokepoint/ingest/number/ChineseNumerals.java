package org.chokepoint.ingest.number;

/**
 * Reads numbers written with Chinese numerals, Arabic digits or a mix of both. Every reader works on a stretch of a
 * {@link CharSequence} and answers {@code NaN} for "not a number", so the scanner's hot path allocates nothing.
 */
final class ChineseNumerals {

    static final double NOT_A_NUMBER = Double.NaN;

    private static final double WAN = 1e4;
    private static final double YI = 1e8;
    private static final double ZHAO = 1e12;
    /** Integers up to this are exact in a double. */
    private static final double EXACT = 9007199254740992.0;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    /** Words before a share that only say it is approximate ("近六成"); longest first. */
    private static final String[] APPROXIMATION_PREFIXES = {
        "将近", "將近", "接近", "大约", "大約", "超过", "超過", "不到", "不足", "近", "约", "約", "逾", "超"
    };

    private ChineseNumerals() {}

    // ---------------------------------------------------------------- characters

    /** 0 to 9 for a Chinese digit (everyday, financial, 两/兩), -1 otherwise. */
    static int chineseDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
            case '○':
                return 0;
            case '一':
            case '壹':
                return 1;
            case '二':
            case '贰':
            case '貳':
            case '两':
            case '兩':
                return 2;
            case '三':
            case '叁':
            case '參':
                return 3;
            case '四':
            case '肆':
                return 4;
            case '五':
            case '伍':
                return 5;
            case '六':
            case '陆':
            case '陸':
                return 6;
            case '七':
            case '柒':
                return 7;
            case '八':
            case '捌':
                return 8;
            case '九':
            case '玖':
                return 9;
            default:
                return -1;
        }
    }

    static boolean isZero(char c) {
        return c == '〇' || c == '零' || c == '○';
    }

    /** 两/兩 mean two before a unit, never as a digit of a number read digit by digit. */
    static boolean isLiang(char c) {
        return c == '两' || c == '兩';
    }

    /** 0 to 9 for an ASCII or full-width digit, -1 otherwise. */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    /** 10, 100 or 1000 for 十, 百, 千 (and their financial forms), 0 otherwise. */
    static int smallUnit(char c) {
        switch (c) {
            case '十':
            case '拾':
                return 10;
            case '百':
            case '佰':
                return 100;
            case '千':
            case '仟':
                return 1000;
            default:
                return 0;
        }
    }

    /** 20, 30, 40 for 廿, 卅, 卌 (a digit and 十 in one character), 0 otherwise. */
    static int tens(char c) {
        switch (c) {
            case '廿':
                return 20;
            case '卅':
                return 30;
            case '卌':
                return 40;
            default:
                return 0;
        }
    }

    /** 1e4, 1e8, 1e12 for 万, 亿, 兆 (兆 as Taiwan uses it), 0 otherwise. */
    static double bigUnit(char c) {
        switch (c) {
            case '万':
            case '萬':
                return WAN;
            case '亿':
            case '億':
                return YI;
            case '兆':
                return ZHAO;
            default:
                return 0;
        }
    }

    static boolean isUnit(char c) {
        return smallUnit(c) != 0 || tens(c) != 0 || bigUnit(c) != 0;
    }

    static boolean isPoint(char c) {
        return c == '点' || c == '點' || c == '.' || c == '．';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    // ---------------------------------------------------------------- numbers

    /**
     * The value of {@code text[from, to)} with the character at {@code skip} left out ({@code -1} for none), or NaN.
     * Surrounding white space is ignored.
     */
    static double parse(CharSequence text, int from, int to, int skip) {
        while (from < to && (from == skip || isSpace(text.charAt(from)))) {
            from++;
        }
        while (to > from && (to - 1 == skip || isSpace(text.charAt(to - 1)))) {
            to--;
        }
        if (from >= to) {
            return NOT_A_NUMBER;
        }
        boolean positional = true; // digit by digit ("二〇二三") is possible only without units
        for (int i = from; i < to; i++) {
            if (i != skip && isUnit(text.charAt(i))) {
                positional = false;
                break;
            }
        }

        // Finished groups for 万, 亿 and 兆 (a "万亿" group is kept under 亿).
        double wan = 0;
        double yi = 0;
        double zhao = 0;
        boolean hasWan = false;
        boolean hasYi = false;
        boolean hasZhao = false;
        double section = 0; // below 万 in the current group
        int lastSmall = 10_000; // the smallest of 十, 百, 千 used in this section; the next must be smaller
        double number = 0; // a digit or Arabic number not yet multiplied by a unit
        boolean hasNumber = false;
        boolean single = false; // number is one digit, for the colloquial "三千五" (3500)
        boolean decimal = false;
        double unitBefore = 0; // the unit directly before the pending number
        double lastUnit = 0; // the unit of the previous token, 0 if that was no unit
        boolean zero = false; // a 零 placeholder waiting for its digit
        int run = 0; // consecutive Chinese digits
        boolean runZero = false;
        boolean runLiang = false;
        boolean any = false;

        int i = from;
        while (i < to) {
            if (i == skip) {
                i++;
                continue;
            }
            char c = text.charAt(i);

            if (arabicDigit(c) >= 0) {
                if (hasNumber) {
                    return NOT_A_NUMBER;
                }
                double value = 0;
                int digits = 0;
                int group = 0;
                boolean comma = false;
                int j = i;
                while (j < to && j != skip) {
                    char d = text.charAt(j);
                    int v = arabicDigit(d);
                    if (v >= 0) {
                        value = value * 10 + v;
                        digits++;
                        group++;
                        j++;
                    } else if (d == ',' && j + 1 < to && arabicDigit(text.charAt(j + 1)) >= 0) {
                        if (comma ? group != 3 : group > 3) {
                            return NOT_A_NUMBER;
                        }
                        comma = true;
                        group = 0;
                        j++;
                    } else {
                        break;
                    }
                }
                if (comma && group != 3) {
                    return NOT_A_NUMBER;
                }
                number = value;
                hasNumber = true;
                single = digits == 1 && !comma;
                decimal = false;
                unitBefore = zero ? 0 : lastUnit;
                zero = false;
                lastUnit = 0;
                run = 0;
                any = true;
                i = j;
                continue;
            }

            int digit = chineseDigit(c);
            if (digit >= 0) {
                if (positional && run > 0 && !decimal) {
                    number = number * 10 + digit;
                    run++;
                    runZero |= digit == 0;
                    runLiang |= isLiang(c);
                    single = false;
                    i++;
                    continue;
                }
                if (hasNumber) {
                    return NOT_A_NUMBER;
                }
                if (isZero(c)) {
                    zero = true;
                    lastUnit = 0;
                    any = true;
                    i++;
                    continue;
                }
                number = digit;
                hasNumber = true;
                single = true;
                decimal = false;
                unitBefore = zero ? 0 : lastUnit;
                zero = false;
                lastUnit = 0;
                run = 1;
                runZero = false;
                runLiang = isLiang(c);
                any = true;
                i++;
                continue;
            }

            if (isPoint(c)) {
                if (decimal || !positionalRunOk(run, runZero, runLiang)) {
                    return NOT_A_NUMBER;
                }
                double base;
                if (hasNumber) {
                    base = number;
                } else if (zero || lastUnit > 0) {
                    base = 0; // 零點五, 二十点五, 十万点五
                } else {
                    return NOT_A_NUMBER;
                }
                double fraction = 0;
                int places = 0;
                int j = i + 1;
                while (j < to) {
                    if (j == skip) {
                        j++;
                        continue;
                    }
                    char d = text.charAt(j);
                    int v = arabicDigit(d);
                    if (v < 0 && !isLiang(d)) {
                        v = chineseDigit(d);
                    }
                    if (v < 0) {
                        break;
                    }
                    fraction = fraction * 10 + v;
                    places++;
                    j++;
                }
                if (places == 0) {
                    return NOT_A_NUMBER;
                }
                number = withFraction(base, fraction, places);
                hasNumber = true;
                single = false;
                decimal = true;
                unitBefore = 0;
                zero = false;
                lastUnit = 0;
                run = 0;
                any = true;
                i = j;
                continue;
            }

            int small = smallUnit(c);
            if (small > 0) {
                if (small >= lastSmall) {
                    return NOT_A_NUMBER;
                }
                double coefficient;
                if (hasNumber) {
                    if (decimal && section != 0) {
                        return NOT_A_NUMBER;
                    }
                    coefficient = number;
                } else if ((section == 0 && !zero) || (zero && small == 10)) {
                    coefficient = 1; // 十五, 百億, 千万, 一千零十
                } else {
                    return NOT_A_NUMBER;
                }
                section += coefficient * small;
                lastSmall = small;
                hasNumber = false;
                single = false;
                decimal = false;
                zero = false;
                lastUnit = small;
                run = 0;
                any = true;
                i++;
                continue;
            }

            int tens = tens(c);
            if (tens > 0) {
                if (hasNumber || zero || lastSmall <= 10) {
                    return NOT_A_NUMBER;
                }
                section += tens;
                lastSmall = 10;
                lastUnit = 10;
                any = true;
                i++;
                continue;
            }

            double big = bigUnit(c);
            if (big > 0) {
                if (zero) {
                    return NOT_A_NUMBER;
                }
                boolean empty = !hasNumber && section == 0;
                double pending = section + (hasNumber ? number : 0);
                boolean absorbed = false;
                if (big > WAN && hasWan) { // 一万三千亿: the 万 group belongs to the 亿
                    pending += wan;
                    wan = 0;
                    hasWan = false;
                    absorbed = true;
                }
                if (big > YI && hasYi) {
                    pending += yi;
                    yi = 0;
                    hasYi = false;
                    absorbed = true;
                }
                if (empty && !absorbed) {
                    if (any) {
                        return NOT_A_NUMBER; // 亿万
                    }
                    pending = 1; // 兆, 万亿
                }
                if (big == WAN) {
                    if (hasWan) {
                        return NOT_A_NUMBER;
                    }
                    wan = pending * big;
                    hasWan = true;
                } else if (big == YI) {
                    if (hasYi) {
                        return NOT_A_NUMBER;
                    }
                    yi = pending * big;
                    hasYi = true;
                } else {
                    if (hasZhao) {
                        return NOT_A_NUMBER;
                    }
                    zhao = pending * big;
                    hasZhao = true;
                }
                section = 0;
                lastSmall = 10_000;
                hasNumber = false;
                single = false;
                decimal = false;
                lastUnit = big;
                run = 0;
                any = true;
                i++;
                continue;
            }

            return NOT_A_NUMBER;
        }

        if (!positionalRunOk(run, runZero, runLiang)) {
            return NOT_A_NUMBER;
        }
        if (zero) {
            boolean onlyZero = !hasNumber && section == 0 && !hasWan && !hasYi && !hasZhao;
            return onlyZero ? 0 : NOT_A_NUMBER;
        }
        double tail = hasNumber ? number : 0;
        if (hasNumber && single && unitBefore >= 100) {
            tail *= unitBefore / 10; // 三千五 = 3500, 一万五 = 15000, 两亿五 = 2.5亿
        }
        return zhao + yi + wan + section + tail;
    }

    /** Two digits in a row with no units ("三四") are a range, not 34; read digit by digit only from three or with 〇. */
    private static boolean positionalRunOk(int run, boolean runZero, boolean runLiang) {
        return run < 2 || (!runLiang && (run >= 3 || runZero));
    }

    /** {@code base + fraction / 10^places}, rounded once when the digits fit a double exactly. */
    private static double withFraction(double base, double fraction, int places) {
        if (places < POWERS_OF_TEN.length) {
            double scale = POWERS_OF_TEN[places];
            double all = base * scale + fraction;
            if (all < EXACT && fraction < EXACT) {
                return all / scale;
            }
            return base + fraction / scale;
        }
        return base + fraction / Math.pow(10, places);
    }

    // ---------------------------------------------------------------- ranges

    /**
     * The range of a form with two adjacent digits ("三四十", "十五六", "两三千万"), as {low, high}, or null. Each end is
     * read by leaving out one of the two digits.
     */
    static NumberRange approximateRange(CharSequence text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        int pair = -1;
        boolean hasUnit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isZero(c)) {
                return null;
            }
            hasUnit |= isUnit(c);
            if (i + 1 < to && adjacent(c, text.charAt(i + 1))) {
                if (pair >= 0) {
                    return null;
                }
                pair = i;
            }
        }
        if (pair < 0
                || (pair > from && chineseDigit(text.charAt(pair - 1)) >= 0)
                || (pair + 2 < to && chineseDigit(text.charAt(pair + 2)) >= 0)
                || (!hasUnit && to - from != 2)) {
            return null;
        }
        double low = parse(text, from, to, pair + 1);
        double high = parse(text, from, to, pair);
        if (Double.isNaN(low) || Double.isNaN(high) || !(low < high)) {
            return null;
        }
        return new NumberRange(low, high);
    }

    /** Whether {@code b} is the digit after {@code a}: 三四, 七八, 一两, 两三. */
    private static boolean adjacent(char a, char b) {
        int x = chineseDigit(a);
        int y = chineseDigit(b);
        return x >= 1 && y == x + 1;
    }

    // ---------------------------------------------------------------- shares

    /** A fraction or share of {@code text[from, to)} as a percentage, or NaN. */
    static double percent(CharSequence text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        from += approximationPrefix(text, from, to);
        if (from >= to) {
            return NOT_A_NUMBER;
        }
        char last = text.charAt(to - 1);
        if (last == '%' || last == '％') {
            return parse(text, from, to - 1, -1);
        }
        if (startsWith(text, from, to, "一半") || startsWith(text, from, to, "半数") || startsWith(text, from, to, "半數")) {
            return to - from == 2 ? 50 : NOT_A_NUMBER;
        }
        if (to - from == 1 && text.charAt(from) == '半') {
            return 50;
        }
        int of = indexOf(text, from, to, '分');
        if (of >= 0) {
            if (of + 1 >= to || text.charAt(of + 1) != '之') {
                return NOT_A_NUMBER;
            }
            double part = parse(text, of + 2, to, -1);
            double whole = parse(text, from, of, -1);
            if (!(whole > 0)) {
                return NOT_A_NUMBER;
            }
            // 百分之三十 is 30 and 三分之一 100 / 3, each rounded once
            return whole <= 100 ? part * (100 / whole) : part / (whole / 100);
        }
        int cheng = indexOf(text, from, to, '成');
        if (cheng > from) {
            double tenths = parse(text, from, cheng, -1);
            if (!(tenths >= 0) || tenths > 10) {
                return NOT_A_NUMBER;
            }
            int rest = to - cheng - 1;
            if (rest == 0) {
                return tenths * 10;
            }
            if (rest > 1 || tenths != Math.floor(tenths) || tenths >= 10) {
                return NOT_A_NUMBER;
            }
            char after = text.charAt(cheng + 1);
            int hundredths = after == '半' ? 5 : isLiang(after) ? -1 : chineseDigit(after);
            if (hundredths < 1) {
                return NOT_A_NUMBER;
            }
            return tenths * 10 + hundredths; // 三成五 = 35
        }
        return NOT_A_NUMBER;
    }

    private static int approximationPrefix(CharSequence text, int from, int to) {
        for (String prefix : APPROXIMATION_PREFIXES) {
            if (startsWith(text, from, to, prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    private static boolean startsWith(CharSequence text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(from + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
