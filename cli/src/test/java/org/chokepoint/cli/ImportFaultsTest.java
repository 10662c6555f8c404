package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The file faults a user meets, fed to every importer and to extract, check and ingest: each must
 * end in a message naming the file (and the line where there is one), the right exit code, no stack
 * trace, and a store that holds what it held before unless the input was good.
 */
class ImportFaultsTest {

    /** A page as a browser saves it; the figure is inside markup. */
    private static final String HTML = "<!DOCTYPE html>\n<html><head><title>Gallium</title></head>\n"
            + "<body><p>中國稀土儲量約為<b>5000萬噸</b>，居世界首位。</p></body></html>\n";

    @TempDir
    Path dir;

    private Path store;
    private List<String> before;

    /**
     * One CSV importer: where its file goes, a header and a row it reads, a column it requires and a
     * column holding a number (neither the first: the row is cut at commas).
     */
    record CsvKind(String kind, String path, String header, String row, String required, String number) {

        String file(Path dir) {
            return dir.resolve(path).toString();
        }

        int column(String name) {
            return Arrays.asList(header.split(",")).indexOf(name);
        }

        /** The row with one cell replaced. */
        String rowWith(String column, String cell) {
            List<String> cells = new ArrayList<>(Arrays.asList(row.split(",", -1)));
            cells.set(column(column), cell);
            return String.join(",", cells);
        }

        /** The header and row without one column. */
        String without(String column) {
            return drop(header, column(column)) + "\n" + drop(row, column(column)) + "\n";
        }

        private static String drop(String line, int index) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.remove(index);
            return String.join(",", cells);
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<CsvKind> csvKinds() {
        return Stream.of(
                new CsvKind(
                        "usgs-mcs",
                        "mcs2024-raree_world.csv",
                        "Source,Country,Type,Prod_t_2022,Prod_t_2023",
                        "MCS2024,China,Mine production,210000,240000",
                        "Country",
                        "Prod_t_2023"),
                new CsvKind(
                        "comtrade",
                        "rare_earth_trade_data.csv",
                        "period,reporterCode,flowCode,partnerCode,partner2Code,cmdCode,customsCode,motCode,netWgt,"
                                + "isNetWgtEstimated,primaryValue",
                        "2023,842,M,156,0,280530,C00,0,1000000.0,False,5000000.0",
                        "partnerCode",
                        "primaryValue"),
                new CsvKind(
                        "comtrade-bilateral",
                        "2023/bilateral_edges.csv",
                        "commodity,flow,reporter,partner,reporter_name,partner_name,is_world,partner_is_group,"
                                + "partner_is_hub,reporter_is_hub,value_usd,net_kg",
                        "2504,M,410,156,Rep. of Korea,China,False,False,False,False,968000.0,1000000.0",
                        "partner",
                        "value_usd"),
                new CsvKind(
                        "gem-lng",
                        "GEM-GGIT-LNG-Terminals-2024-01.csv",
                        "TerminalID,ProjectID,ComboID,TerminalName,UnitName,FacilityType,Status,Country,Owner,"
                                + "CapacityInMtpa,CapacityInBcm/y,StartYear1",
                        "T0001,1,T000101,North Cape LNG Terminal,T1,Export,Construction,Russia,Test Owner,6.6,8.98,2023",
                        "Status",
                        "CapacityInMtpa"),
                new CsvKind(
                        "gem-pipelines",
                        "GEM-GGIT-gas-pipelines-mapfile-2024-10-08.csv",
                        "id,url,name,unit-name,status,areas,owner,parent,capacity,start-year",
                        "P0001,https://example.org,Steppe Gas Pipeline,Phase I,proposed,China,Test Owner,,50,2030",
                        "status",
                        "capacity"));
    }

    /** The importers of files that are not tables, with a file of each that they read. */
    static Stream<String[]> textKinds() {
        // the world's statements are read beside its sources.jsonl, which write() gives them
        return Stream.of(
                new String[] {"opensanctions", "sample.ftm.json"},
                new String[] {"facts", "facts.yaml"},
                new String[] {"world", "world/statements.jsonl"});
    }

