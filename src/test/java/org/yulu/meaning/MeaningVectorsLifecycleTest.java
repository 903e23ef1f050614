package org.yulu.meaning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.yulu.TestHttp;
import org.yulu.YuluApplication;
import org.yulu.importer.SeedImporter;
import org.yulu.search.SearchIndex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vectors are data: the instances here share one database, as after a restart or beside another instance, and count
 * how many passages their model encoded.
 */
class MeaningVectorsLifecycleTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String THOUGHTS = "000_ce303afc9506ad64";

    @TempDir
    Path data;
    @TempDir
    Path seeds;

    @BeforeEach
    void seeds() throws Exception {
        for (String seed : List.of(THOUGHTS + ".txt", "003_becfb7cbb320fc93.txt")) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        // several applications one after another in this JVM log through the configuration in place
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    @AfterEach
    void restoreLogging() {
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }

    @Test
    void passagesAreEncodedOnceAcrossRebuildsRestartsAndEditsAndAgainForAnotherModel() throws Exception {
        long passages;
        try (ConfigurableApplicationContext first = start()) {
            MeaningModel model = awaitMeaningSearchUp(first);
            passages = model.passagesEncoded();
            assertThat(passages).isPositive();
            assertThat(first.getBean(MeaningVectors.class).count()).isEqualTo(passages);

            TestHttp http = new TestHttp(port(first));
            JsonNode hiring = json(http.get("/api/search?q=%E6%8B%9B%E8%81%98")); // 招聘
            assertThat(hiring.path("meaning").asString()).isEqualTo("used");
            assertThat(hiring.path("items").valueStream().map(i -> i.path("match").asString()).distinct().toList())
                    .containsExactly("meaning");
            assertThat(json(http.get("/api/search?q=%E6%8B%9B%E8%81%98&mode=keyword")).path("total").asInt()).isZero();
            JsonNode similar = json(http.get("/api/quotes/" + THOUGHTS + "-12")).path("similar");
            assertThat(similar.size()).isBetween(1, 5);
            assertThat(similar.get(0).propertyNames()).containsExactly("id", "url", "type", "speaker", "excerpt",
                    "score");
            assertThat(http.get("/quotes/" + THOUGHTS + "-12").body()).contains("class=\"similar\"", "意思相近");

            first.getBean(SearchIndex.class).rebuild();
            assertThat(model.passagesEncoded()).isEqualTo(passages);

            Path thoughts = seeds.resolve(THOUGHTS + ".txt");
            Files.writeString(thoughts, Files.readString(thoughts).replace("习惯follow,而不是创新。", "习惯跟随,而不是创新。"));
            assertThat(first.getBean(SeedImporter.class).importAll()).isEqualTo(1);
            awaitMeaningSearchUp(first);
            assertThat(model.passagesEncoded()).isEqualTo(passages + 1);
        }
        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(awaitMeaningSearchUp(restarted).passagesEncoded()).isZero();
        }
        try (ConfigurableApplicationContext otherModel = start(OtherModelId.class)) {
            assertThat(awaitMeaningSearchUp(otherModel).passagesEncoded()).isEqualTo(passages);
        }
    }

    @Test
    void aModelThatCannotLoadLeavesKeywordSearchAnsweringAndHealthUp() throws Exception {
        try (ConfigurableApplicationContext broken = start(MissingModel.class)) {
            MeaningModel model = broken.getBean(MeaningModel.class);
            await(() -> model.state() == MeaningModel.State.UNAVAILABLE);
            TestHttp http = new TestHttp(port(broken));
            JsonNode health = json(http.get("/actuator/health"));
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("meaningSearch").path("status").asString()).isEqualTo("UNKNOWN");
            JsonNode details = json(http.get("/actuator/health/meaning")).path("components").path("meaningSearch")
                    .path("details");
            assertThat(details.path("state").asString()).isEqualTo("unavailable");
            assertThat(details.path("reason").asString()).contains("missing.onnx");
            JsonNode search = json(http.get("/api/search?q=%E5%88%9B%E6%96%B0")); // 创新
            assertThat(search.path("total").asInt()).isEqualTo(23);
            assertThat(search.path("meaning").asString()).isEqualTo("unavailable");
            assertThat(http.get("/search?q=%E5%88%9B%E6%96%B0").body()).contains("按意思搜索暂时不可用");
        }
    }

    /** Another model's id for the same files: its vectors are its own. */
    static class OtherModelId {
        @Bean
        @Primary
        SentenceModel otherModel() {
            return new SentenceModel("another-model", SentenceModel.BGE_SMALL_ZH_Q.modelResource(),
                    SentenceModel.BGE_SMALL_ZH_Q.tokenizerResource());
        }
    }

    static class MissingModel {
        @Bean
        @Primary
        SentenceModel missingModel() {
            return new SentenceModel("missing", "missing.onnx", SentenceModel.BGE_SMALL_ZH_Q.tokenizerResource());
        }
    }

    private ConfigurableApplicationContext start(Class<?>... more) {
        Class<?>[] sources = new Class<?>[more.length + 1];
        sources[0] = YuluApplication.class;
        System.arraycopy(more, 0, sources, 1, more.length);
        return new SpringApplicationBuilder(sources).run("--server.port=0", "--yulu.seeds-dir=" + seeds,
                "--yulu.data-dir=" + data, "--yulu.rescan-interval=0", "--yulu.meaning-search=true");
    }

    private static MeaningModel awaitMeaningSearchUp(ConfigurableApplicationContext context) throws Exception {
        TestHttp http = new TestHttp(port(context));
        await(() -> json(http.get("/actuator/health")).path("components").path("meaningSearch").path("status")
                .asString().equals("UP"));
        return context.getBean(MeaningModel.class);
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited two minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
