package org.yulu;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real HTTP client for tests that talk to a running server, as a browser or a feed reader would. */
public final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;

    public TestHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** The answer as bytes, for what is not text (an icon, a picture). */
    public HttpResponse<byte[]> bytes(String path, String... headers) {
        return exchange("GET", path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    public HttpResponse<String> send(String method, String path, String... headers) {
        return exchange(method, path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    private <T> HttpResponse<T> exchange(String method, String path, HttpResponse.BodyHandler<T> body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }
}
