package dev.agentpool.core.sessions;

import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Claude Code's per-process registry ({@code <claude dir>/sessions/<pid>.json}) as one more source for the
 * verifier. The location is injected (tests, {@code CLAUDE_CONFIG_DIR}); {@link #none()} reads nothing. The format is
 * undocumented, so every field is optional and a wrong type reads as absent; only a file that is not a JSON object
 * of at most 64 KiB, or whose pid disagrees with its name, is ignored. Never throws.
 */
public final class ClaudeSessions {

    static final int MAX_BYTES = 64 * 1024;

    private final Path sessionsDir;

    private ClaudeSessions(Path sessionsDir) {
        this.sessionsDir = sessionsDir;
    }

    /** The registry under {@code claudeDir} (usually {@code ~/.claude}). */
    public static ClaudeSessions in(Path claudeDir) {
        return new ClaudeSessions(claudeDir.resolve("sessions"));
    }

    /** {@code $CLAUDE_CONFIG_DIR}, else {@code <home>/.claude}. */
    public static ClaudeSessions standard(Map<String, String> env, Path userHome) {
        String configDir = env.get("CLAUDE_CONFIG_DIR");
        return in(configDir != null && !configDir.isBlank() ? Path.of(configDir) : userHome.resolve(".claude"));
    }

    public static ClaudeSessions none() {
        return new ClaudeSessions(null);
    }

    /** The entry of process {@code pid}, if Claude Code has one. */
    public Optional<ClaudeSessionEntry> forPid(long pid) {
        if (sessionsDir == null || pid <= 0) {
            return Optional.empty();
        }
        Path file = sessionsDir.resolve(pid + ".json");
        Outcome<Map<String, Object>> json = SafeFiles.readBytes(file, MAX_BYTES).flatMap(SafeFiles::decodeUtf8)
                .flatMap(SafeFiles::parseObject);
        if (!json.isOk()) {
            return Optional.empty();
        }
        return parse(file, pid, json.value(), modified(file));
    }

    static Optional<ClaudeSessionEntry> parse(Path file, long pid, Map<String, Object> m, Instant modified) {
        if (m.get("pid") instanceof Number n && n.longValue() != pid) {
            return Optional.empty();
        }
        Optional<Instant> started = m.get("startedAt") instanceof Number n && n.doubleValue() > 0
                ? Optional.of(Instant.ofEpochMilli(n.longValue())) : Optional.empty();
        return Optional.of(new ClaudeSessionEntry(file, pid, text(m, "sessionId"), text(m, "cwd"), started,
                text(m, "status"), waitingFor(m.get("waitingFor")), text(m, "name"), text(m, "version"), modified));
    }

    /** waitingFor has been seen as a string; tolerate an object with a type/kind/reason too. */
    private static String waitingFor(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> map) {
            for (String key : new String[] {"type", "kind", "reason", "tool"}) {
                if (map.get(key) instanceof String s) {
                    return s;
                }
            }
        }
        return "";
    }

    private static String text(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s ? s : "";
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException | RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
