package org.chokepoint.knowledge.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.StatementId;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.importer.ImportSink;
import org.chokepoint.knowledge.importer.Importer;
import org.chokepoint.model.time.PartialDate;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.model.unit.QuantityRange;
import org.chokepoint.model.unit.Units;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The knowledge base in one embedded DuckDB file (or in memory). Each import is one transaction,
 * so a failed or killed import leaves the file as it was; DuckDB's write-ahead log rolls back an
 * uncommitted transaction when the file is next opened.
 */
public final class DuckDbStore implements KnowledgeStore {

    private final Connection connection;
    private final String name;
    /** Prepared queries by their SQL: DuckDB plans a statement when it is prepared, which costs milliseconds. */
    private final Map<String, PreparedStatement> queries = new HashMap<>();

    private DuckDbStore(Connection connection, String name) throws SQLException {
        this.connection = connection;
        this.name = name;
        Migrations.apply(connection, name);
    }

    /** Opens (creating if needed) the store in the given file. */
    public static DuckDbStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new DuckDbStore(
                    DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()), file.toString());
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(
                    "Cannot open the store " + file + ": " + e.getMessage() + System.lineSeparator()
                            + "Check the path, or choose another with --store or CHOKEPOINT_STORE.",
                    e);
        }
    }

    /** A store that lives in memory only, for tests and one-off runs. */
    public static DuckDbStore inMemory() {
        try {
            return new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:"), "(in memory)");
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

    /**
     * Writes the file in chunks of {@link #CHUNK} statements as the importer reads it, all in one transaction: Java holds
     * one chunk at a time, and whether a statement is new is asked of the store per chunk (one read earlier in the same
     * file is skipped, one stored by an earlier import is touched), so memory does not grow with the file. A strict
     * import with bad rows is rolled back once the whole file has been read.
     */
    @Override
    public ImportReport store(Importer importer, Path file, boolean strict, ImportProgress progress) {
        // DuckDB keeps timestamps to the microsecond: "seen in this import" compares equal only at that precision
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        try {
            connection.setAutoCommit(false);
            try {
                ChunkedImport chunks = new ChunkedImport(now, progress);
                importer.read(file, chunks);
                chunks.flush();
                if (strict && !chunks.problems.isEmpty()) {
                    throw new ImportRefusedException(chunks.problems);
                }
                logImport(importer.kind(), file, now, chunks.added, chunks.known, chunks.problems.size());
                connection.commit();
                return new ImportReport(importer.kind(), file.toString(), chunks.added, chunks.known, chunks.problems);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("store " + file, e);
        }
    }

    /** Statements written at a time by a chunked import. */
    static final int CHUNK = 5_000;

    /** Takes an importer's statements and writes them a chunk at a time, inside the caller's transaction. */
    private final class ChunkedImport implements ImportSink {
        private final Timestamp now;
        private final ImportProgress progress;
        private final Map<StatementId, Statement> chunk = new LinkedHashMap<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private int added;
        private int known;

        ChunkedImport(Timestamp now, ImportProgress progress) {
            this.now = now;
            this.progress = progress;
        }

        @Override
        public void statement(Statement statement) {
            chunk.putIfAbsent(statement.id(), statement);
            if (chunk.size() >= CHUNK) {
                try {
                    flush();
                } catch (SQLException e) {
                    throw failure("store a chunk of statements", e);
                }
            }
        }

        @Override
        public void problem(RowProblem problem) {
            problems.add(problem);
        }

        void flush() throws SQLException {
            if (chunk.isEmpty()) {
                return;
            }
            Set<String> seen = new HashSet<>(); // stored by this import, or stored before and already counted
            Set<String> stored = new HashSet<>(); // stored by an earlier import: touched and counted once
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, first_seen = ? OR last_seen = ? FROM statements WHERE id IN (SELECT UNNEST(?))")) {
                // set as each was written: first_seen by the appender (local time), last_seen by touch
                query.setObject(1, now.toLocalDateTime());
                query.setTimestamp(2, now);
                query.setArray(
                        3,
                        connection.createArrayOf(
                                "VARCHAR",
                                chunk.keySet().stream().map(StatementId::hex).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        (rows.getBoolean(2) ? seen : stored).add(rows.getString(1));
                    }
                }
            }
            List<Statement> fresh = chunk.values().stream()
                    .filter(s -> !seen.contains(s.id().hex()) && !stored.contains(s.id().hex()))
                    .toList();
            writeSources(chunk.values());
            int before = added;
            added += writeStatements(fresh, Set.of(), now, written -> progress.written(before + written));
            touch(stored, now);
            known += stored.size();
            chunk.clear();
        }
    }

    /** Writes the batches in one transaction: all of them, or on any failure none. */
    private List<ImportReport> inTransaction(List<ImportBatch> batches, boolean strict, ImportProgress progress) {
        if (strict) {
            List<RowProblem> problems =
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
                    reports.add(write(batch, now, progress));
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

    /** Writes one batch inside the caller's transaction. */
    private ImportReport write(ImportBatch batch, Timestamp now, ImportProgress progress) throws SQLException {
        Map<StatementId, Statement> unique = new LinkedHashMap<>();
        batch.statements().forEach(s -> unique.putIfAbsent(s.id(), s));
        Set<String> known = knownIds(unique.values());
        writeSources(unique.values());
        int added = writeStatements(unique.values(), known, now, progress);
        touch(known, now);
        logImport(
                batch.kind(),
                batch.file(),
                now,
                added,
                known.size(),
                batch.problems().size());
        return new ImportReport(batch.kind(), batch.file().toString(), added, known.size(), batch.problems());
    }

    /** Notes an import in the log of imports. */
    private void logImport(String kind, Path file, Timestamp now, int added, int known, int problems)
            throws SQLException {
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?)")) {
            log.setString(1, kind);
            log.setString(2, file.toString());
            log.setTimestamp(3, now);
            log.setInt(4, added);
            log.setInt(5, known);
            log.setInt(6, problems);
            log.executeUpdate();
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
