package org.chokepoint.ingest.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.number.Numerals;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.time.PartialDate;

/**
 * Years counted from a date the text gave just before: "in 1858, the Treaty of Aigun ... Two years later, the
 * Convention of Peking" dates the convention 1860. Only the English "N years later" and "a year later", which narrate
 * from the last date, not from the article's; the anchor must be a date the text states, within a few sentences.
 */
final class LaterDates {

    private static final Pattern LATER = Pattern.compile(
            "\\b(?i:(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years?\\s+(?:later|afterwards))\\b");
    /** How far back the date counted from may be, in characters. */
    private static final int REACH = 400;

    private LaterDates() {}

    /** {@code dates} (in text order) with the years counted from one of them added, in text order. */
    static List<DateMention> add(String text, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>(dates);
        Matcher m = LATER.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (dates.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            DateMention anchor = null;
            for (DateMention d : dates) {
                if (d.span().end() <= m.start() && m.start() - d.span().end() <= REACH && !d.relative()) {
                    anchor = d;
                }
            }
            if (anchor != null) {
                int year = Integer.parseInt(anchor.date().iso().substring(0, 4)) + years(m.group(1));
                out.add(new DateMention(span, new PartialDate(String.valueOf(year)), false));
            }
        }
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    private static int years(String count) {
        if (count.equalsIgnoreCase("a")) {
            return 1;
        }
        int digits = Dates.number(count);
        return digits >= 0
                ? digits
                : (int) Numerals.english(count.toLowerCase(Locale.ROOT)).orElseThrow();
    }
}
