package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectNamesTest {

    @Test
    void newsWritesANameWithoutTheNumbersMarkAndWithLngForLiquefiedNaturalGas() {
        assertThat(ProjectNames.variants("北極液化天然氣2號"))
                .containsExactlyInAnyOrder("北極液化天然氣2號", "北極液化天然氣2", "北極LNG2號", "北極LNG2");
        assertThat(ProjectNames.variants("西伯利亞力量二號")).containsExactlyInAnyOrder("西伯利亞力量二號", "西伯利亞力量二");
        assertThat(ProjectNames.variants("北溪天然氣管道")).containsExactly("北溪天然氣管道");
    }

    @Test
    void everyNamedProjectIsAProjectOfTheBundledWorldAndEveryNameHasASource() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        FacilityNames world = FacilityNames.read(root.resolve("data/world/statements.jsonl"));
        assertThat(ProjectNames.load()).isNotEmpty().allSatisfy(names -> {
            assertThat(world.byName()).as(names.project()).containsKey(names.project());
            assertThat(names.source().location()).isPresent();
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "俄方為加速銷售北極 LNG 2 的貨物|北極 LNG 2|Arctic LNG 2",
                "北極液化天然氣2號計畫|北極液化天然氣2號|Arctic LNG 2",
                "北极液化天然气2号项目|北极液化天然气2号|Arctic LNG 2",
                "最具指標性的便是西伯利亞力量 2 號管線協議|西伯利亞力量 2 號|Power of Siberia 2",
                "\"西伯利亚力量-2\"号管道|西伯利亚力量-2|Power of Siberia 2",
            })
    void theGazetteerLinksAProjectByItsChineseNamesHoweverTheyAreSpaced(
            String text, String name, String project, @TempDir Path dir) throws IOException {
        assertThat(projectsIn(text, dir)).containsExactly(name + " " + project);
    }

    @Test
    void theFirstPowerOfSiberiaAndLongerNumbersAreNotTheSecond(@TempDir Path dir) throws IOException {
        assertThat(projectsIn("西伯利亞力量管道於2019年投產", dir)).isEmpty();
        assertThat(projectsIn("北極LNG20", dir)).isEmpty();
    }

    private static List<String> projectsIn(String text, Path dir) throws IOException {
        Path file = dir.resolve("statements.jsonl");
        Files.writeString(
                file,
                located("gem-t1", "Arctic LNG 2 Terminal T1", "RUS")
                        + located("gem-p1", "Power of Siberia 2 Gas Pipeline (Soyuz Vostok Gas Pipeline)", "MNG"));
        Gazetteer gazetteer = Gazetteer.of(ReferenceData.load()).with(FacilityNames.read(file));
        return gazetteer.find(text).stream()
                .filter(e -> e.subject().id().startsWith("project:"))
                .map(e -> e.span().of(text) + " " + e.subject().label())
                .toList();
    }

    private static String located(String id, String label, String country) {
        return "{\"subject\":{\"kind\":\"FACILITY\",\"id\":\"" + id + "\",\"label\":\"" + label + "\"},"
                + "\"property\":\"located_in\",\"counterpart\":{\"kind\":\"COUNTRY\",\"id\":\"" + country + "\"}}\n";
    }
}
