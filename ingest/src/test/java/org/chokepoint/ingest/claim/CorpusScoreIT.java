package org.chokepoint.ingest.claim;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the annotated corpus in ../shared/corpus, scored by the corpus' own score.py, against the issue's
 * targets. Skipped, saying so, where ../shared/corpus or python3 is absent. Outputs stay in target/corpus-claims for
 * a look after a failure.
 */
class CorpusScoreIT {

    private static final double QUANTITY_PRECISION = 0.85;
    private static final double QUANTITY_RECALL = 0.85;
    private static final double EVENT_F1 = 0.70;
    private static final int NOISE_HITS = 0;
    private static final double SUBJECT_ACCURACY = 0.80;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void extractionMeetsTheIssueTargetsOnTheCorpus() throws IOException, InterruptedException {
        Path start = Path.of("").toAbsolutePath();
        Optional<Path> found = sharedCorpus(start);
        assumeTrue(
                found.isPresent(),
                "../shared/corpus not found: looked beside the repository root above " + start
                        + "; the extractor is not scored");
        Path corpus = found.get();
        assumeTrue(python3Runs(), "python3 not found on the PATH; score.py cannot score the extraction");

        Path out = Path.of("target", "corpus-claims").toAbsolutePath();
        write(corpus.resolve("articles"), out);

        System.out.println(score(corpus, out, false));
        JsonNode totals = JSON.readTree(score(corpus, out, true));
        JsonNode quantity = totals.get("quantity");
        JsonNode event = totals.get("event");
        int quantityTp = quantity.get("tp").asInt();
        int subjectOk = totals.get("subject_ok").asInt();
        double subjectAccuracy = quantityTp == 0 ? 0 : (double) subjectOk / quantityTp;
        int noiseHits = totals.get("noise_hits").asInt();
        System.out.printf(
                Locale.ROOT,
                "corpus score: quantities P %.3f R %.3f F1 %.3f (%d/%d found, %d predicted); "
                        + "events P %.3f R %.3f F1 %.3f (%d/%d found, %d predicted); "
                        + "subject accuracy %.3f (%d/%d, target %.2f); noise hits %d%n",
                quantity.get("precision").asDouble(),
                quantity.get("recall").asDouble(),
                quantity.get("f1").asDouble(),
                quantityTp,
                quantity.get("gold").asInt(),
                quantity.get("pred").asInt(),
                event.get("precision").asDouble(),
                event.get("recall").asDouble(),
                event.get("f1").asDouble(),
                event.get("tp").asInt(),
                event.get("gold").asInt(),
                event.get("pred").asInt(),
                subjectAccuracy,
                subjectOk,
                quantityTp,
                SUBJECT_ACCURACY,
                noiseHits);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(quantity.get("precision").asDouble())
                .as("quantity precision")
                .isGreaterThanOrEqualTo(QUANTITY_PRECISION);
        soft.assertThat(quantity.get("recall").asDouble())
                .as("quantity recall")
                .isGreaterThanOrEqualTo(QUANTITY_RECALL);
        soft.assertThat(event.get("f1").asDouble()).as("event F1").isGreaterThanOrEqualTo(EVENT_F1);
        soft.assertThat(noiseHits)
                .as("noise hits (claims in target/corpus-claims overlapping a gold .noise.jsonl string)")
                .isEqualTo(NOISE_HITS);
        soft.assertThat(subjectAccuracy)
                .as("subject accuracy (subject_ok / quantity tp)")
                .isGreaterThanOrEqualTo(SUBJECT_ACCURACY);
        soft.assertAll();
    }

    /** Extracts every article in {@code articles} into {@code out}/NAME.jsonl, as 'chokepoint extract --out' does. */
    private static void write(Path articles, Path out) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        // the bundled world's projects, as 'chokepoint extract' links them
        Extractor extractor = new Extractor(Gazetteer.of(ReferenceData.load(), root.resolve("data")));
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(articles)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Article article = ArticleReader.read(file);
            Files.writeString(
                    out.resolve(article.name() + ".jsonl"),
                    ClaimJson.lines(article.text(), extractor.claims(article)),
                    StandardCharsets.UTF_8);
        }
    }

    private static String score(Path corpus, Path out, boolean json) throws IOException, InterruptedException {
        List<String> command = json
                ? List.of("python3", corpus.resolve("score.py").toString(), corpus.toString(), out.toString(), "--json")
                : List.of("python3", corpus.resolve("score.py").toString(), corpus.toString(), out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("score.py failed: " + String.join(" ", command) + "\n" + output);
        }
        return output.strip();
    }

    private static boolean python3Runs() {
        try {
            Process process = new ProcessBuilder("python3", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** ../shared/corpus beside the repository root (the first folder up from {@code start} holding mvnw). */
    static Optional<Path> sharedCorpus(Path start) {
        Path dir = start;
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path corpus = dir.getParent().resolve("shared").resolve("corpus");
        return Files.isDirectory(corpus.resolve("articles")) ? Optional.of(corpus) : Optional.empty();
    }
}
