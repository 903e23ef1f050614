package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yulu.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description a client developer reads, fetched from a running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:site;DB_CLOSE_DELAY=-1", "yulu.data-dir=target/test-data/site"})
class ApiDocsTest {

    static final String API_ERROR = "#/components/schemas/ApiError";

    @LocalServerPort
    int port;

    JsonNode docs() {
        HttpResponse<String> response = new TestHttp(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void describesExactlyTheTwelveEndpointsOfTheApi() {
        JsonNode paths = docs().path("paths");

        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/sources", "/api/quotes", "/api/quotes/{id}",
                "/api/exchanges", "/api/exchanges/{id}", "/api/search", "/api/random", "/api/daily", "/oembed",
                "/api/speakers", "/api/suggest", "/api/check");
        for (String path : paths.propertyNames()) {
            assertThat(paths.path(path).propertyNames()).as(path).containsExactly("get");
        }
    }

    @Test
    void listsDocumentTheirFiltersAndPagingAsIntegersWithLimits() {
        JsonNode quotes = docs().path("paths").path("/api/quotes").path("get");

        assertThat(quotes.path("parameters").valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactly("speaker", "source", "page", "size");
        JsonNode size = quotes.path("parameters").get(3);
        assertThat(size.path("description").asString()).isEqualTo("Items per page, from 1 to 100; 20 when left out.");
        assertThat(size.path("schema").path("type").asString()).isEqualTo("integer");
        assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(100);
    }

    @Test
    void errorsAreDocumentedAsApiErrorBodies() {
        JsonNode docs = docs();
        JsonNode paths = docs.path("paths");

        for (String list : List.of("/api/quotes", "/api/exchanges", "/api/search")) {
            assertThat(errorSchema(paths.path(list), "400")).as(list).isEqualTo(API_ERROR);
        }
        for (String one : List.of("/api/quotes/{id}", "/api/exchanges/{id}")) {
            assertThat(errorSchema(paths.path(one), "404")).as(one).isEqualTo(API_ERROR);
        }
        assertThat(docs.path("components").path("schemas").path("ApiError").path("properties").propertyNames())
                .containsExactlyInAnyOrder("status", "error", "message", "path");
    }

    @Test
    void responseBodiesAreTheItemRecords() {
        JsonNode schemas = docs().path("components").path("schemas");

        assertThat(schemas.path("QuoteItem").path("properties").propertyNames()).containsExactlyInAnyOrder("type",
                "id", "url", "speaker", "source", "position", "number", "context", "text", "related", "similar");
        assertThat(schemas.path("SimilarItem").path("properties").propertyNames()).containsExactlyInAnyOrder("id",
                "url", "type", "speaker", "excerpt", "score");
        assertThat(schemas.path("ExchangeItem").path("properties").propertyNames()).contains("question", "answer");
        assertThat(schemas.path("SourceItem").path("properties").propertyNames()).contains("quoteCount",
                "exchangeCount");
    }

    @Test
    void searchDocumentsItsQueryFiltersAndHitsAsReadItemsWithAHighlight() {
        JsonNode docs = docs();
        JsonNode search = docs.path("paths").path("/api/search").path("get");

        assertThat(search.path("parameters").valueStream().map(p -> p.path("name").asString()).toList())
                .containsExactly("q", "type", "speaker", "source", "page", "size", "mode", "exact");
        assertThat(search.path("parameters").get(6).path("schema").path("enum").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("meaning", "keyword");
        assertThat(search.path("parameters").get(1).path("schema").path("enum").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("quote", "exchange");
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("QuoteHit").path("allOf").toString()).contains("#/components/schemas/QuoteItem");
        assertThat(schemas.path("ExchangeHit").path("allOf").toString()).contains("#/components/schemas/ExchangeItem");
        assertThat(schemas.path("QuoteHit").path("allOf").get(1).path("properties").propertyNames())
                .containsExactly("highlight", "match");
        assertThat(schemas.path("SearchHit").path("oneOf").toString()).contains("QuoteHit", "ExchangeHit");
        assertThat(schemas.path("SearchHit").path("properties").isMissingNode()).isTrue();
        assertThat(schemas.path("SearchResults").path("properties").propertyNames())
                .containsExactly("items", "total", "page", "size", "facets", "meaning", "correctedQuery");
    }

    @Test
    void theBrowsableUiIsServed() {
        HttpResponse<String> ui = new TestHttp(port).get("/swagger-ui/index.html");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-initializer.js").doesNotContain("<script>");
    }

    private static String errorSchema(JsonNode path, String status) {
        return path.path("get").path("responses").path(status).path("content").path("*/*").path("schema")
                .path("$ref").asString();
    }
}
