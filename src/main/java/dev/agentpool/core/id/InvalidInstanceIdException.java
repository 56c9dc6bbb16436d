package dev.agentpool.core.id;

/** Thrown when text that should be an instance ID is not a plain ID (and would be unsafe in a path). */
public final class InvalidInstanceIdException extends IllegalArgumentException {

    public InvalidInstanceIdException(String text) {
        super(describe(text));
    }

    private InvalidInstanceIdException(String origin, String text) {
        super(origin + ": " + describe(text));
    }

    /** The same reason, prefixed with where the text came from, e.g. "AGENTPOOL_INSTANCE_ID: ...". */
    public static InvalidInstanceIdException from(String origin, String text) {
        return new InvalidInstanceIdException(origin, text);
    }

    private static String describe(String text) {
        if (text == null || text.isEmpty()) {
            return "instance ID is empty";
        }
        if (text.length() > InstanceId.MAX_LENGTH) {
            return "instance ID is too long (" + text.length() + " characters, at most " + InstanceId.MAX_LENGTH + ")";
        }
        if (text.contains("/") || text.contains("\\") || text.contains("..")) {
            return "instance ID must not contain path separators or '..': " + printable(text);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return "instance ID must not contain control characters: " + printable(text);
        }
        return "not an instance ID (expected YYYYMMDD_HHMMSS_<pid>_<8 hex>): " + printable(text);
    }

    /** Echoes hostile input without its control characters so the message itself stays one safe line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return "'" + out + (text.length() > 80 ? "…'" : "'");
    }
}
