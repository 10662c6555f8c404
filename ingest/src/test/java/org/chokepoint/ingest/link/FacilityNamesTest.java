package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacilityNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Arctic LNG 2 Terminal T1|Arctic LNG 2",
                "Power of Siberia 2 Gas Pipeline (Soyuz Vostok Gas Pipeline)|Power of Siberia 2",
                "Beihai LNG Terminal|Beihai",
                "Yamal LNG Terminal T4|Yamal",
                "Nord Stream 2 Gas Pipeline|Nord Stream 2",
                "Sakhalin II LNG Terminal T2|Sakhalin II",
            })
    void aProjectIsItsLabelWithoutTrainOrKind(String label, String project) {
        assertThat(FacilityNames.projectName(label)).isEqualTo(project);
    }

    @Test
    void readsProjectsAndTheirCountryFromLocatedInStatements(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statements.jsonl");
        Files.writeString(
                file,
                "{\"subject\":{\"kind\":\"FACILITY\",\"id\":\"gem-t052001\",\"label\":\"Arctic LNG 2 Terminal T1\"},"
                        + "\"property\":\"located_in\",\"counterpart\":{\"kind\":\"COUNTRY\",\"id\":\"RUS\"}}\n"
                        + "{\"subject\":{\"kind\":\"FACILITY\",\"id\":\"gem-t052002\",\"label\":\"Arctic LNG 2 Terminal T2\"},"
                        + "\"property\":\"located_in\",\"counterpart\":{\"kind\":\"COUNTRY\",\"id\":\"RUS\"}}\n"
                        + "{\"subject\":{\"kind\":\"FACILITY\",\"id\":\"gem-t052001\",\"label\":\"Arctic LNG 2 Terminal T1\"},"
                        + "\"property\":\"capacity\",\"value\":6.6}\n");
        FacilityNames names = FacilityNames.read(file);
        assertThat(names.byName()).containsOnlyKeys("Arctic LNG 2");
        assertThat(FacilityNames.read(file).byName()).doesNotContainKey("Arctic");
        assertThat(names.byName().get("Arctic LNG 2").country()).isEqualTo("RUS");
        assertThat(names.byName().get("Arctic LNG 2").subject().id()).isEqualTo("project:arctic-lng-2");
        assertThat(names.byName().get("Arctic LNG 2").records())
                .as("what the knowledge base states of its trains and of the curated project is about it")
                .extracting(org.chokepoint.knowledge.Subject::key)
                .containsExactly("FACILITY:gem-t052001", "FACILITY:gem-t052002", "PROJECT:arctic-lng-2");
    }
}
