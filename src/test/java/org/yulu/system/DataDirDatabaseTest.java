package org.yulu.system;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The H2 database lives in the data folder the context was given, even one set as a dynamic property. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DataDirDatabaseTest {

    static Path data;

    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) throws IOException {
        data = Files.createTempDirectory("yulu-data-dir-database");
        Path seeds = Files.createTempDirectory("yulu-data-dir-database-seeds");
        registry.add("yulu.seeds-dir", seeds::toString);
        registry.add("yulu.data-dir", data::toString);
        registry.add("yulu.rescan-interval", () -> "0");
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    DataDirDatabase dataDirDatabase;

    @Test
    void aContextWithItsOwnDataFolderKeepsItsDatabaseFileThere() throws SQLException {
        assertThat(dataSource.unwrap(HikariDataSource.class).getJdbcUrl())
                .isEqualTo("jdbc:h2:file:" + data.resolve("yulu") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(data.resolve("yulu.mv.db")).isNotEmptyFile();
    }

    @Test
    void aRelativeDataFolderIsResolvedAgainstTheWorkingDirectory() {
        assertThat(DataDirDatabase.url(Path.of("target/../data")))
                .isEqualTo("jdbc:h2:file:" + Path.of("data", "yulu").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }

    @Test
    void aConfiguredDatasourceUrlWins() {
        DataSourceProperties configured = new DataSourceProperties();
        configured.setUrl("jdbc:postgresql://localhost:5432/yulu");

        dataDirDatabase.postProcessAfterInitialization(configured, "dataSourceProperties");

        assertThat(configured.getUrl()).isEqualTo("jdbc:postgresql://localhost:5432/yulu");
    }
}
