package org.yulu.corpus;

import java.util.Arrays;
import java.util.Optional;

/** The two kinds of item a source holds, each with its own permalinks and its own name in messages. */
public enum ItemKind {

    QUOTE("quote", "/quotes/", "quote"),
    EXCHANGE("exchange", "/exchanges/", "interview exchange");

    private final String type;
    private final String path;
    private final String noun;

    ItemKind(String type, String path, String noun) {
        this.type = type;
        this.path = path;
        this.noun = noun;
    }

    /** The kind's name in URLs, JSON and the index: {@code quote} or {@code exchange}. */
    public String type() {
        return type;
    }

    /** The permalink of the item of this kind with this id. */
    public String url(String id) {
        return path + id;
    }

    /** How an English message names one item of this kind. */
    public String noun() {
        return noun;
    }

    /** What a client is told when no item of this kind has the id it asked for. */
    public String noneWithId(String id) {
        return "No " + noun + " has the id '" + id + "'.";
    }

    public static Optional<ItemKind> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }
}
