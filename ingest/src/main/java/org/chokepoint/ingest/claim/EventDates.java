package org.chokepoint.ingest.claim;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chokepoint.ingest.date.DateMention;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.model.time.PartialDate;

/**
 * Sorts an article's dates into the periods of its figures and the days things happened. A date that names what a
 * figure covers is not an event: 2025年前9个月, 较2024年同期, 去年12月稀土出口數據, 2025一整年, "between January 2022 and
 * June 2024", "3,000 tonnes in 2022". A figure takes the date nearest before it in its sentence.
 */
final class EventDates {

    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "\\s?年?\\s?(?:前\\s?[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十]{1,2}\\s?(?:至|到|-|～)\\s?[0-9一二三四五六七八九十]{1,2}\\s?月"
                    + "|同期|全年|一?整年|[^，。,;；]{0,8}?(?:統計|统计|數據|数据)|最新|年底|年初|上半年|下半年|前三季|第[一二三四]季)");
    private static final Pattern PERIOD_BEFORE =
            Pattern.compile("(?i)(?:\\b(?:to|of|from|between|and|through|until|since the start of|so far)|較|较|比)\\s*$");
    /** 2025年1至9月: a span of months is the period of statistics, not a day something happened. */
    private static final Pattern MONTH_RANGE =
            Pattern.compile("[0-9一二三四五六七八九十]{1,2}\\s?(?:至|到|-|～|~)\\s?[0-9一二三四五六七八九十]{1,2}\\s?月");

    private static final Pattern RIGHT_AFTER_FIGURE =
            Pattern.compile("(?i)^\\s*(?:in|during|for|as of|by the end of|at the end of)?\\s*$");

    private EventDates() {}

    /** Whether a date names the period of a figure rather than the day something happened. */
    static boolean isPeriod(String text, Sentences sentences, Span date, List<QuantityMention> figures) {
        String before = text.substring(Math.max(0, date.start() - 24), date.start());
        return PERIOD_AFTER.matcher(text).region(date.end(), text.length()).lookingAt()
                || MONTH_RANGE.matcher(date.of(text)).find()
                || (PERIOD_BEFORE.matcher(before).find() && sentenceHasAFigure(sentences, date, figures))
                || followsAFigure(text, figures, date);
    }

    /** "from 2011 to $400m" dates a figure; "from 1997 to 2002" alone, or "at the end of September", dates an event. */
    private static boolean sentenceHasAFigure(Sentences sentences, Span date, List<QuantityMention> figures) {
        Span sentence = sentences.at(date.start());
        return figures.stream().anyMatch(q -> sentence.contains(q.span()));
    }

    private static boolean followsAFigure(String text, List<QuantityMention> figures, Span date) {
        for (QuantityMention q : figures) {
            int gap = date.start() - q.span().end();
            if (gap >= 0
                    && gap <= 20
                    && RIGHT_AFTER_FIGURE
                            .matcher(text.substring(q.span().end(), date.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** The date nearest before the figure in its sentence, else the first after it. */
    static Optional<PartialDate> of(List<DateMention> dates, Span sentence, Span figure) {
        DateMention before = null;
        DateMention after = null;
        for (DateMention d : dates) {
            if (!sentence.contains(d.span())) {
                continue;
            }
            if (d.span().end() <= figure.start()) {
                before = d;
            } else if (after == null) {
                after = d;
            }
        }
        return Optional.ofNullable(before != null ? before : after).map(DateMention::date);
    }
}
