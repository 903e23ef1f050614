package org.yulu.importer;

import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.yulu.YuluApplication;
import org.yulu.corpus.CorpusImported;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real PostgreSQL server named by YULU_TEST_POSTGRES_URL (with _USER and _PASSWORD), as .ci/postgres prints
 * it. The tests wipe its public schema, so it must be a database of its own. Without the variable the tests are
 * skipped, unless YULU_REQUIRE_POSTGRES=true, when they fail.
 */
final class PostgresTestDatabase {

    static final String URL = System.getenv("YULU_TEST_POSTGRES_URL");
    static final String USER = envOr("YULU_TEST_POSTGRES_USER", "yulu");
    static final String PASSWORD = envOr("YULU_TEST_POSTGRES_PASSWORD", "yulu");

    private PostgresTestDatabase() {
    }

    /** Skips (or, when required, fails) the calling test class unless a PostgreSQL server is configured. */
    static void require() {
        if (URL != null && !URL.isBlank()) {
            return;
        }
        String how = "set YULU_TEST_POSTGRES_URL (and YULU_TEST_POSTGRES_USER, YULU_TEST_POSTGRES_PASSWORD) to a "
                + "database the tests may wipe; .ci/postgres starts one and prints its URL";
        if ("true".equalsIgnoreCase(System.getenv("YULU_REQUIRE_POSTGRES"))) {
            fail("PostgreSQL tests are required (YULU_REQUIRE_POSTGRES=true) but no server is configured: " + how);
        }
        Assumptions.abort("PostgreSQL tests skipped: " + how);
    }

    /** An empty database, as a new deployment finds it. */
    static void empty() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema public cascade");
            statement.execute("create schema public");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static long count(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** One app instance as production runs it: the postgres profile, the seeds folder, its own data folder. */
    record Instance(ConfigurableApplicationContext context, List<Integer> announcements) implements AutoCloseable {

        /** What the first import run announced: how many sources this instance imported. */
        int changedSources() {
            return announcements.get(0);
        }

        SeedImporter importer() {
            return context.getBean(SeedImporter.class);
        }

        int port() {
            return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        }

        @Override
        public void close() {
            context.close();
        }
    }

    static Instance start(Path dataDir) {
        return start(dataDir, Path.of("seeds"));
    }

    static Instance start(Path dataDir, Path seedsDir, String... moreArguments) {
        List<Integer> announcements = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> imports = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof CorpusImported corpus) {
                announcements.add(corpus.changedSources());
            }
        };
        // Command-line arguments, because they win over application-postgres.properties as the env variables do.
        List<String> arguments = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD, "--server.port=0",
                "--yulu.seeds-dir=" + seedsDir, "--yulu.data-dir=" + dataDir));
        arguments.addAll(List.of(moreArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(YuluApplication.class)
                .profiles("postgres")
                .listeners(imports)
                .run(arguments.toArray(String[]::new));
        return new Instance(context, announcements);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
