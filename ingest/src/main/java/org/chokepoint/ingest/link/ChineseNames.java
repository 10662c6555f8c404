package org.chokepoint.ingest.link;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;

/**
 * Finds candidate organisations in Chinese text with HanLP's portable segmenter: a run of nouns closed by an
 * organisation word (公司, 集團, 銀行, 部, 委員會, 計劃...), such as 哈萨克斯坦国家矿业公司 or 美国进出口银行. Its place and
 * person taggers stay on because they segment names better, but places and people are not offered as subjects: too
 * many are regions of the world (亞洲) or speakers rather than what a figure is about. The text is
 * converted to simplified script first, as HanLP's dictionaries are simplified; where conversion keeps the length (it
 * maps character to character almost always) offsets carry over, else the sentence is segmented as written. HanLP's own
 * organisation recogniser is left off: it is thirty times slower than the segmenter and no better on these names.
 */
public final class ChineseNames {

    private static final Pattern ORGANISATION_END = Pattern.compile(
            ".*(?:公司|集团|集團|银行|銀行|部|局|署|委员会|委員會|协会|協會|基金|研究院|研究所|交易所|联盟|聯盟|论坛|論壇|计划|計劃|计画|計畫|项目|項目|组织|組織)$");
    private static final Pattern ORGANISATION_WORD =
            Pattern.compile("公司|集团|集團|银行|銀行|部|局|署|委员会|委員會|协会|協會|基金|研究院|研究所|交易所|联盟|聯盟|论坛|論壇|计划|計劃|计画|計畫|项目|項目|组织|組織");

    private final Segment segment = HanLP.newSegment()
            .enableOffset(true)
            .enablePlaceRecognize(true)
            .enableNameRecognize(true)
            .enableNumberQuantifierRecognize(false);

    /** Candidate names in {@code span} of {@code text}, in text order. */
    public List<EntityMention> find(String text, Span span) {
        String original = span.of(text);
        if (!ORGANISATION_WORD.matcher(original).find()) {
            return List.of(); // no organisation word, no candidate: spare the segmenter
        }
        String simplified = HanLP.convertToSimplifiedChinese(original);
        String segmented = simplified.length() == original.length() ? simplified : original;
        List<Term> terms = segment.seg(segmented);
        List<EntityMention> found = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String nature = t.nature.toString();
            boolean noun = nature.startsWith("n") && !nature.equals("nx");
            if (noun && runStart < 0) {
                runStart = t.offset;
            }
            int end = t.offset + t.word.length();
            if (noun && ORGANISATION_END.matcher(t.word).matches() && runStart >= 0 && end - runStart >= 3) {
                found.add(candidate(text, span.start() + runStart, span.start() + end, Subject.Kind.COMPANY));
                runStart = -1;
                continue;
            }
            if (!noun) {
                runStart = -1;
            }
        }
        return found;
    }

    private static EntityMention candidate(String text, int start, int end, Subject.Kind kind) {
        String name = text.substring(start, end);
        String id = "candidate:" + HanLP.convertToSimplifiedChinese(name).toLowerCase(Locale.ROOT);
        return new EntityMention(new Span(start, end), new Subject(kind, id, name), false);
    }
}
