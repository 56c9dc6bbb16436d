package dev.agentpool.ui.stale;

import dev.agentpool.core.id.InstanceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a cleanup did: files removed, files that could not be deleted (with why), and instances left alone because
 * the re-check at deletion time found them live (or otherwise refused them).
 */
public record CleanupReport(List<Path> removed, List<FailedFile> failed, List<Kept> kept) {

    public CleanupReport {
        removed = List.copyOf(removed);
        failed = List.copyOf(failed);
        kept = List.copyOf(kept);
    }

    public record FailedFile(Path file, String reason) {
    }

    public record Kept(InstanceId id, String reason) {
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }

    /** One line for the status label, e.g. "Removed 20 files. 1 file could not be deleted." */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("Removed " + removed.size() + (removed.size() == 1 ? " file." : " files."));
        if (!failed.isEmpty()) {
            parts.add(failed.size() + (failed.size() == 1 ? " file" : " files") + " could not be deleted.");
        }
        if (!kept.isEmpty()) {
            parts.add(kept.size() + (kept.size() == 1 ? " instance was" : " instances were")
                    + " kept (live again at deletion time).");
        }
        return String.join(" ", parts);
    }

    /** Every failure and kept instance, one per line, for the result dialog. */
    public List<String> detailLines() {
        List<String> lines = new ArrayList<>();
        failed.forEach(f -> lines.add("could not delete " + f.file() + ": " + f.reason()));
        kept.forEach(k -> lines.add("kept " + k.id() + ": " + k.reason()));
        return lines;
    }
}
