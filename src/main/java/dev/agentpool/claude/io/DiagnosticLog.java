package dev.agentpool.claude.io;

import dev.agentpool.core.json.Charsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * Diagnostics of the hook and statusline commands: {@code <state dir>/logs/agentpool.log}, one line per message,
 * never on stdout (Claude Code would show it). Size-capped: past {@link #MAX_BYTES} the file is moved to
 * {@code agentpool.log.1} (replacing the older one) and a new one begins. Logging never throws: a hook whose log
 * cannot be written still exits 0.
 */
public final class DiagnosticLog {

    public static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    private final Clock clock;

    public DiagnosticLog(Path stateDir, Clock clock) {
        this.file = stateDir.resolve("logs").resolve("agentpool.log");
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public void info(String message) {
        append("INFO", message);
    }

    public void warn(String message) {
        append("WARN", message);
    }

    public void warn(String message, Throwable error) {
        append("WARN", message + ": " + error);
    }

    private void append(String level, String message) {
        String line = clock.instant() + " " + level + " " + oneLine(message) + "\n";
        try {
            Files.createDirectories(file.getParent());
            rotateIfFull();
            Files.write(file, line.getBytes(Charsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            // the log is best effort by design: nothing may disturb Claude Code
        }
    }

    private void rotateIfFull() throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) > MAX_BYTES) {
            Files.move(file, file.resolveSibling("agentpool.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String oneLine(String text) {
        String s = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