    @BeforeEach
    void storeWithStatements() throws IOException {
        store = dir.resolve("kb.duckdb");
        CsvKind usgs = csvKinds().findFirst().orElseThrow();
        Path seed = write(
                dir.resolve("seed").resolve("mcs2023-raree_world.csv"),
                (usgs.header() + "\n" + usgs.row() + "\n").getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("import", "usgs-mcs", seed.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        before = contents();
        assertThat(before).hasSize(2);
    }

    // The CSV importers

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aFileThatIsNotUtf8IsRefusedWithTheLineAndByteOffset(CsvKind kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((kind.header() + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(kind.row().getBytes(StandardCharsets.UTF_8));
        int offset = bytes.size();
        bytes.write(0xE9); // é in Latin-1
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        write(Path.of(kind.file(dir)), bytes.toByteArray());

        refused(
                importing(kind, "--strict"),
                kind.file(dir) + ": not UTF-8 at line 2 (byte offset " + offset + ", 0xE9); convert it with iconv -f"
                        + " GBK -t UTF-8 (or the right encoding)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aBinaryFileIsRefused(CsvKind kind) throws IOException {
        write(Path.of(kind.file(dir)), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        refused(importing(kind), kind.file(dir) + ": a binary file, not text (a NUL byte at line 3, byte offset 8)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void anEmptyFileIsRefused(CsvKind kind) throws IOException {
        write(Path.of(kind.file(dir)), new byte[0]);

        refused(importing(kind), kind.file(dir) + ": the file is empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aFileWithOnlyAHeaderStoresNothingAndSaysSo(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n");

        refused(
                importing(kind),
                kind.file(dir) + ": nothing to store: no row states anything this importer reads (only a header");
    }

    @Test
    void aFileThatStoresNothingBesideOthersThatDoIsAWarning() throws IOException {
        CsvKind usgs = csvKinds().findFirst().orElseThrow();
        Path folder = dir.resolve("releases");
        writeText(folder.resolve(usgs.path()).toString(), usgs.header() + "\n" + usgs.row() + "\n");
        Path headerOnly = writeText(folder.resolve("mcs2024-lithi_world.csv").toString(), usgs.header() + "\n");

        CliRun run = CliRun.of("import", "usgs-mcs", folder.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + headerOnly + ": nothing to store: no row states anything");
        assertThat(contents()).containsAll(before).hasSize(before.size() + 2);
        assertThat(CliRun.of("import", "usgs-mcs", folder.toString(), "--strict", "--store", store.toString())
                        .exitCode())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aMissingRequiredColumnIsNamed(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.without(kind.required()));

        refused(importing(kind), kind.file(dir) + " line 1: no column " + kind.required() + " (required: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void anExtraColumnIsNamedInAWarningAndTheRowIsStored(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + ",Remarks\n" + kind.row() + ",checked by hand\n");

        CliRun run = importing(kind);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("warning: " + kind.file(dir) + " line 1: column(s) not read, unknown to this importer:"
                        + " Remarks")
                .doesNotContain("\tat ");
        assertThat(contents()).containsAll(before).hasSizeGreaterThan(before.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void digitsInBrokenGroupsAreNotANumber(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n" + kind.rowWith(kind.number(), "\"1,2.3\"") + "\n");

        refused(
                importing(kind, "--strict"),
                kind.file(dir) + " line 2, column " + (kind.column(kind.number()) + 1) + " (" + kind.number()
                        + "): expected a number, found '1,2.3': thousands separators must split the digits into"
                        + " groups of three");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void twoSignsAreNotANumber(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n" + kind.rowWith(kind.number(), "--5") + "\n");

        refused(
                importing(kind, "--strict"),
                kind.file(dir) + " line 2, column " + (kind.column(kind.number()) + 1) + " (" + kind.number()
                        + "): expected a number, found '--5': one minus sign at most");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aOneMegabyteLineIsARowProblemQuotedByItsStart(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n" + kind.rowWith(kind.number(), "9".repeat(1 << 20)) + "\n");

        CliRun run = importing(kind, "--strict");

        refused(
                run,
                kind.file(dir) + " line 2, column " + (kind.column(kind.number()) + 1) + " (" + kind.number()
                        + "): expected a number, found '999",
                "characters in all)");
        assertThat(run.err().length()).as("the cell is not echoed in full").isLessThan(4_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void twoRowsGivingOneFactTwoValuesContradictEachOther(CsvKind kind) throws IOException {
        writeText(
                kind.file(dir),
                kind.header() + "\n" + kind.row() + "\n" + kind.rowWith(kind.number(), doubled(kind)) + "\n");

        refused(importing(kind, "--strict"), kind.file(dir) + " line 3: ", " on line 2 and ", " here, both from ");

        CliRun lenient = importing(kind);
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains(kind.file(dir) + " line 3: ", "the first is kept");
        List<String> after = contents();
        assertThat(after).containsAll(before).hasSizeGreaterThan(before.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aChangedFileImportedAgainIsANewVersionOfItsSourceWithBothKept(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n" + kind.row() + "\n");
        CliRun first = importing(kind);
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> once = contents();
        writeText(kind.file(dir), kind.header() + "\n" + kind.rowWith(kind.number(), doubled(kind)) + "\n");

        CliRun strict = importing(kind, "--strict");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
        assertThat(strict.err()).contains(kind.file(dir)).doesNotContain("\tat ", "Exception");
        assertThat(contents())
                .as("a strict import of a changed file stores nothing")
                .isEqualTo(once);
        CliRun again = importing(kind);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("changed since it was imported as ");
        assertThat(contents()).containsAll(once).hasSizeGreaterThan(once.size());
    }

    /** The row's number doubled, as the file writes numbers. */
    private static String doubled(CsvKind kind) {
        String cell = kind.row().split(",", -1)[kind.column(kind.number())];
        return cell.contains(".")
                ? Double.toString(2 * Double.parseDouble(cell))
                : Long.toString(2 * Long.parseLong(cell));
    }

    @Test
    void aBrokenNumberWithoutStrictIsReportedAndOnlyTheGoodFigureStored() throws IOException {
        CsvKind usgs = csvKinds().findFirst().orElseThrow();
        writeText(usgs.file(dir), usgs.header() + "\n" + usgs.rowWith("Prod_t_2023", "\"1,2.3\"") + "\n");

        CliRun run = importing(usgs);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("line 2, column 5 (Prod_t_2023): expected a number, found '1,2.3'");
        assertThat(run.out()).contains("1 new, 0 already known, 1 not read");
        assertThat(contents()).containsAll(before).hasSize(before.size() + 1);
        assertThat(CliRun.of("facts", "CHN", "--store", store.toString()).out())
                .contains("usgs-mcs-2024-raree-world")
                .doesNotContain("12.3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void anHtmlPageIsRefused(CsvKind kind) throws IOException {
        writeText(kind.file(dir), HTML);

        refused(importing(kind), kind.file(dir) + " line 1: no column ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aNulByteInARowIsRefusedAsBinary(CsvKind kind) throws IOException {
        String text = kind.header() + "\n" + kind.row() + "\u0000\n";
        writeText(kind.file(dir), text);

        refused(
                importing(kind),
                kind.file(dir) + ": a binary file, not text (a NUL byte at line 2, byte offset "
                        + text.indexOf('\u0000') + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvKinds")
    void aControlCharacterIsRefusedWithItsLineAndColumn(CsvKind kind) throws IOException {
        writeText(kind.file(dir), kind.header() + "\n" + kind.row() + "\u001B\n");

        refused(
                importing(kind),
                kind.file(dir) + ": control character U+001B at line 2, column "
                        + (kind.row().length() + 1));
    }

    @Test
    void curatedFactsThatContradictEachOtherNameBothLines() throws IOException {
        String fact = """
                  - subject: CHN
                    property: production
                    good: rare-earths
                    period: "2023"
                    value: "%s"
                    quote: "%s"
                    language: en
                    source: s1
                """;
        Path file = writeText(
                dir.resolve("facts.yaml").toString(),
                """
                kind: facts
                version: 1
                sources:
                  s1:
                    publisher: "Test"
                    title: "Test facts"
                    location: "https://example.org"
                facts:
                """ + fact.formatted("240,000 t", "240,000 t") + fact.formatted("250,000 t", "250,000 t"));

        refused(
                importing("facts", file, "--strict"),
                file + " line 17: China, production, rare-earths, 2023 is 240000 t on line 9 and 250000 t here");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersReportAOneMegabyteLineWithinBounds(String kind, String path) throws IOException {
        Path file = writeText(dir.resolve(path).toString(), "{\"id\": \"" + "x".repeat(1 << 20) + "\"\n");

        CliRun run = importing(kind, file);

        refused(run, file.toString(), "line 1");
        assertThat(run.err().length()).as("the line is not echoed in full").isLessThan(4_000);
    }

    // The importers of files that are not tables

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersRefuseAFileThatIsNotUtf8(String kind, String path) throws IOException {
        Path file = write(dir.resolve(path), new byte[] {'{', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}', '\n'});

        refused(importing(kind, file, "--strict"), file.toString(), "not UTF-8 at line 1 (byte offset 5, 0xE9)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersRefuseABinaryFile(String kind, String path) throws IOException {
        Path file = write(dir.resolve(path), new byte[] {'P', 'K', 3, 4, 0, 0, 8});

        refused(importing(kind, file), file.toString(), "a binary file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersRefuseAnEmptyFile(String kind, String path) throws IOException {
        Path file = write(dir.resolve(path), new byte[0]);

        refused(importing(kind, file), file.toString());
        assertThat(importing(kind, file).err()).containsAnyOf("the file is empty", "nothing to store");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersRefuseAnHtmlPageNamingItsFirstLine(String kind, String path) throws IOException {
        Path file = write(dir.resolve(path), HTML.getBytes(StandardCharsets.UTF_8));

        refused(importing(kind, file), file + " line 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKinds")
    void otherImportersRefuseANulByte(String kind, String path) throws IOException {
        Path file = write(dir.resolve(path), "{}\n{\"id\": \"x\u0000\"}\n".getBytes(StandardCharsets.UTF_8));

        refused(importing(kind, file), file.toString(), "a binary file", "line 2");
    }

    // extract, check and ingest

    @Test
    void articleCommandsRefuseAnArticleThatIsNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Gallium output rose.\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("中國稀土儲量".getBytes("GBK"));
        Path article = write(dir.resolve("gbk.txt"), bytes.toByteArray());

        articleRefused(article, article + ": not UTF-8 at line 2 (byte offset 21, 0xD6); convert it with iconv");
    }

    @Test
    void articleCommandsRefuseABinaryFile() throws IOException {
        Path article = write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        articleRefused(article, article + ": a binary file, not text (a NUL byte at line 1, byte offset 4)");
    }

    @Test
    void articleCommandsRefuseAnEmptyFile() throws IOException {
        Path article = write(dir.resolve("empty.txt"), new byte[0]);

        articleRefused(article, article + ": the file is empty");
    }

    @Test
    void articleCommandsRefuseANulByteInText() throws IOException {
        String text = "中國稀土儲量約為5000萬噸\u0000，居世界首位。\n";
        Path article = writeText(dir.resolve("nul.txt").toString(), text);
        int offset = text.substring(0, text.indexOf('\u0000')).getBytes(StandardCharsets.UTF_8).length;

        articleRefused(
                article, article + ": a binary file, not text (a NUL byte at line 1, byte offset " + offset + ")");
    }

    @Test
    void articleCommandsReadTheFigureInsideTheMarkupOfAnHtmlPage() throws IOException {
        Path article = writeText(dir.resolve("page.html").toString(), HTML);

        CliRun extract = CliRun.of("extract", article.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(extract.out()).contains("~50,000,000  t", "5000萬噸").doesNotContain("<b>");

        CliRun check = CliRun.of("check", article.toString(), "--store", store.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("50,000,000 t");
        assertThat(contents()).isEqualTo(before);

        CliRun ingest = CliRun.of("ingest", article.toString(), "--store", store.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        List<String> after = contents();
        assertThat(after).containsAll(before).hasSizeGreaterThan(before.size());
    }

    @Test
    void aOneMegabyteSingleLineArticleIsReadAndAThreeMegabyteOneIsRefusedBeforeReading() throws IOException {
        String sentence = "哈薩克鎢礦儲量約為110萬噸。";
        StringBuilder line = new StringBuilder("# source: https://example.org/news/2025/01/02/long\n");
        while (line.length() * 3 < 1 << 20) {
            line.append(sentence);
        }
        Path article = writeText(dir.resolve("long.txt").toString(), line + "\n");

        CliRun run = CliRun.of("extract", article.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("~1,100,000", "reserves", "Kazakhstan");
        Path huge =
                writeText(dir.resolve("huge.txt").toString(), line.toString().repeat(3) + "\n");
        for (String command : List.of("extract", "check", "ingest")) {
            CliRun refused = command.equals("extract")
                    ? CliRun.of(command, huge.toString())
                    : CliRun.of(command, huge.toString(), "--store", store.toString());
            assertThat(refused.exitCode()).as(command + ": " + refused.err()).isEqualTo(1);
            assertThat(refused.err()).as(command).contains(huge.toString(), "over the 2 MB limit");
            assertThat(contents()).as(command).isEqualTo(before);
        }
    }

    @Test
    void anIngestThatStoresNothingLeavesNoNewStoreBehind() throws IOException {
        Path article = write(dir.resolve("news").resolve("binary.txt"), new byte[] {'a', 0, 'b', '\n'});
        Path fresh = dir.resolve("fresh.duckdb");

        CliRun run = CliRun.of("ingest", article.getParent().toString(), "--store", fresh.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(article.toString(), "a binary file");
        assertThat(fresh).doesNotExist();
    }

    private void articleRefused(Path article, String message) {
        for (String command : List.of("extract", "check", "ingest")) {
            CliRun run = command.equals("extract")
                    ? CliRun.of(command, article.toString())
                    : CliRun.of(command, article.toString(), "--store", store.toString());
            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(1);
            assertThat(run.err()).as(command).contains(message).doesNotContain("\tat ", "Exception");
            assertThat(contents()).as(command).isEqualTo(before);
        }
    }

    private CliRun importing(CsvKind kind, String... options) {
        return importing(kind.kind(), Path.of(kind.file(dir)), options);
    }

    private CliRun importing(String kind, Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("import", kind, file.toString(), "--store", store.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Exit code 1, the message's parts, no stack trace, and the store as it was. */
    private void refused(CliRun run, String... message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(message).doesNotContain("\tat ", "Exception");
        assertThat(contents()).isEqualTo(before);
    }

    /** The ids of every statement in the store, sorted. */
    private List<String> contents() {
        try (DuckDbStore knowledge = DuckDbStore.open(store)) {
            return knowledge.find(StatementQuery.all()).stream()
                    .map(Statement::id)
                    .map(id -> id.hex())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private Path writeText(String file, String text) throws IOException {
        return write(Path.of(file), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        if (file.getFileName().toString().equals("statements.jsonl")) {
            Files.writeString(file.resolveSibling("sources.jsonl"), "");
        }
        return Files.write(file, bytes);
    }
}
