package org.chokepoint.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsEachCharacterOfTextAtItsOffsetInThePage() {
        String page = "<html><head><title>Gallium</title><script>var x = '99%';</script></head>"
                + "<body><p>China produced <b>98%</b> of gallium.</p><p>Exports fell.</p></body></html>";

        String text = HtmlText.text(page);

        assertThat(text).hasSameSizeAs(page);
        assertThat(text.indexOf("98%")).isEqualTo(page.indexOf("98%"));
        assertThat(text.indexOf("Exports fell.")).isEqualTo(page.indexOf("Exports fell."));
        assertThat(text).doesNotContain("<", "var x", "99%");
        assertThat(text.replaceAll("\\s+", " ").strip())
                .isEqualTo("Gallium China produced 98% of gallium. Exports fell.");
    }

    @Test
    void aParagraphStartsANewLineSoSentencesDoNotRunTogether() {
        String text = HtmlText.text("<p>Output 5 t</p><p>2023 figures</p>");
        assertThat(text.lines().map(String::strip).filter(l -> !l.isEmpty()))
                .containsExactly("Output 5 t", "2023 figures");
    }

    @Test
    void aCharacterReferenceShortensItsRunWithoutMovingTheNext() {
        String page = "<p>A &amp; B</p><p>Next</p>";
        String text = HtmlText.text(page);
        assertThat(text).contains("A & B");
        assertThat(text.indexOf("Next")).isEqualTo(page.indexOf("Next"));
    }

    @Test
    void tellsPagesFromPlainText() {
        assertThat(HtmlText.isHtml("a.html", "no tags")).isTrue();
        assertThat(HtmlText.isHtml("a.txt", "Output rose <b>5%</b>.")).isTrue();
        assertThat(HtmlText.isHtml("a.txt", "<!DOCTYPE html>\n<title>x</title>"))
                .isTrue();
        assertThat(HtmlText.isHtml("a.txt", "Output was <100 t and a < b > c.")).isFalse();
    }
}
