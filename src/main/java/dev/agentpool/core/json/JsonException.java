package dev.agentpool.core.json;

/** Malformed JSON, or JSON of the wrong shape; the message says where and what. */
public final class JsonException extends RuntimeException {

    public JsonException(String message) {
        super(message);
    }
}
