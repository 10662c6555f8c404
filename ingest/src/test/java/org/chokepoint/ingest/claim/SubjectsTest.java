package org.chokepoint.ingest.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which entity a figure is about, rule by rule, on sentences of our own making in the three scripts. */
class SubjectsTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = new Extractor(Gazetteer.of(ReferenceData.load()));
    }

    private static String subjectOf(String text, String figure) {
        List<Claim> claims = extractor.claims(ArticleReader.of("fixture", text, "fixture.txt"));
        return claims.stream()
                .filter(c ->
                        c.kind() == Claim.Kind.QUANTITY && c.evidence().of(text).contains(figure))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + figure + " in " + claims))
                .subject()
                .map(s -> s.id())
                .orElse("none");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the first name of the clause that is not an object
                "中國汽車對俄羅斯出口35.77萬輛。|35.77萬輛|CHN",
                "南韩约有74%稀土进口来自中国。|74%|KOR",
                "Japan imported 12,000 tonnes from China last year.|12,000 tonnes|JPN",
                // a name after the figure in its clause when none is before it
                "全球生產的7成稀土由中國掌控。|7成|CHN",
                // 涉及 and 提及 are verbs, not the conjunction 及; "led to" and "due to" do not make an object
                "該協議涉及俄羅斯與蒙古，年輸氣量可達五百億立方公尺。|五百億立方公尺|RUS",
                "The fee led to Chinese car exports to Russia halving in 2025.|halving|CHN",
                // a name inside an adjective is no actor
                "The U.S.-sanctioned tanker unloaded 160,000 cubic meters of LNG for China.|160,000 cubic meters|CHN",
                // a country overtaken is no actor
                "中國天然氣消費增長。2018年，超過日本成為第一大進口國，年進口量為1254億立方米。|1254億立方米|CHN",
                // a country gas passes through is no actor
                "Gas flows through Mongolia at 50bn cubic metres a year, Russia says.|50bn cubic metres|RUS",
                "Output fell due to Australian producers cutting 8% of capacity.|8%|AUS",
                // a name with a demonstrative owns the noun phrase holding the figure
                "美國和歐洲對俄國這項價值210億美元計畫祭出制裁。|210億美元|RUS",
                "美国对俄罗斯这个价值210亿美元的项目实施制裁。|210亿美元|RUS",
                // a clause after a coordinator and a verb has its own subject
                "U.S. crude oil prices have fallen 16% this year and Brent has declined nearly 14%.|14%|brent",
                // names and figures paired in order
                "土耳其以93%緊隨其後，而德國和英國分別進口91%和89%。|89%|GBR",
                "土耳其以93%緊隨其後，而德國和英國分別進口91%和89%。|91%|DEU",
                "Germany and Japan import 91% and 89% of theirs, respectively.|89%|JPN",
                // a bracketed conversion takes the subject of the sum it restates
                "俄羅斯的售價為每百萬英熱單位11美元（約新台幣346元）。|346元|RUS",
                // a sum in roubles with nothing named near is Russia's
                "報廢稅從130萬盧布漲至237萬盧布。|237萬盧布|RUS",
                // a sentence naming only an object continues the actor of the sentence before that named it too
                "韓國對中國的依賴已達到極高水平。最新數據顯示，稀土進口對華依存度約為九成，而磁體幾乎完全依賴中國供應。|九成|KOR",
                // else the lede's first actor; a country naming the measure it imposes is the story's setting
                "突破美國制裁，俄羅斯企業出售貨物。按此計算，每船售價約為2800萬美元。|2800萬美元|RUS",
                "U.S. sanctions bite. Russian producers cut exports. Each cargo sold for about $30m.|$30m|RUS",
            })
    void aFigureIsAboutTheEntityItsSentenceMakesItsSubject(String text, String figure, String subject) {
        assertThat(subjectOf(text, figure)).isEqualTo(subject);
    }

    @Test
    void aSentenceNamingOnlyAnObjectOtherThanTheOneBeforeFallsBackToTheLede() {
        String sameObject = "美國宣布新關稅。\n韓國對中國的依賴很高。\n磁體約九成依賴中國供應。\n";
        assertThat(subjectOf(sameObject, "九成")).isEqualTo("KOR");
        String otherObject = "美國宣布新關稅。\n韓國從日本進口設備。\n磁體約九成依賴中國供應。\n";
        assertThat(subjectOf(otherObject, "九成")).isEqualTo("USA");
    }
}
