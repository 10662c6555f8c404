package org.chokepoint.ingest.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article was published, from what its page says near the top, so that relative dates (今年5月,
 * last Tuesday) can be resolved. Only a full day counts, and only where the page's own furniture states it:
 *
 * <ol>
 *   <li>a labelled date: {@code date 2025-11-28}, {@code Published: Dec. 14, 2025}, {@code 發布時間：2025-11-19 10:20};
 *   <li>else the first of: a dateline with its year ({@code TAIPEI, Dec. 14, 2025 (Reuters) -}, 【大紀元2025年11月19日訊】),
 *       a byline or timestamp line ({@code Oleh Cheslavskyi, 12/16/25}, {@code 鉅亨網編譯鍾詠翔 2025-11-17 04:00}) or a
 *       signature ending a line ({@code -- 12/24/25});
 *   <li>else an {@code Updated} date, which is at least near the publication;
 *   <li>else a date in the page's URL on the first line ({@code /2025/11/05/}, {@code /20251105A04DCW00}).
 * </ol>
 *
 * Dates inside sentences and headlines are not taken: a story often names days other than its own. The header is the
 * first {@value #HEADER_LINES} lines, at most {@value #HEADER_CHARS} characters.
 */
public final class ArticleDates {

    static final int HEADER_LINES = 40;
    static final int HEADER_CHARS = 4000;

    /** Most letters a byline or timestamp line may hold besides its date. */
    private static final int BYLINE_LETTERS = 30;

    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?:\\b(?:published|posted|date|dated|release date)\\b"
            + "|發布時間|发布时间|發佈時間|發布日期|发布日期|發佈日期|發表時間|发表时间|發表日期|发表日期|出版日期|出版時間|出版时间|刊登日期|刊出日期|刊登時間|刊登时间|"
            + "日期|時間|时间|發布於|发布于|發佈於|發表於|发表于)\\s*[:：]?");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(?:\\b(?:updated|last updated|modified)\\b|更新時間|更新时间|更新於|更新于|修改時間|修改时间|最後更新|最后更新)\\s*[:：]?");
    private static final Pattern TIME = Pattern.compile(
            "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:GMT|UTC|ET|EST|EDT|CT|CST|PT|PST|PDT|BST"
                    + "|CET|CEST|HKT|JST|KST|SGT|MSK)(?:\\s*[+-]\\s*[0-9]{1,2})?)?");
    private static final Pattern ON = Pattern.compile("(?i)\\b(?:on|at)\\b|[於于]");
    private static final Pattern WIRE_AFTER = Pattern.compile(
            "\\s*(?:[（(]\\s*[A-Z][A-Za-z.\\s]{1,30}[）)]\\s*[-–—]|[-–—]\\s|綜合外電報導|综合外电报道|專電|专电|電|电|訊|讯)");
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)[0-9]{2})[/-]([0-9]{1,2})[/-]([0-9]{1,2})(?![0-9])|[/=_-]((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?![0-9])");

    private ArticleDates() {}

    /**
     * The article's publication date when the page states one (header lines, datelines with year, 'Published',
     * '發布時間', '2025-11-19 10:20', 'Name, 12/16/25' bylines near the top, etc). Empty when the text does not fix it.
     */
    public static Optional<LocalDate> find(String text) {
        Objects.requireNonNull(text, "text");
        String head = text.substring(0, headerEnd(text));
        List<DateMention> days = DateReader.find(head, Optional.empty()).stream()
                .filter(m -> m.date().iso().length() == 10)
                .toList();
        LocalDate labelled = null;
        LocalDate furniture = null;
        LocalDate updated = null;
        for (DateMention mention : days) {
            int lineStart = head.lastIndexOf('\n', mention.span().start() - 1) + 1;
            int lineEnd = head.indexOf('\n', mention.span().end());
            lineEnd = lineEnd < 0 ? head.length() : lineEnd;
            String before = head.substring(lineStart, mention.span().start());
            LocalDate date = mention.date().earliest();
            Label label = label(before);
            if (label == Label.PUBLISHED && labelled == null) {
                labelled = date;
            } else if (label == Label.UPDATED && updated == null) {
                updated = date;
            } else if (label == Label.NONE
                    && furniture == null
                    && (wire(head, mention.span().end(), lineEnd)
                            || byline(head, lineStart, lineEnd, mention, days)
                            || signature(before, head, mention.span().end(), lineEnd))) {
                furniture = date;
            }
        }
        if (labelled != null) {
            return Optional.of(labelled);
        }
        if (furniture != null) {
            return Optional.of(furniture);
        }
        if (updated != null) {
            return Optional.of(updated);
        }
        return urlDate(head);
    }

    private enum Label {
        PUBLISHED,
        UPDATED,
        NONE
    }

    private static int headerEnd(String text) {
        int end = 0;
        for (int line = 0; line < HEADER_LINES && end >= 0 && end < text.length(); line++) {
            end = text.indexOf('\n', end);
            end = end < 0 ? text.length() : end + 1;
        }
        return Math.min(Math.min(end < 0 ? text.length() : end, text.length()), HEADER_CHARS);
    }

    /** The label that the line before a date ends with, allowing a time between them (Published 10:20, Dec 14, 2025). */
    private static Label label(String before) {
        Label found = Label.NONE;
        int foundEnd = -1;
        Matcher updated = UPDATED.matcher(before);
        while (updated.find()) {
            found = Label.UPDATED;
            foundEnd = updated.end();
        }
        Matcher published = PUBLISHED.matcher(before);
        while (published.find()) {
            if (published.end() > foundEnd) {
                found = Label.PUBLISHED;
                foundEnd = published.end();
            }
        }
        if (found == Label.NONE) {
            return Label.NONE;
        }
        String between = ON.matcher(TIME.matcher(before.substring(foundEnd)).replaceAll(""))
                .replaceAll("");
        return letters(between, 0, between.length()) == 0 && between.length() <= 12 ? found : Label.NONE;
    }

    /** A wire dateline: the date is followed by the agency and a dash, or by 電 / 訊. */
    private static boolean wire(String head, int end, int lineEnd) {
        Matcher m = WIRE_AFTER.matcher(head).region(end, lineEnd);
        return m.lookingAt();
    }

    /**
     * A byline or timestamp line: besides its date, a time and separators it holds at most {@value #BYLINE_LETTERS}
     * letters (a name, a site), none of them after the date, and the date stands alone or after a separator.
     */
    private static boolean byline(
            String head, int lineStart, int lineEnd, DateMention mention, List<DateMention> days) {
        String after =
                TIME.matcher(head.substring(mention.span().end(), lineEnd)).replaceAll("");
        if (letters(after, 0, after.length()) > 2) {
            return false;
        }
        int start = mention.span().start();
        int lettersBefore = letters(head, lineStart, start);
        if (lettersBefore == 0) {
            return true;
        }
        if (lettersBefore > BYLINE_LETTERS) {
            return false;
        }
        int i = start;
        while (i > lineStart && Character.isWhitespace(head.charAt(i - 1))) {
            i--;
        }
        char c = head.charAt(i - 1);
        boolean separator = ",，|｜/／·•—–-:：".indexOf(c) >= 0;
        boolean afterCjkName = i < start && !NumericDates.isAsciiLetter(c) && Character.isLetter(c);
        return separator || afterCjkName;
    }

    /** A signature: the date ends the line after "--" or "—" (a forum post's "... -- 12/24/25"). */
    private static boolean signature(String before, String head, int dateEnd, int lineEnd) {
        int end = before.length();
        while (end > 0
                && (Character.isWhitespace(before.charAt(end - 1)) || NumericDates.isSpace(before.charAt(end - 1)))) {
            end--;
        }
        String trimmed = before.substring(0, end);
        boolean dash = trimmed.endsWith("--") || trimmed.endsWith("—") || trimmed.endsWith("──");
        return dash && head.substring(dateEnd, lineEnd).isBlank();
    }

    private static int letters(CharSequence s, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static Optional<LocalDate> urlDate(String head) {
        int end = head.indexOf('\n');
        String first = end < 0 ? head : head.substring(0, end);
        if (!first.contains("://")) {
            return Optional.empty();
        }
        Matcher m = URL_DAY.matcher(first);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            int year = Integer.parseInt(m.group(g));
            int month = Integer.parseInt(m.group(g + 1));
            int day = Integer.parseInt(m.group(g + 2));
            if (Dates.plausibleYear(year) && Dates.validDay(year, month, day)) {
                return Optional.of(LocalDate.of(year, month, day));
            }
        }
        return Optional.empty();
    }
}
