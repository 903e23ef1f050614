package org.yulu.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yulu.search.SeedCorpus;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The application's kept answers against nginx serving the very same bytes from files, on the same two cores, one
 * after the other and alternating, so the ratio is read from one run ({@code docs/benchmarks.md}, "Against nginx").
 * Not a test: {@code ./mvnw -o -Pbench test -Dtest=NginxRatioBenchmark}; {@code -Dbench.rounds} (3) and
 * {@code -Dbench.seconds} (10) per measurement, {@code -Dbench.app-settings="--a=b --c=d"} for the application.
 * Needs {@code /usr/sbin/nginx} and {@code /usr/bin/wrk}.
 */
class NginxRatioBenchmark {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final int APP_PORT = 18095;
    private static final int NGINX_PORT = 18096;
    private static final String QUERY = "创新";

    @TempDir
    Path folder;

    private record Served(String path, String file, String contentType) {
    }

    @Test
    void againstNginx() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        int seconds = Integer.getInteger("bench.seconds", 10);
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        for (String seed : List.of(SeedCorpus.THOUGHTS, SeedCorpus.BLOG)) {
            Files.copy(Path.of("seeds", seed + ".txt"), seeds.resolve(seed + ".txt"));
        }
        List<Served> served = List.of(
                new Served("/search?q=" + RunningApp.encode(QUERY), "search.html", "text/html;charset=UTF-8"),
                new Served("/api/search?q=" + RunningApp.encode(QUERY), "search.json", "application/json"));
        List<String> settings = new ArrayList<>(List.of("--yulu.meaning-search=true"));
        settings.addAll(List.of(System.getProperty("bench.app-settings", "").split("\\s+")).stream()
                .filter(setting -> !setting.isBlank()).toList());
        report("settings: %s", settings);
        try (RunningApp app = RunningApp.start(seeds, folder.resolve("data"), APP_PORT, folder.resolve("app.log"),
                settings.toArray(String[]::new))) {
            app.awaitFirstAnswer(served.get(1).path());
            HttpClient http = HttpClient.newHttpClient();
            while (!http.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health/meaning"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                Thread.sleep(50);
            }
            Path root = Files.createDirectories(folder.resolve("nginx/root"));
            for (Served s : served) {
                byte[] body = http.send(HttpRequest.newBuilder(URI.create(app.url(s.path()))).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body();
                Files.write(root.resolve(s.file()), body);
                Files.write(root.resolve(s.file() + ".gz"), gzip(body));
                report("%s: %,d bytes, %,d gzipped", s.path(), body.length, gzip(body).length);
            }
            Process nginx = startNginx(folder.resolve("nginx"), served);
            try {
                for (Served s : served) {
                    // both JIT compilers done with the path before the first measurement
                    wrk(APP_PORT, script(s.path(), "identity"), 15);
                    wrk(APP_PORT, script(s.path(), "gzip"), 5);
                }
                for (int round = 1; round <= rounds; round++) {
                    for (Served s : served) {
                        for (String encoding : List.of("identity", "gzip")) {
                            Path script = script(s.path(), encoding);
                            String yulu = wrk(APP_PORT, script, seconds);
                            String ngx = wrk(NGINX_PORT, script, seconds);
                            report("round %d, %s, Accept-Encoding %s: yulu %s | nginx %s | ratio %.2f", round,
                                    s.path(), encoding, yulu, ngx, rate(yulu) / rate(ngx));
                        }
                    }
                }
            } finally {
                nginx.destroy();
                nginx.waitFor();
            }
            report("yulu after the runs: %s", app.memory());
        }
    }

    private Process startNginx(Path prefix, List<Served> served) throws Exception {
        StringBuilder locations = new StringBuilder();
        for (Served s : served) {
            String path = s.path().substring(0, s.path().indexOf('?'));
            locations.append("""
                        location = %s {
                          types { }
                          default_type "%s";
                          gzip_static on;
                          try_files /%s =404;
                        }
                    """.formatted(path, s.contentType(), s.file()));
        }
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = Files.writeString(prefix.resolve("nginx.conf"), """
                # the files are in a folder only its owner reads
                user root;
                worker_processes 2;
                error_log %s/logs/error.log warn;
                pid %s/nginx.pid;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  keepalive_requests 100000;
                  client_body_temp_path %s/tmp;
                  server {
                    listen 127.0.0.1:%d;
                    root %s/root;
                %s
                  }
                }
                """.formatted(prefix, prefix, prefix, NGINX_PORT, prefix, locations));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", conf.toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("out.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        for (int tries = 0; ; tries++) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("out.log")));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX_PORT + "/search")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return nginx;
            } catch (java.io.IOException e) {
                if (tries > 100) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /** One path again and again, with the Accept-Encoding given. */
    private Path script(String path, String encoding) throws Exception {
        return Files.writeString(folder.resolve("one-" + encoding + ".lua"), """
                local headers = { ["Accept-Encoding"] = "%s" }
                request = function()
                  return wrk.format("GET", "%s", headers)
                end
                """.formatted(encoding, path));
    }

    /** wrk with two threads and 32 connections, after a 3 s warm-up. */
    private static String wrk(int port, Path script, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(RunningApp.WRK.toString(), "-t2", "-c32", "--latency", "-s",
                script.toString(), "http://127.0.0.1:" + port + "/"));
        List<String> warmUp = new ArrayList<>(command);
        warmUp.add(1, "-d3s");
        RunningApp.run(warmUp);
        command.add(1, "-d" + seconds + "s");
        RunningApp.WrkResult result = RunningApp.parseWrk(RunningApp.run(command));
        return result.toString();
    }

    private static double rate(String wrkSummary) {
        return Double.parseDouble(wrkSummary.substring(0, wrkSummary.indexOf(' ')));
    }

    private static byte[] gzip(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH nginx: " + String.format(Locale.ROOT, format, args));
    }
}
