package org.chokepoint.knowledge.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as numbered migrations. A store records the versions applied; opening it
 * applies the missing ones in order, each in its own transaction. A store newer than this build
 * is refused rather than misread.
 */
final class Migrations {

    private static final List<String> STEPS = List.of("""
            CREATE TABLE sources (
              id VARCHAR PRIMARY KEY,
              publisher VARCHAR NOT NULL,
              title VARCHAR NOT NULL,
              location VARCHAR,
              published VARCHAR);
            CREATE TABLE statements (
              id VARCHAR PRIMARY KEY,
              subject_kind VARCHAR NOT NULL,
              subject_id VARCHAR NOT NULL,
              subject_label VARCHAR NOT NULL,
              property VARCHAR NOT NULL,
              good_chain VARCHAR,
              good_stage VARCHAR,
              good_basis VARCHAR,
              good_variant VARCHAR,
              counterpart_kind VARCHAR,
              counterpart_id VARCHAR,
              counterpart_label VARCHAR,
              period VARCHAR,
              value_kind VARCHAR NOT NULL,
              value DOUBLE,
              value_high DOUBLE,
              unit VARCHAR,
              text_value VARCHAR,
              estimate BOOLEAN NOT NULL,
              note VARCHAR,
              source_id VARCHAR NOT NULL,
              quote VARCHAR NOT NULL,
              language VARCHAR NOT NULL,
              first_seen TIMESTAMP NOT NULL,
              last_seen TIMESTAMP NOT NULL);
            CREATE INDEX statements_subject ON statements (subject_kind, subject_id);
            CREATE TABLE imports (
              kind VARCHAR NOT NULL,
              file VARCHAR NOT NULL,
              imported_at TIMESTAMP NOT NULL,
              added INTEGER NOT NULL,
              already_known INTEGER NOT NULL,
              problems INTEGER NOT NULL);
            """, """
            CREATE TABLE set_aside AS
              SELECT *, NULL::VARCHAR AS kept_id, NULL::VARCHAR AS file, NULL::INTEGER AS line,
                NULL::INTEGER AS kept_line
              FROM statements WHERE false;
            """);

    private Migrations() {}

    /** The schema version this build writes. */
    static int latest() {
        return STEPS.size();
    }

    static void apply(Connection connection, String storeName) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = supported(connection, storeName);
        for (int version = current + 1; version <= latest(); version++) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute(STEPS.get(version - 1));
                sql.execute("INSERT INTO schema_version VALUES (" + version + ", now())");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Checks, without changing it, that a store opened for reading is one this build can read: a
     * Chokepoint store whose schema is not newer than this build's. An older schema is read as it is.
     */
    static void check(Connection connection, String storeName) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rows.next();
            if (rows.getInt(1) == 0) {
                throw new IllegalStateException(
                        "The file " + storeName + " is not a Chokepoint knowledge base." + System.lineSeparator()
                                + "Check the path, or choose another with --store or CHOKEPOINT_STORE.");
            }
        }
        supported(connection, storeName);
    }

    /** The store's schema version, refused if it is newer than this build's. */
    private static int supported(Connection connection, String storeName) throws SQLException {
        int current = current(connection);
        if (current > latest()) {
            throw new IllegalStateException("The store " + storeName + " has schema version " + current
                    + ", newer than this build's " + latest() + "." + System.lineSeparator()
                    + "Use a newer Chokepoint, or another store (--store or CHOKEPOINT_STORE).");
        }
        return current;
    }

    static int current(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
