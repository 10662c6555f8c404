package org.chokepoint.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSourceLineAndTheDateHeader() throws IOException {
        Path file = dir.resolve("05_udn.txt");
        Files.writeString(file, "# source: https://udn.com/news/story/6809/9100000\n date 2025-10-27 華爾街日報報導，中國北海港…\n");
        Article article = ArticleReader.read(file);
        assertThat(article.name()).isEqualTo("05_udn");
        assertThat(article.source()).isEqualTo("https://udn.com/news/story/6809/9100000");
        assertThat(article.published()).contains(LocalDate.of(2025, 10, 27));
        assertThat(article.text()).startsWith("# source:");
    }

    @Test
    void findsTheDateInThePageAddress() {
        Article article = ArticleReader.of(
                "14_qq", "# source: https://news.qq.com/rain/a/20251105A04DCW00?suid=\n中俄贸易额下滑9%", "x");
        assertThat(article.published()).contains(LocalDate.of(2025, 11, 5));
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "  \n\n");
        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("empty.txt")
                .hasMessageContaining("empty");
    }

    @Test
    void aFileInBig5IsRefusedWithTheLineOfTheFirstBadByte() throws IOException {
        Path file = dir.resolve("big5.txt");
        Files.write(file, "first line\n北極液化天然氣".getBytes(Charset.forName("Big5")));
        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("big5.txt: not UTF-8 at line 2")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path file = dir.resolve("image.txt");
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 8);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void keepsTheTextExactlySoOffsetsHold() throws IOException {
        String text = "\uFEFF# source: x\nNovatek cut prices by 30-40%.\n";
        Path file = dir.resolve("bom.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(ArticleReader.read(file).text()).isEqualTo(text);
    }

    @Test
    void mojibakeIsRefusedWithHowToUndoIt() {
        String original = "南韓約有74%稀土進口來自中國，對中依賴度甚至超過90%。".repeat(3);
        String garbled = new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleReader.of("x", garbled, "garbled.txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("garbled.txt")
                .hasMessageContaining("mojibake");
    }

    @Test
    void textDamagedByReplacementCharactersIsRefused() {
        String damaged = "中俄贸易额下滑9%" + "\uFFFD".repeat(30);
        assertThatThrownBy(() -> ArticleReader.of("x", damaged, "damaged.txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("replacement characters");
    }

    @Test
    void aFewLatinAccentsAreNotMojibake() {
        assertThat(ArticleReader.of("x", "Café owners in Zürich paid €3.50 for a crème brûlée.", "fr.txt")
                        .text())
                .contains("Zürich");
    }

    @Test
    void anHtmlPageBecomesItsTextAtTheSameOffsets() throws IOException {
        String page = "<html><body><p>Novatek cut prices by <b>30-40%</b>.</p></body></html>";
        Path file = Files.writeString(dir.resolve("page.html"), page, StandardCharsets.UTF_8);

        String text = ArticleReader.read(file).text();

        assertThat(text).doesNotContain("<b>");
        assertThat(text.indexOf("30-40%")).isEqualTo(page.indexOf("30-40%"));
    }

    @Test
    void aNulByteIsRefusedAsBinary() throws IOException {
        Path file = Files.write(dir.resolve("nul.txt"), "Gallium output 5 t\u0000.".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ArticleReader.read(file))
                .isInstanceOf(ArticleException.class)
                .hasMessage(file + ": a binary file, not text (a NUL byte at line 1, byte offset 18)");
    }

    @Test
    void aStrayControlCharacterIsRefusedWithItsLine() {
        String text = "China exports rose.\nGallium output was 5 t\u001B.\n"
                + "Prices fell sharply in the second half of the year.\n".repeat(3);
        assertThatThrownBy(() -> ArticleReader.of("x", text, "esc.txt"))
                .isInstanceOf(ArticleException.class)
                .hasMessageStartingWith("esc.txt: control character U+001B at line 2, column 23");
    }
}
