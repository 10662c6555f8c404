package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of files and of the store, through the CLI: a file that contradicts itself, a changed
 * file imported again, two processes at one store, a read-only store and a missing one. Each
 * checks the exit code, the message (naming the file and line), that no stack trace reaches the
 * user, and what the store holds before and after.
 */
class StoreFaultsTest {

    /** China's 2022 production is 210,000 t on line 3 of the 2023 fixture; this row says 200,000 t. */
    private static final String CHINA_AGAIN =
            "MCS2023,China,\"Rare earths, mine production, rare-earth-oxide equivalent, metric tons\",168000,200000,,"
                    + "44000000,\n";

    @TempDir
    Path directory;

    private Process holder;

    @AfterEach
    void release() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Path store() {
        return directory.resolve("kb.duckdb");
    }

    private static Path fixture(String resource) {
        try {
            return Path.of(
                    StoreFaultsTest.class.getResource("/usgs/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 2023 fixture under its own name in the test's folder, so that it can be edited. */
    private Path copy2023() throws IOException {
        Path file = directory.resolve("mcs2023-raree_world.csv");
        Files.copy(fixture("2023/mcs2023-raree_world.csv"), file);
        return file;
    }

    private CliRun run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
        return run;
    }

    private List<Statement> stored() {
        try (DuckDbStore knowledge = DuckDbStore.openReadOnly(store(), Duration.ZERO)) {
            return knowledge.find(StatementQuery.all());
        }
    }

    private List<Contradiction> setAside() {
        try (DuckDbStore knowledge = DuckDbStore.openReadOnly(store(), Duration.ZERO)) {
            return knowledge.contradictions();
        }
    }

    private List<String> chinaIn2022() {
        return stored().stream()
                .filter(s -> s.factLabel().equals("China, production, rare-earths/ree-concentrate, 2022"))
                .map(s -> s.source().id() + " " + s.value().canonical())
                .toList();
    }

    private void importFixture2024() {
        CliRun run = run("import", "usgs-mcs", fixture("2024").toString(), "--store", store().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stored()).hasSize(14);
    }

    @Test
    void strictImportOfAFileThatContradictsItselfStoresNothing() throws IOException {
        importFixture2024();
        Path file = copy2023();
        Files.writeString(file, CHINA_AGAIN, java.nio.file.StandardOpenOption.APPEND);

        CliRun strict = run("import", "usgs-mcs", file.toString(), "--strict", "--store", store().toString());

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err())
                .contains("Nothing was stored")
                .contains(file + " line 6: China, production, rare-earths/ree-concentrate, 2022 is 210000 t on line 3"
                        + " and 200000 t here, both from usgs-mcs-2023-raree-world; the first is kept");
        assertThat(stored()).hasSize(14);
        assertThat(setAside()).isEmpty();
    }

    @Test
    void lenientImportKeepsTheFirstValueAndConflictsShowsTheOther() throws IOException {
        importFixture2024();
        Path file = copy2023();
        Files.writeString(file, CHINA_AGAIN, java.nio.file.StandardOpenOption.APPEND);

        CliRun lenient = run("import", "usgs-mcs", file.toString(), "--store", store().toString());
        CliRun conflicts = run("conflicts", "--entity", "CHN", "--store", store().toString());

        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("mcs2023-raree_world.csv: 11 new, 0 already known, 1 not read");
        assertThat(lenient.err()).contains(file + " line 6: China, production", "is 210000 t on line 3");
        assertThat(stored()).hasSize(14 + 11);
        assertThat(chinaIn2022())
                .containsExactlyInAnyOrder("usgs-mcs-2023-raree-world 210000 t", "usgs-mcs-2024-raree-world 210000 t");
        assertThat(setAside()).singleElement().satisfies(c -> {
            assertThat(c.setAside().value().canonical()).isEqualTo("200000 t");
            assertThat(c.line()).isEqualTo(6);
            assertThat(c.keptLine()).isEqualTo(3);
        });
        assertThat(conflicts.exitCode()).as(conflicts.err()).isZero();
        assertThat(conflicts.out())
                .contains("1 value(s) set aside because their file gave another value for the same fact first")
                .contains("kept        210,000 t (est.)  " + file + " line 3")
                .contains("set aside   200,000 t (est.)  " + file + " line 6");
    }

    @Test
    void aChangedFileImportedAgainIsANewVersionOfItsSource() throws IOException {
        Path file = copy2023();
        run("import", "usgs-mcs", file.toString(), "--store", store().toString());
        assertThat(chinaIn2022()).containsExactly("usgs-mcs-2023-raree-world 210000 t");
        Files.writeString(file, Files.readString(file).replace(",168000,210000,", ",168000,220000,"));

        CliRun strict = run("import", "usgs-mcs", file.toString(), "--strict", "--store", store().toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err())
                .contains(file + " line 3: changed since usgs-mcs-2023-raree-world was imported: China, production,"
                        + " rare-earths/ree-concentrate, 2022 was 210000 t, now 220000 t");
        assertThat(stored()).hasSize(11);

        CliRun lenient = run("import", "usgs-mcs", file.toString(), "--store", store().toString());
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.out())
                .contains("changed since it was imported as usgs-mcs-2023-raree-world: 1 figure(s) changed, 0 added,"
                        + " 0 no longer stated; stored as usgs-mcs-2023-raree-world:v2")
                .contains(", version 2 of the file, imported ")
                .contains(file + " line 3: China production rare-earths/ree-concentrate 2022: 210,000 t (est.)"
                        + " before, 220,000 t (est.) now");
        assertThat(stored()).hasSize(22);
        assertThat(chinaIn2022())
                .containsExactlyInAnyOrder(
                        "usgs-mcs-2023-raree-world 210000 t", "usgs-mcs-2023-raree-world:v2 220000 t");

        CliRun again = run("import", "usgs-mcs", file.toString(), "--store", store().toString());
        assertThat(again.out()).contains("0 new statements, 11 already known").doesNotContain("changed");
        assertThat(stored()).hasSize(22);
    }

    private Process hold(String mode) throws IOException {
        holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        store().toString(),
                        mode)
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = output.readLine();
        } while (line != null && !line.startsWith("OPEN"));
        assertThat(line).as("the other process opened the store").startsWith("OPEN");
        return holder;
    }

    @Test
    void aSecondWriterIsToldWhichProcessHoldsTheStore() throws IOException, InterruptedException {
        importFixture2024();
        long pid = hold("write").pid();
        String inUse = "The knowledge base at " + store() + " is in use by another chokepoint process (PID " + pid
                + "); wait for it (--wait SECONDS) or use another --store.";

        CliRun importing = run("import", "usgs-mcs", copy2023().toString(), "--store", store().toString());
        long started = System.nanoTime();
        CliRun waiting = run(
                "import",
                "usgs-mcs",
                directory.resolve("mcs2023-raree_world.csv").toString(),
                "--wait",
                "1",
                "--store",
                store().toString());
        long waited = System.nanoTime() - started;
        Path article = directory.resolve("article.txt");
        Files.writeString(article, "China mined 210,000 tonnes of rare earths in 2022.\n");
        CliRun ingesting = run("ingest", article.toString(), "--store", store().toString());
        CliRun reading = run("facts", "CHN", "--store", store().toString());

        for (CliRun refused : List.of(importing, waiting, ingesting, reading)) {
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains(inUse);
        }
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(stored()).hasSize(14);
    }

    @Test
    void readCommandsReadAReadOnlyStoreWithoutChangingIt() throws IOException {
        importFixture2024();
        Files.setPosixFilePermissions(store(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(store());
        hold("read");

        CliRun facts = run("facts", "CHN", "--store", store().toString());
        CliRun conflicts = run("conflicts", "--store", store().toString());
        CliRun risk = run("risk", "rare-earths", "--store", store().toString());

        assertThat(facts.exitCode()).as(facts.err()).isZero();
        assertThat(facts.out()).contains("China (CHN): 3 statement(s)");
        assertThat(conflicts.exitCode()).as(conflicts.err()).isZero();
        assertThat(conflicts.out()).contains("No disagreements between sources in " + store());
        assertThat(risk.exitCode()).as(risk.err()).isZero();
        assertThat(risk.out()).contains("from 5 statements of usgs-mcs-2024-raree-world");
        assertThat(Arrays.equals(Files.readAllBytes(store()), before))
                .as("the store is unchanged")
                .isTrue();
        assertThat(directory.resolve("kb.duckdb.wal")).doesNotExist();
    }

    @Test
    void readCommandsRefuseAMissingStoreAndDoNotCreateIt() {
        Path typo = directory.resolve("typo.duckdb");
        for (String[] command : List.of(
                new String[] {"facts", "CHN"}, new String[] {"conflicts"}, new String[] {"risk", "rare-earths"})) {
            String[] args = Arrays.copyOf(command, command.length + 2);
            args[command.length] = "--store";
            args[command.length + 1] = typo.toString();

            CliRun run = run(args);

            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err())
                    .contains("no knowledge base at " + typo + "; create one with `chokepoint import KIND FILE...`"
                            + " or use the bundled world");
        }
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseLeftOut() {
        Path typo = directory.resolve("typo.duckdb");

        CliRun debug = CliRun.of("facts", "CHN", "--store", typo.toString(), "--debug");

        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("no knowledge base at " + typo, "\tat org.chokepoint.cli.StoreOption");
    }

    @Test
    void importHelpListsEveryKindOfFile() {
        CliRun help = run("import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out())
                .contains("Kinds:")
                .containsPattern("usgs-mcs +USGS Mineral Commodity Summaries")
                .contains("comtrade", "gem-", "opensanctions", "facts", "world")
                .contains("--wait=SECONDS", "--debug");
    }
}
