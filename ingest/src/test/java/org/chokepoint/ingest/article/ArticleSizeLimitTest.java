package org.chokepoint.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article size limit: how people write it, and a file over it refused before it is read, naming file and size. */
class ArticleSizeLimitTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"2MB, 2097152", "2 mb, 2097152", "500KB, 512000", "1.5MB, 1572864", "3000, 3000", "12 B, 12"})
    void readsSizesAsPeopleWriteThem(String text, long bytes) {
        assertThat(ArticleSizeLimit.parse(text).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"two MB", "-5MB", "5 TB", "0"})
    void refusesWhatIsNotAPositiveSize(String text) {
        assertThatThrownBy(() -> ArticleSizeLimit.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultIsTwoMegabytes() {
        assertThat(ArticleSizeLimit.DEFAULT.bytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(ArticleSizeLimit.DEFAULT).hasToString("2 MB");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingItsSizeAndTheLimit() throws IOException {
        Path file = Files.writeString(
                folder.resolve("long.txt"), "Japan imports 60% of its rare earths from China.\n".repeat(100));
        ArticleSizeLimit limit = new ArticleSizeLimit(Files.size(file) - 1);

        assertThatThrownBy(() -> ArticleReader.read(file, limit))
                .isInstanceOf(ArticleTooLargeException.class)
                .hasMessageStartingWith(file + ": 5 KB (4,900 bytes), over the 5 KB limit")
                .hasMessageContaining("--max-article-size");
        assertThat(ArticleReader.read(file, new ArticleSizeLimit(Files.size(file)))
                        .text())
                .startsWith("Japan");
    }
}
