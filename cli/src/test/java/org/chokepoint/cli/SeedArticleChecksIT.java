package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code check} on the seed articles of ../shared/corpus against the bundled world, as a journalist
 * would run it (issue 14's acceptance): each figure the knowledge base holds under another source is
 * corroborated by it, never by the article's own curated facts.
 */
class SeedArticleChecksIT {

    /** The block check prints for the figure whose first line contains {@code figure}. */
    private static String block(String output, String figure) {
        Matcher m = Pattern.compile("(?m)^[A-Z]+ +" + Pattern.quote(figure) + ".*?(?=\\n\\n|\\z)", Pattern.DOTALL)
                .matcher(output);
        assertThat(m.find()).as("a verdict for " + figure).isTrue();
        return m.group();
    }

    private static String check(String article) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path file = dir == null || dir.getParent() == null
                ? Path.of("missing")
                : dir.getParent()
                        .resolve("shared")
                        .resolve("corpus")
                        .resolve("articles")
                        .resolve(article);
        assumeTrue(Files.isRegularFile(file), "../shared/corpus/articles/" + article + " not found: not checked");
        CliRun run = CliRun.of(
                "check", file.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void powerOfSiberia2sCapacityAndTheArcticLng2DiscountAreCorroboratedByOtherSources() {
        String out = check("00_seed_arctic_lng2_pos2_sanctions_tw.txt");

        assertThat(block(out, "50,000,000,000 m3/yr"))
                .startsWith("CORROBORATED")
                .contains("compared with Power of Siberia 2")
                .contains("Global Energy Monitor")
                .contains("= 50 bcm/yr");
        assertThat(block(out, "30-40%"))
                .startsWith("CORROBORATED")
                .contains("[facts:cna-2025-11-19]")
                .contains("undated: compared with 2025-11");
    }

    @Test
    void koreasRareEarthDependenceIsSetBesideTheShareComputedFromComtrade() {
        String out = check("04_seed_forge_korea_rare_earths_cn.txt");

        assertThat(block(out, "70% (est.)"))
                .contains("South Korea (KOR) with China (CHN)")
                .contains("the share computed from the knowledge base's import values is ")
                .contains("HS 2846 imports from China over its imports from all ")
                .contains("comtrade-2023-bilateral-imports")
                .contains("already known from this article (facts:seed-004)");
    }

    @Test
    void chinaRussiaTradeIn2024IsCorroboratedByAnotherSourceNotByTheArticlesOwnCuratedFact() {
        String out = check("02_seed_china_russia_forum_telegraph.txt");

        assertThat(block(out, "245,000,000,000 USD"))
                .startsWith("CORROBORATED")
                .contains("already known from this article (facts:seed-002)")
                .contains("[facts:qq-2025-11-05]");
    }
}
