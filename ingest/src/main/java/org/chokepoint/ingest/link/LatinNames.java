package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.text.Slug;

/**
 * Finds candidate organisations written in Latin script, in English text or inside Chinese text: one to four
 * capitalised words closed by a word companies and institutions name themselves with (Cove Capital, Tau-Ken Samruk
 * Holding, MP Materials, Export-Import Bank). They become candidate entities, as {@link ChineseNames} makes of 公司 and
 * 銀行 names.
 */
public final class LatinNames {

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?<![A-Za-z])(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|Every|Each)\\s)(?:[A-Z][A-Za-z&.'-]*\\s){0,3}[A-Z][A-Za-z&.'-]*\\s(?:Capital|Group|Holdings?|Corp(?:oration)?\\.?"
                    + "|Inc\\.?|Ltd\\.?|Limited|LLC|PLC|AG|SA|Co\\.|Company|Bank|Resources|Mining|Minerals|Metals|Materials"
                    + "|Energy|Petroleum|Oil|Gas|Partners|Investments?|Fund|Ventures|Industries)(?![A-Za-z])");

    private LatinNames() {}

    /** Candidate organisations in {@code span} of {@code text}, in text order. */
    public static List<EntityMention> find(String text, Span span) {
        List<EntityMention> found = new ArrayList<>();
        Matcher m = ORGANISATION.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            String name = m.group().strip();
            String id = "candidate:" + Slug.of(name);
            found.add(new EntityMention(
                    new Span(m.start(), m.start() + name.length()),
                    new Subject(Subject.Kind.COMPANY, id, name),
                    false));
        }
        return found;
    }
}
