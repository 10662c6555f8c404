package org.chokepoint.ingest.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Sentences;

/**
 * Units a figure takes from the figures around it: prices in one sentence share their rate ("rose $3.37 ... to $65.96
 * per barrel"), and a bare number tied on by "another" or 另 carries on the unit of the figure before it ("600,000
 * square kilometers ... another 400,000"); other bare numbers are dropped.
 */
final class UnitContext {

    private static final Pattern MONEY = Pattern.compile("[A-Z]{3}");
    private static final Pattern MONEY_RATE = Pattern.compile("[A-Z]{3}(/\\w+)");
    /**
     * Prices in one sentence share their rate: in "rose $3.37 or 5.4% to $65.96 per barrel" the $3.37 is per barrel too,
     * and 約新台幣346元 beside 每百萬英熱單位11美元 is per MMBtu. Only sums small enough to be prices take it.
     */
    static List<QuantityMention> shareRates(String text, List<QuantityMention> found) {
        List<QuantityMention> out = new ArrayList<>(found);
        Sentences sentences = Sentences.of(text);
        for (int i = 0; i < out.size(); i++) {
            QuantityMention q = out.get(i);
            if (!MONEY.matcher(q.unit()).matches() || Math.abs(q.high()) >= 1e5) {
                continue;
            }
            for (QuantityMention other : found) {
                Matcher rate = MONEY_RATE.matcher(other.unit());
                if (other != q
                        && rate.matches()
                        && sentences
                                .at(q.span().start())
                                .equals(sentences.at(other.span().start()))) {
                    out.set(i, q.withUnit(q.unit() + rate.group(1)));
                    break;
                }
            }
        }
        return out;
    }

    /** Words that make a bare number continue the figure before it: "another 400,000", 另500. */
    private static final Pattern CONTINUES = Pattern.compile(
            "(?:\\b(?:another|a further|further|additional|an extra|a total of)|另|再|又|共)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Gives unit-less numbers the unit of the figure just before them in the same paragraph ("600,000 square kilometers
     * ... another 400,000"), and drops those that have none; fractions and doublings get % and x.
     */
    static List<QuantityMention> inheritUnits(String text, List<QuantityMention> found) {
        List<QuantityMention> out = new ArrayList<>();
        QuantityMention previous = null;
        for (QuantityMention q : found) {
            QuantityMention kept = q;
            if (q.unit().isEmpty()) {
                kept = null;
                String w = q.span().of(text).toLowerCase(Locale.ROOT);
                if (w.matches("half|halving|halved")
                        || QuantityReader.ENGLISH_FRACTION.matcher(w).matches()) {
                    kept = q.withUnit("%");
                } else if (w.matches("doubled|doubling|tripled|\\w+fold")) {
                    kept = q.withUnit("x");
                } else if (w.matches("1[89]\\d\\d|20\\d\\d")) {
                    kept = null; // a bare year
                } else if (previous != null
                        && CONTINUES
                                .matcher(text.substring(
                                        Math.max(0, q.span().start() - 16),
                                        q.span().start()))
                                .find()
                        && !previous.unit().equals("count")
                        && !previous.unit().equals("%")
                        && !previous.unit().equals("rank")
                        && samePassage(text, previous.span().end(), q.span().start())
                        && Math.abs(q.low()) >= 10) {
                    kept = q.withUnit(previous.unit());
                }
            }
            if (kept != null) {
                out.add(kept);
                previous = kept;
            }
        }
        return out;
    }

    private static boolean samePassage(String text, int from, int to) {
        return to - from < 200 && text.substring(from, to).indexOf("\n\n") < 0;
    }

    private UnitContext() {}
}
