package org.yulu.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * Lets one import run at a time. Several instances share one PostgreSQL database, so there the lock is a
 * PostgreSQL advisory lock held by a connection of its own: it is released even when an instance dies mid-import.
 * An embedded H2 database belongs to one application, where a lock held by this bean is enough.
 */
@Component
class ImportLock {

    /** The advisory lock's key: "yulu" in ASCII, so it is recognisable in pg_locks. */
    static final long KEY = 0x79756c75L;

    private static final Logger log = LoggerFactory.getLogger(ImportLock.class);

    private final DataSource dataSource;
    /** This application's own: another context in the same JVM has a database of its own to import into. */
    private final ReentrantLock inProcess = new ReentrantLock();

    ImportLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the import while holding the lock, waiting as long as another instance is importing. */
    int holding(IntSupplier importRun) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return holdingInProcess(importRun);
            }
            lock(connection);
            try {
                return importRun.getAsInt();
            } finally {
                call(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The import lock could not be taken; check that the database is "
                    + "reachable and that its user may call pg_advisory_lock", e);
        }
    }

    private static void lock(Connection connection) throws SQLException {
        if (!call(connection, "select pg_try_advisory_lock(?)")) {
            log.info("Another instance is importing the seeds; waiting for it to finish");
            long start = System.nanoTime();
            call(connection, "select pg_advisory_lock(?)");
            log.info("The other instance finished importing after {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                // pg_advisory_lock returns void, read as null: it only returns once the lock is held.
                Object value = result.getObject(1);
                return value == null || Boolean.TRUE.equals(value);
            }
        }
    }

    private int holdingInProcess(IntSupplier importRun) {
        inProcess.lock();
        try {
            return importRun.getAsInt();
        } finally {
            inProcess.unlock();
        }
    }
}
