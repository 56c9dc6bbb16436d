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
    /** For a one-pass view: the file names in {@code sessionsDir}, listed on first use; null = not listed (yet). */
    private final boolean listOnce;
    private java.util.Set<String> listed;

    private ClaudeSessions(Path sessionsDir) {
        this(sessionsDir, false);
    }

    private ClaudeSessions(Path sessionsDir, boolean listOnce) {
        this.sessionsDir = sessionsDir;
        this.listOnce = listOnce;
    }

    /**
     * A view for one pass over many pids (one scan): lists the registry directory once on first use, so a pid
     * without an entry costs a set lookup rather than a failing open. An entry written after the listing shows from
     * the next pass. Thread-safe.
     */
    public ClaudeSessions forOnePass() {
        return sessionsDir == null ? this : new ClaudeSessions(sessionsDir, true);
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
        String name = pid + ".json";
        if (listOnce && !listing().contains(name)) {
            return Optional.empty();
        }
        Path file = sessionsDir.resolve(name);
        // no method references: a one-shot `aggregate` reads every live window's entry through here,
        // and a method reference would cost that fresh JVM the java.lang.invoke bootstrap (docs/benchmarks.md)
        Outcome<Map<String, Object>> json = SafeFiles.parseObject(SafeFiles.readText(file, MAX_BYTES));
        if (!json.isOk()) {
            return Optional.empty();
        }
        return parse(file, pid, json.value(), modified(file));
    }

    private synchronized java.util.Set<String> listing() {
        if (listed == null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            try (java.nio.file.DirectoryStream<Path> dir = Files.newDirectoryStream(sessionsDir)) {
                for (Path p : dir) { // a loop, not forEach(lambda): no method-handle bootstrap
                    names.add(p.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                // no registry (no Claude Code here) or unreadable: no entries
            }
            listed = names;
        }
        return listed;
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
