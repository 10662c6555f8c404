package org.chokepoint.knowledge.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.knowledge.Contradiction;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Units;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The knowledge base in one embedded DuckDB file (or in memory). Each import is one transaction,
 * so a failed or killed import leaves the file as it was; DuckDB's write-ahead log rolls back an
 * uncommitted transaction when the file is next opened.
 */
public final class DuckDbStore implements KnowledgeStore {

    /** DuckDB's words for a file another process holds, with that process's id. */
    private static final Pattern LOCK_HOLDER = Pattern.compile("(?s)Could not set lock.*\\(PID (\\d+)\\)");
    /** How long to wait between tries to open a store another process holds. */
    private static final Duration LOCK_RETRY = Duration.ofMillis(250);

    /** What joins a source's id and a version number: "usgs-mcs-2023-raree-world:v2". */
    private static final String VERSION = ":v";

    private final Connection connection;
    private final String name;
    /** Prepared queries by their SQL: DuckDB plans a statement when it is prepared, which costs milliseconds. */
    private final Map<String, PreparedStatement> queries = new HashMap<>();

    private DuckDbStore(Connection connection, String name, boolean writable) throws SQLException {
        this.connection = connection;
        this.name = name;
        try {
            if (writable) {
                Migrations.apply(connection, name);
            } else {
                Migrations.check(connection, name);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Opens (creating if needed) the store in the given file for writing, failing at once if it is in use. */
    public static DuckDbStore open(Path file) {
        return open(file, Duration.ZERO);
    }

    /**
     * Opens (creating if needed) the store in the given file for writing. If another process has it
     * open, tries again for up to {@code wait}, then fails naming that process.
     */
    public static DuckDbStore open(Path file, Duration wait) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(
                    "Cannot create the folder of the store " + file + ": " + e.getMessage() + System.lineSeparator()
                            + "Check the path, or choose another with --store or CHOKEPOINT_STORE.",
                    e);
        }
        try {
            return new DuckDbStore(connect(file, new Properties(), wait), file.toString(), true);
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    /**
     * Opens the store in an existing file for reading only: it is never created or changed, and a
     * file the user may only read can be read. If another process is writing it, tries again for up
     * to {@code wait}, then fails naming that process.
     */
    public static DuckDbStore openReadOnly(Path file, Duration wait) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no knowledge base at " + file + ".");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        try {
            return new DuckDbStore(connect(file, readOnly, wait), file.toString(), false);
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    /** A connection to the file, retried while another process holds its lock, for up to {@code wait}. */
    private static Connection connect(Path file, Properties properties, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            } catch (SQLException e) {
                if (lockHolder(e).isEmpty() || System.nanoTime() >= deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(LOCK_RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The process id in DuckDB's lock error ("Conflicting lock is held in ... (PID 1234)"), if it is one. */
    private static Optional<String> lockHolder(SQLException e) {
        Matcher pid = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
        return pid.find() ? Optional.of(pid.group(1)) : Optional.empty();
    }

    private static IllegalStateException cannotOpen(Path file, SQLException e) {
        Optional<String> holder = lockHolder(e);
        if (holder.isPresent()) {
            return new IllegalStateException(
                    "The knowledge base at " + file
                            + " is in use by another chokepoint process (PID " + holder.get()
                            + "); wait for it (--wait SECONDS) or use another --store.",
                    e);
        }
        return new IllegalStateException(
                "Cannot open the store " + file + ": " + e.getMessage() + System.lineSeparator()
                        + "Check the path, or choose another with --store or CHOKEPOINT_STORE.",
                e);
    }

    /** A store that lives in memory only, for tests and one-off runs. */
    public static DuckDbStore inMemory() {
        try {
            return new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:"), "(in memory)", true);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open an in-memory DuckDB store", e);
        }
    }

    /** The schema version of this store. */
    public int schemaVersion() {
        try {
            return Migrations.current(connection);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    @Override
    public ImportReport store(ImportBatch batch, boolean strict, ImportProgress progress) {
        return inTransaction(List.of(batch), strict, progress).get(0);
    }

    @Override
    public List<ImportReport> storeAll(List<ImportBatch> batches, boolean strict, ImportProgress progress) {
        return inTransaction(batches, strict, progress);
    }

    /** Writes the batches in one transaction: all of them, or on any failure none. */
    private List<ImportReport> inTransaction(List<ImportBatch> batches, boolean strict, ImportProgress progress) {
        if (strict) {
            List<org.chokepoint.knowledge.RowProblem> problems =
                    batches.stream().flatMap(b -> b.problems().stream()).toList();
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try {
            connection.setAutoCommit(false);
            try {
                List<ImportReport> reports = new ArrayList<>();
                for (ImportBatch batch : batches) {
                    reports.add(write(batch, strict, now, progress));
                }
                connection.commit();
                return reports;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(
                    "store "
                            + batches.stream()
                                    .map(b -> b.file().toString())
                                    .collect(java.util.stream.Collectors.joining(", ")),
                    e);
        }
    }

    /**
     * Writes one batch inside the caller's transaction. A file whose figures changed since it was
     * last imported is stored as a new version of its source (refused if strict); the statements
     * its file contradicted itself with are set aside.
     */
    private ImportReport write(ImportBatch batch, boolean strict, Timestamp now, ImportProgress progress)
            throws SQLException {
        Map<StatementId, Statement> unique = new LinkedHashMap<>();
        batch.statements().forEach(s -> unique.putIfAbsent(s.id(), s));
        Map<String, Source> versions = new HashMap<>();
        Optional<Revision> revision = Optional.empty();
        for (Source source : sources(unique.values())) {
            Source latest = latestVersion(source);
            Optional<Revision> revised = revise(batch, source, latest, now);
            if (revised.isPresent() && strict) {
                throw new ImportRefusedException(revised.get().changes().stream()
                        .map(Revision.Change::problem)
                        .toList());
            }
            revision = revision.or(() -> revised);
            versions.put(source.id(), revised.map(Revision::version).orElse(latest));
        }
        List<Statement> statements =
                unique.values().stream().map(s -> rehome(s, versions)).toList();
        Set<String> known = knownIds(statements);
        writeSources(statements);
        int added = writeStatements(statements, known, now, progress);
        touch(known, now);
        setAside(batch, versions, now);
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?)")) {
            log.setString(1, batch.kind());
            log.setString(2, batch.file().toString());
            log.setTimestamp(3, now);
            log.setInt(4, added);
            log.setInt(5, known.size());
            log.setInt(6, batch.problems().size());
            log.executeUpdate();
        }
        return new ImportReport(batch.kind(), batch.file().toString(), added, known.size(), batch.problems(), revision);
    }

    private static List<Source> sources(Collection<Statement> statements) {
        Map<String, Source> sources = new LinkedHashMap<>();
        statements.forEach(s -> sources.putIfAbsent(s.source().id(), s.source()));
        return List.copyOf(sources.values());
    }

    /** The statement as its source's version being written states it. */
    private static Statement rehome(Statement statement, Map<String, Source> versions) {
        Source version = versions.getOrDefault(statement.source().id(), statement.source());
        return version.equals(statement.source()) ? statement : statement.withSource(version);
    }

    /** The source's last stored version ({@code id:vN}), or the source itself if it has none. */
    private Source latestVersion(Source source) throws SQLException {
        int latest = 1;
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM sources WHERE starts_with(id, ?)")) {
            query.setString(1, source.id() + VERSION);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String number = rows.getString(1).substring(source.id().length() + VERSION.length());
                    if (number.matches("\\d+")) {
                        latest = Math.max(latest, Integer.parseInt(number));
                    }
                }
            }
        }
        if (latest == 1) {
            return source;
        }
        return find(StatementQuery.all().withSource(source.id() + VERSION + latest)).stream()
                .map(Statement::source)
                .findFirst()
                .orElse(source);
    }

    /**
     * Compares the batch's figures from a source with the source's last stored version: if a
     * figure of the same fact changed, the file is a new version of the source, dated by this
     * import. Texts may have several values and are not compared.
     */
    private Optional<Revision> revise(ImportBatch batch, Source source, Source latest, Timestamp now)
            throws SQLException {
        Set<String> figures = new HashSet<>();
        List<Statement> inLatest = batch.statements().stream()
                .filter(s -> s.source().id().equals(source.id()) && !(s.value() instanceof Value.Text))
                .map(s -> latest.equals(source) ? s : s.withSource(latest))
                .filter(s -> figures.add(s.id().hex()))
                .toList();
        if (knownIds(inLatest).size() == inLatest.size()) {
            return Optional.empty(); // every figure is stored as it is: nothing changed, nothing to compare
        }
        Map<String, Statement> stored = new HashMap<>();
        Set<String> storedIds = new HashSet<>();
        for (Statement s : find(StatementQuery.all().withSource(latest.id()))) {
            storedIds.add(s.id().hex());
            if (!(s.value() instanceof Value.Text)) {
                stored.putIfAbsent(s.factKey(), s);
            }
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<Revision.Change> changes = new ArrayList<>();
        Set<String> stated = new HashSet<>();
        int added = 0;
        for (Statement s : batch.statements()) {
            if (!s.source().id().equals(source.id()) || s.value() instanceof Value.Text) {
                continue;
            }
            stated.add(s.factKey());
            Statement before = stored.get(s.factKey());
            if (before == null) {
                added++;
            } else if (!storedIds.contains(s.withSource(latest).id().hex())) {
                changes.add(new Revision.Change(before, s, batch.file().toString(), batch.line(s)));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        int dropped =
                (int) stored.keySet().stream().filter(f -> !stated.contains(f)).count();
        int number = latest.equals(source)
                ? 2
                : Integer.parseInt(latest.id().substring(source.id().length() + VERSION.length())) + 1;
        Source version = new Source(
                source.id() + VERSION + number,
                source.publisher(),
                source.title() + ", version " + number + " of the file, imported "
                        + now.toInstant().toString().substring(0, 10),
                source.location(),
                source.published());
        return Optional.of(new Revision(latest, version, changes, added, dropped));
    }

    /** Keeps the statements the batch's file contradicted itself with, beside the ones kept. */
    private void setAside(ImportBatch batch, Map<String, Source> versions, Timestamp now) throws SQLException {
        if (batch.contradictions().isEmpty()) {
            return;
        }
        LocalDateTime seen = now.toLocalDateTime();
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "set_aside")) {
            for (Contradiction c : batch.contradictions()) {
                appender.beginRow();
                appendStatement(appender, rehome(c.setAside(), versions), seen);
                appender.append(rehome(c.kept(), versions).id().hex());
                appender.append(c.file());
                appender.append(c.line());
                appender.append(c.keptLine());
                appender.endRow();
            }
        }
    }

    /** The ids of the batch already stored: ids include the source, so only its sources' rows can match. */
    private Set<String> knownIds(Collection<Statement> statements) throws SQLException {
        Set<String> sources = new HashSet<>();
        statements.forEach(s -> sources.add(s.source().id()));
        Set<String> stored = new HashSet<>();
        if (sources.isEmpty()) {
            return stored;
        }
        String marks = String.join(", ", Collections.nCopies(sources.size(), "?"));
        try (PreparedStatement query =
                connection.prepareStatement("SELECT id FROM statements WHERE source_id IN (" + marks + ")")) {
            int i = 1;
            for (String source : sources) {
                query.setString(i++, source);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        Set<String> known = new HashSet<>();
        statements.forEach(s -> {
            if (stored.contains(s.id().hex())) {
                known.add(s.id().hex());
            }
        });
        return known;
    }

    private void writeSources(Iterable<Statement> statements) throws SQLException {
        Map<String, Source> sources = new LinkedHashMap<>();
        statements.forEach(s -> sources.putIfAbsent(s.source().id(), s.source()));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET publisher = excluded.publisher,"
                        + " title = excluded.title, location = excluded.location, published = excluded.published")) {
            for (Source source : sources.values()) {
                insert.setString(1, source.id());
                insert.setString(2, source.publisher());
                insert.setString(3, source.title());
                insert.setString(4, source.location().orElse(null));
                insert.setString(5, source.published().map(PartialDate::iso).orElse(null));
                insert.executeUpdate();
            }
        }
    }

    /** Appends the new statements with DuckDB's appender, inside the import's transaction. */
    private int writeStatements(
            Collection<Statement> statements, Set<String> known, Timestamp now, ImportProgress progress)
            throws SQLException {
        int added = 0;
        LocalDateTime seen = now.toLocalDateTime();
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "statements")) {
            for (Statement s : statements) {
                if (known.contains(s.id().hex())) {
                    continue;
                }
                appender.beginRow();
                appendStatement(appender, s, seen);
                appender.endRow();
                added++;
                if (added % ImportProgress.EVERY == 0) {
                    appender.flush();
                    progress.written(added);
                }
            }
        }
        return added;
    }

    /** The columns a statement has in the statements and set_aside tables, in their order. */
    private static void appendStatement(DuckDBAppender appender, Statement s, LocalDateTime seen) throws SQLException {
        appender.append(s.id().hex());
        appender.append(s.subject().kind().name());
        appender.append(s.subject().id());
        appender.append(s.subject().label());
        appender.append(s.property().key());
        text(appender, s.good().map(Good::chain));
        text(appender, s.good().flatMap(Good::stage));
        text(appender, s.good().flatMap(Good::basis));
        text(appender, s.good().flatMap(Good::variant));
        text(appender, s.counterpart().map(c -> c.kind().name()));
        text(appender, s.counterpart().map(Subject::id));
        text(appender, s.counterpart().map(Subject::label));
        text(appender, s.period().map(PartialDate::iso));
        appendValue(appender, s.value());
        appender.append(s.estimate());
        text(appender, s.note());
        appender.append(s.source().id());
        appender.append(s.quote());
        appender.append(s.language());
        appender.append(seen);
        appender.append(seen);
    }

    private static void text(DuckDBAppender appender, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.get());
        } else {
            appender.appendNull();
        }
    }

    private static void number(DuckDBAppender appender, Double value) throws SQLException {
        if (value != null) {
            appender.append(value.doubleValue());
        } else {
            appender.appendNull();
        }
    }

    /** value_kind, value, value_high, unit, text_value. */
    private static void appendValue(DuckDBAppender appender, Value value) throws SQLException {
        String kind = "text";
        Double low = null;
        Double high = null;
        String unit = null;
        String text = null;
        if (value instanceof Value.Measured measured && measured.amount() instanceof QuantityRange range) {
            kind = "range";
            low = range.low().value();
            high = range.high().value();
            unit = range.unit().symbol();
        } else if (value instanceof Value.Measured measured) {
            Quantity quantity = (Quantity) measured.amount();
            kind = "quantity";
            low = quantity.value();
            unit = quantity.unit().symbol();
        } else if (value instanceof Value.Withheld) {
            kind = "withheld";
        } else {
            text = ((Value.Text) value).text();
        }
        appender.append(kind);
        number(appender, low);
        number(appender, high);
        text(appender, Optional.ofNullable(unit));
        text(appender, Optional.ofNullable(text));
    }

    private void touch(Set<String> known, Timestamp now) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE statements SET last_seen = ? WHERE id = ?")) {
            for (String id : known) {
                update.setTimestamp(1, now);
                update.setString(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @Override
    public List<Statement> find(StatementQuery query) {
        StringBuilder sql = new StringBuilder("SELECT s.*, src.publisher, src.title, src.location, src.published"
                + " FROM statements s JOIN sources src ON s.source_id = src.id WHERE true");
        List<String> parameters = new ArrayList<>();
        query.subjectKey().ifPresent(key -> {
            int colon = key.indexOf(':');
            sql.append(" AND s.subject_kind = ? AND s.subject_id = ?");
            parameters.add(key.substring(0, Math.max(colon, 0)));
            parameters.add(key.substring(colon + 1));
        });
        query.property().ifPresent(property -> {
            sql.append(" AND s.property = ?");
            parameters.add(property.key());
        });
        query.good().ifPresent(good -> {
            int slash = good.indexOf('/');
            sql.append(" AND s.good_chain = ?");
            parameters.add(slash < 0 ? good : good.substring(0, slash));
            if (slash >= 0) {
                sql.append(" AND s.good_stage = ?");
                parameters.add(good.substring(slash + 1));
            }
        });
        query.sourceId().ifPresent(source -> {
            sql.append(" AND s.source_id = ?");
            parameters.add(source);
        });
        sql.append(
                " ORDER BY s.subject_kind, s.subject_id, s.property, s.good_chain, s.good_stage, s.period, s.source_id, s.id");
        try {
            PreparedStatement select = queries.computeIfAbsent(sql.toString(), this::prepare);
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            List<Statement> statements = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statements.add(statement(rows));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw failure("query statements", e);
        }
    }

    private static Statement statement(ResultSet rows) throws SQLException {
        Source source = new Source(
                rows.getString("source_id"),
                rows.getString("publisher"),
                rows.getString("title"),
                Optional.ofNullable(rows.getString("location")),
                Optional.ofNullable(rows.getString("published")).map(PartialDate::new));
        Optional<Good> good = Optional.ofNullable(rows.getString("good_chain"))
                .map(chain -> new Good(
                        chain,
                        Optional.ofNullable(rows(rows, "good_stage")),
                        Optional.ofNullable(rows(rows, "good_basis")),
                        Optional.ofNullable(rows(rows, "good_variant"))));
        Optional<Subject> counterpart = Optional.ofNullable(rows.getString("counterpart_kind"))
                .map(kind -> new Subject(
                        Subject.Kind.valueOf(kind), rows(rows, "counterpart_id"), rows(rows, "counterpart_label")));
        return new Statement(
                new StatementId(rows.getString("id")),
                new Subject(
                        Subject.Kind.valueOf(rows.getString("subject_kind")),
                        rows.getString("subject_id"),
                        rows.getString("subject_label")),
                Property.find(rows.getString("property")).orElseThrow(),
                good,
                counterpart,
                Optional.ofNullable(rows.getString("period")).map(PartialDate::new),
                value(rows),
                rows.getBoolean("estimate"),
                Optional.ofNullable(rows.getString("note")),
                source,
                rows.getString("quote"),
                rows.getString("language"));
    }

    private static Value value(ResultSet rows) throws SQLException {
        return switch (rows.getString("value_kind")) {
            case "quantity" ->
                new Value.Measured(new Quantity(rows.getDouble("value"), Units.parse(rows.getString("unit"))));
            case "range" ->
                new Value.Measured(new QuantityRange(
                        new Quantity(rows.getDouble("value"), Units.parse(rows.getString("unit"))),
                        new Quantity(rows.getDouble("value_high"), Units.parse(rows.getString("unit")))));
            case "withheld" -> new Value.Withheld();
            default -> new Value.Text(rows.getString("text_value"));
        };
    }

    /** A column that may be null, read inside a lambda. */
    private static String rows(ResultSet rows, String column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failure("prepare a query", e);
        }
    }

    @Override
    public List<Contradiction> contradictions() {
        try {
            if (Migrations.current(connection) < 2) {
                return List.of(); // a store older than the set_aside table, opened read-only
            }
            List<Contradiction> contradictions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT a.*, src.publisher, src.title, src.location, src.published FROM set_aside a"
                                    + " JOIN sources src ON a.source_id = src.id ORDER BY a.file, a.line, a.id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Statement kept = byId(rows.getString("kept_id"));
                    contradictions.add(new Contradiction(
                            kept,
                            rows.getInt("kept_line"),
                            statement(rows),
                            rows.getString("file"),
                            rows.getInt("line")));
                }
            }
            return contradictions;
        } catch (SQLException e) {
            throw failure("read the values set aside", e);
        }
    }

    private Statement byId(String id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT s.*, src.publisher, src.title, src.location, src.published"
                        + " FROM statements s JOIN sources src ON s.source_id = src.id WHERE s.id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no statement " + id + ", which a value set aside refers to");
                }
                return statement(rows);
            }
        }
    }

    @Override
    public long count() {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM statements");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failure("count statements", e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement query : queries.values()) {
                query.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private IllegalStateException failure(String action, SQLException e) {
        return new IllegalStateException("Cannot " + action + " in the store " + name + ": " + e.getMessage(), e);
    }
}
