package org.yulu.system;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Links to the list being shown with one parameter changed, so filters and pages combine. */
public final class QueryLinks {

    private static final String PAGE = "page";

    private final String path;
    private final Map<String, String> params;

    private QueryLinks(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    public static QueryLinks of(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && !values[0].isBlank()) {
                params.put(name, values[0]);
            }
        });
        return new QueryLinks(request.getRequestURI(), params);
    }

    /** The same links with {@code name} set to {@code value} in every one of them. */
    public QueryLinks setting(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.put(name, value);
        return new QueryLinks(path, changed);
    }

    /** The list filtered by {@code name=value} (or no longer by {@code name} when value is null), from page 1. */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(PAGE);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return build(changed);
    }

    /** This very page with {@code name=value} (or without {@code name} when value is null), on the same page. */
    public String keeping(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return build(changed);
    }

    public String without(String name) {
        return with(name, null);
    }

    public String page(int page) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (page <= 1) {
            changed.remove(PAGE);
        } else {
            changed.put(PAGE, Integer.toString(page));
        }
        return build(changed);
    }

    private String build(Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner joined = new StringJoiner("&", path + "?", "");
        query.forEach((name, value) -> joined.add(encode(name) + "=" + encode(value)));
        return joined.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
