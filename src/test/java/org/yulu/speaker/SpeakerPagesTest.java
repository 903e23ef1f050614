package org.yulu.speaker;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yulu.OwnSeeds;
import org.yulu.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker's page lists all they said across sources, quotes then answers; the API lists every speaker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpeakerPagesTest {

    static final String THOUGHTS = "000_ce303afc9506ad64";
    static final String BLOG = "003_becfb7cbb320fc93";
    static final String LIANG = "/speakers/%E6%A2%81%E6%96%87%E9%94%8B";
    static final Pattern ITEM = Pattern.compile("<li id=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void seeds(DynamicPropertyRegistry registry) throws IOException {
        OwnSeeds.register(registry, "speakers", THOUGHTS + ".txt", BLOG + ".txt");
    }

    HttpResponse<String> page(String path) {
        return new TestHttp(port).get(path, "Accept", "text/html");
    }

    static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void listsTheThirtyThoughtsThenTheSixteenAnswersAcrossPages() {
        String first = page(LIANG).body();
        assertThat(first).contains("<h1><span lang=\"zh-CN\">梁文锋</span></h1>").contains("30 条语录 · 16 段回答")
                .contains("第 1–20 条，共 46 条");
        assertThat(ids(first)).hasSize(20).first().isEqualTo(THOUGHTS + "-1");

        List<String> second = ids(page(LIANG + "?page=2").body());
        assertThat(second).hasSize(20);
        assertThat(second.subList(0, 10)).allMatch(id -> id.startsWith(THOUGHTS));
        assertThat(second.subList(10, 20)).allMatch(id -> id.startsWith(BLOG));

        List<String> third = ids(page(LIANG + "?page=3").body());
        assertThat(third).hasSize(6).allMatch(id -> id.startsWith(BLOG));
        assertThat(page(LIANG + "?page=4").statusCode()).isEqualTo(404);

        List<String> all = new ArrayList<>(ids(first));
        all.addAll(second);
        all.addAll(third);
        assertThat(all).doesNotHaveDuplicates().hasSize(46);
    }

    @Test
    void filtersBySourceAndSaysSoWhenNoOneHasThatName() {
        String blog = page(LIANG + "?source=" + BLOG + "&size=5").body();
        assertThat(blog).contains("第 1–5 条，共 16 条");
        assertThat(ids(blog)).hasSize(5).allMatch(id -> id.startsWith(BLOG));

        assertThat(page("/speakers/%E6%97%A0%E5%90%8D%E6%B0%8F").statusCode()).isEqualTo(404);
        assertThat(page(LIANG + "?source=nope").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiListsEverySpeakerWithCountsMostFirst() {
        JsonNode speakers = JsonMapper.builder().build().readTree(new TestHttp(port).get("/api/speakers").body());
        assertThat(speakers.path("total").asInt()).isEqualTo(2);
        JsonNode liang = speakers.path("items").get(0);
        assertThat(liang.path("name").asString()).isEqualTo("梁文锋");
        assertThat(liang.path("quoteCount").asInt()).isEqualTo(30);
        assertThat(liang.path("exchangeCount").asInt()).isEqualTo(16);
        assertThat(liang.path("url").asString()).isEqualTo(LIANG);
        assertThat(speakers.path("items").get(1).path("name").asString()).isEqualTo("北风");
        assertThat(speakers.path("items").get(1).path("quoteCount").asInt()).isEqualTo(16);
    }
}
