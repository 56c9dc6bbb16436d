package dev.agentpool.core.model;

import java.nio.file.Path;

/** A file that was skipped while scanning, and why (corrupt JSON, not a regular file, too large, unreadable...). */
public record Problem(Path file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
