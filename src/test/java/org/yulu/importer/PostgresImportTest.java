package org.yulu.importer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.TestHttp;
import org.yulu.importer.PostgresTestDatabase.Instance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds imported into a real PostgreSQL server and read back through the API, as production runs. */
class PostgresImportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Per test, not per class: a skip at class level would hide its reason from the test report. */
    @BeforeEach
    void emptyDatabase() throws Exception {
        PostgresTestDatabase.require();
        PostgresTestDatabase.empty();
    }

    @Test
    void importsTheSeedsOnceAndServesTheSameItemsAfterARestart(@TempDir Path dataDir) throws Exception {
        List<String> firstImport;
        try (Instance first = PostgresTestDatabase.start(dataDir)) {
            assertThat(first.changedSources()).isEqualTo(2);
            assertCorpusInDatabase();
            assertReadApi(new TestHttp(first.port()));
            firstImport = importTimes();
        }
        try (Instance second = PostgresTestDatabase.start(dataDir)) {
            assertThat(second.changedSources()).isZero();
            assertCorpusInDatabase();
            assertThat(importTimes()).isEqualTo(firstImport);
            assertReadApi(new TestHttp(second.port()));
        }
    }

    static void assertCorpusInDatabase() throws Exception {
        assertThat(PostgresTestDatabase.count("source")).isEqualTo(2);
        assertThat(PostgresTestDatabase.count("quote")).isEqualTo(46);
        assertThat(PostgresTestDatabase.count("interview_exchange")).isEqualTo(16);
        assertThat(PostgresTestDatabase.count("answer_repeat")).isEqualTo(2);
        assertThat(PostgresTestDatabase.count("flyway_schema_history where success")).isEqualTo(
                PostgresTestDatabase.count("flyway_schema_history"));
    }

    static void assertReadApi(TestHttp http) {
        JsonNode sources = json(http.get("/api/sources"));
        assertThat(sources.path("total").asInt()).isEqualTo(2);
        assertThat(sources.path("items").valueStream()
                .map(s -> s.path("id").asString() + " " + s.path("quoteCount").asInt() + "/"
                        + s.path("exchangeCount").asInt()).toList())
                .containsExactly("000_ce303afc9506ad64 30/0", "003_becfb7cbb320fc93 16/16");

        JsonNode quote = json(http.get("/api/quotes/000_ce303afc9506ad64-29"));
        assertThat(quote.path("text").asString()).isEqualTo("大部分中国公司习惯follow,而不是创新。");
        assertThat(quote.path("url").asString()).isEqualTo("/quotes/000_ce303afc9506ad64-29");

        JsonNode byLiang = json(http.get("/api/exchanges?speaker=%E6%A2%81%E6%96%87%E9%94%8B&size=5&page=4"));
        assertThat(byLiang.path("total").asInt()).isEqualTo(16);
        assertThat(byLiang.path("items").valueStream().map(e -> e.path("id").asString()).toList())
                .containsExactly("003_becfb7cbb320fc93-17");

        assertThat(json(http.get("/api/quotes?source=003_becfb7cbb320fc93")).path("total").asInt()).isEqualTo(16);
        assertThat(http.get("/api/quotes/000_ce303afc9506ad64-31").statusCode()).isEqualTo(404);
        assertThat(http.get("/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(http.get("/sitemap.xml").body().split("<loc>", -1)).hasSize(1 + 1 + 2 + 46 + 16);
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> importTimes() throws Exception {
        List<String> times = new ArrayList<>();
        try (Connection connection = PostgresTestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, imported_at from source order by id")) {
            while (rows.next()) {
                times.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return times;
    }
}
