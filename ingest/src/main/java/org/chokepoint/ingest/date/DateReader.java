package org.chokepoint.ingest.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;

/**
 * Finds the date expressions of a news text in traditional Chinese, simplified Chinese or English, mixed as they come,
 * and resolves each to a partial ISO date. Numeric forms are read by {@link NumericDates}, Chinese ones by
 * {@link ChineseDates} and English ones by {@link EnglishDates}; this class keeps the longest of overlapping readings
 * and drops anything inside a URL.
 *
 * <p>Relative expressions (今年5月, 上個月, last Tuesday, 19日 in a dateline) are resolved only when the article date is
 * known and are then marked {@link DateMention#relative()}; without it they are left out. A range of years or months
 * (2021-2025, 2023至2024年, 1997 to 2002, 2025年1至9月) is one mention dated by its start, so a claim about the range is
 * anchored where the range begins and the span still shows the whole range. "Two years later" counts from the date
 * before it ({@link LaterDates}).
 */
public final class DateReader {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'（）「」，。、]+");

    private static final Comparator<DateMention> LONGEST_FIRST = Comparator.<DateMention>comparingInt(
                    m -> -m.span().length())
            .thenComparingInt(m -> m.span().start())
            .thenComparing(DateMention::relative);

    private DateReader() {}

    /**
     * All date expressions in text, in text order, non-overlapping (longest match wins); one date written twice side by
     * side ("Wednesday (22.10.2025)") is one mention.
     */
    public static List<DateMention> find(String text, Optional<LocalDate> articleDate) {
        Objects.requireNonNull(text, "text");
        LocalDate article = articleDate.orElse(null);
        List<DateMention> candidates = new ArrayList<>();
        Anchors anchors = Anchors.of(text);
        NumericDates.find(text, anchors, candidates);
        ChineseDates.find(text, anchors, article, candidates);
        EnglishDates.find(text, anchors, article, candidates);
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(LONGEST_FIRST);
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        blockUrls(text, taken);
        List<DateMention> found = new ArrayList<>();
        for (DateMention candidate : candidates) {
            if (free(taken, candidate.span().start(), candidate.span().end())) {
                taken.put(candidate.span().start(), candidate.span().end());
                found.add(candidate);
            }
        }
        found.sort(Comparator.comparingInt(m -> m.span().start()));
        return List.copyOf(LaterDates.add(text, joined(text, found)));
    }

    /**
     * One date written twice side by side is one mention: "Wednesday (22.10.2025)", 週二（2日）. The more precise
     * reading wins and the span covers both.
     */
    private static List<DateMention> joined(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (!out.isEmpty()) {
                DateMention last = out.get(out.size() - 1);
                String between = text.substring(last.span().end(), d.span().start());
                int after = d.span().end(); // the closing bracket, looked at alone: not a copy of the rest of the text
                if (between.matches("[\\s(（]*")
                        && after < text.length()
                        && (text.charAt(after) == ')' || text.charAt(after) == '）')) {
                    DateMention precise =
                            d.date().iso().length() >= last.date().iso().length() ? d : last;
                    out.set(
                            out.size() - 1,
                            new DateMention(
                                    new Span(last.span().start(), d.span().end() + 1),
                                    precise.date(),
                                    precise.relative()));
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    /** Marks the URLs of the text as taken, so that no date inside one (…/2025/05/02/…, ?no=2976) is read. */
    private static void blockUrls(String text, TreeMap<Integer, Integer> taken) {
        if (text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            taken.put(m.start(), m.end());
        }
    }

    /** Whether {@code [start, end)} overlaps none of the taken stretches (start to end, never overlapping). */
    private static boolean free(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return false;
        }
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(start);
        return after == null || after.getKey() >= end;
    }
}
