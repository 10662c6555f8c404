package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleAliasesTest {

    @Test
    void aTranslationGlossedWithAKnownNameLinksEverywhereInTheArticle(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statements.jsonl");
        Files.writeString(
                file,
                "{\"subject\":{\"kind\":\"FACILITY\",\"id\":\"gem-t1\",\"label\":\"Ust Luga LNG Terminal T1\"},"
                        + "\"property\":\"located_in\",\"counterpart\":{\"kind\":\"COUNTRY\",\"id\":\"RUS\"}}\n");
        Gazetteer gazetteer = Gazetteer.of(ReferenceData.load()).with(FacilityNames.read(file));
        String text = "俄羅斯烏斯季盧加（Ust Luga）的液化天然氣價格大砍。烏斯季盧加的買家來自中國。";
        List<EntityMention> known = gazetteer.find(text);
        List<EntityMention> aliases = ArticleAliases.find(text, gazetteer, known);
        assertThat(aliases).extracting(e -> e.span().of(text)).containsExactly("烏斯季盧加", "烏斯季盧加");
        assertThat(aliases).allSatisfy(e -> assertThat(e.subject().label()).isEqualTo("Ust Luga"));
    }

    @Test
    void anUnknownGlossLinksNothing() {
        Gazetteer gazetteer = Gazetteer.of(ReferenceData.load());
        String text = "某公司（Obscure Minerals Ltd）宣布擴產。";
        assertThat(ArticleAliases.find(text, gazetteer, gazetteer.find(text))).isEmpty();
    }
}
