package dev.agentpool.claude.setup;

import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.Outcome;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.Json;
import dev.agentpool.core.json.JsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code agentpool setup claude}: merges our hooks and statusLine into a Claude Code settings file and takes them
 * out again. Idempotent (a re-install that changes nothing writes nothing); a timestamped backup is written before
 * every change; {@code --dry-run} only reports. See {@link SettingsMerge} for what counts as ours and
 * {@link SetupManifest} for how uninstall restores the original bytes.
 */
public final class ClaudeSetup {

    /** What to do. */
    public record Options(Path settingsFile, boolean dryRun, boolean uninstall, boolean force) {
    }

    /** Lines for people, and the exit code (0 done or nothing to do, 1 refused). */
    public record Result(int exitCode, List<String> lines) {
    }

    private final Clock clock;
    private final LaunchCommand launch;

    public ClaudeSetup(Clock clock, LaunchCommand launch) {
        this.clock = clock;
        this.launch = launch;
    }

    public Result run(Options o) {
        try {
            Optional<String> before = readSettings(o.settingsFile());
            Map<String, Object> root = before.isPresent() ? parse(before.get()) : new LinkedHashMap<>();
            return o.uninstall() ? uninstall(o, before, root) : install(o, before, root);
        } catch (SettingsMerge.Refused e) {
            return new Result(1, List.of("refused: " + e.getMessage() + " (nothing changed)"));
        } catch (IOException e) {
            return new Result(1, List.of("failed: " + e.getMessage()));
        }
    }

    private Result install(Options o, Optional<String> before, Map<String, Object> root)
            throws SettingsMerge.Refused, IOException {
        List<String> lines = new ArrayList<>(List.of("settings: " + o.settingsFile()));
        SettingsMerge.Installed done = SettingsMerge.install(root, launch.hookCommand(), launch.statuslineCommand(),
                o.force());
        lines.addAll(done.changes());
        done.keptStatusLine().ifPresent(k -> lines.add("kept your statusLine (" + k + "); --force replaces it "
                + "(the monitor then gets context and cost figures; --uninstall puts yours back)"));
        String after = render(root, before);
        if (done.changes().isEmpty() || before.equals(Optional.of(after))) {
            lines.add("already set up: nothing changed");
            return new Result(0, lines);
        }
        if (o.dryRun()) {
            lines.add("dry run: nothing written");
            return new Result(0, lines);
        }
        Optional<SetupManifest> old = SetupManifest.read(o.settingsFile());
        Files.createDirectories(o.settingsFile().toAbsolutePath().getParent());
        backup(o.settingsFile(), before, lines);
        manifestFor(old, before, after, done.replacedStatusLine()).write(o.settingsFile());
        AtomicFiles.writeString(o.settingsFile(), after);
        lines.add("done: Claude Code picks the change up by itself; undo with --uninstall");
        return new Result(0, lines);
    }

    /** Keeps the pre-install original while the file is still exactly what we wrote last time. */
    private static SetupManifest manifestFor(Optional<SetupManifest> old, Optional<String> before, String after,
            Optional<Object> replacedStatusLine) {
        String sha = SetupManifest.sha256(after);
        if (old.isEmpty()) {
            return new SetupManifest(before.isPresent(), before, sha, replacedStatusLine);
        }
        SetupManifest m = old.get();
        boolean untouched = before.map(b -> SetupManifest.sha256(b).equals(m.installedSha256())).orElse(false);
        return new SetupManifest(m.originalExisted(), untouched ? m.originalContent() : Optional.empty(), sha,
                replacedStatusLine.or(m::originalStatusLine));
    }

    private Result uninstall(Options o, Optional<String> before, Map<String, Object> root)
            throws SettingsMerge.Refused, IOException {
        List<String> lines = new ArrayList<>(List.of("settings: " + o.settingsFile()));
        Optional<SetupManifest> manifest = SetupManifest.read(o.settingsFile());
        List<String> changes = SettingsMerge.uninstall(root, manifest.flatMap(SetupManifest::originalStatusLine));
        lines.addAll(changes);
        if (changes.isEmpty() || before.isEmpty()) {
            lines.add("nothing of agentpool's found: nothing changed");
            return new Result(0, lines);
        }
        if (o.dryRun()) {
            lines.add("dry run: nothing written");
            return new Result(0, lines);
        }
        boolean untouched = manifest.map(m -> m.installedSha256().equals(SetupManifest.sha256(before.get())))
                .orElse(false);
        if (!untouched) {
            backup(o.settingsFile(), before, lines); // the user edited it since: keep their version safe
        }
        restoreOrWrite(o.settingsFile(), before.get(), root, manifest, lines);
        SetupManifest.delete(o.settingsFile());
        return new Result(0, lines);
    }

    private static void restoreOrWrite(Path file, String current, Map<String, Object> root,
            Optional<SetupManifest> manifest, List<String> lines) throws IOException {
        boolean untouched = manifest.map(m -> m.installedSha256().equals(SetupManifest.sha256(current)))
                .orElse(false);
        if (untouched && !manifest.get().originalExisted()) {
            Files.delete(file);
            lines.add("removed " + file.getFileName() + " (setup had created it)");
        } else if (untouched && manifest.get().originalContent().isPresent()) {
            AtomicFiles.writeString(file, manifest.get().originalContent().get());
            lines.add("restored the settings exactly as they were before setup");
        } else {
            AtomicFiles.writeString(file, render(root, Optional.of(current)));
            lines.add("removed agentpool's entries; everything else kept");
        }
    }

    private void backup(Path file, Optional<String> before, List<String> lines) throws IOException {
        if (before.isEmpty()) {
            return;
        }
        LocalDateTime t = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        String stamp = String.format("%04d%02d%02d-%02d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        Path copy = file.resolveSibling(file.getFileName() + ".agentpool-backup-" + stamp);
        AtomicFiles.writeString(copy, before.get());
        lines.add("backup: " + copy);
    }

    private static String render(Map<String, Object> root, Optional<String> before) {
        String indent = before.map(SettingsJson::detectIndent).orElse("  ");
        boolean newline = before.map(b -> b.endsWith("\n")).orElse(true);
        return SettingsJson.write(root, indent, newline);
    }

    private static Optional<String> readSettings(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Outcome<String> text = SafeFiles.readText(file);
        if (!text.isOk()) {
            throw new IOException(file + " " + text.reason());
        }
        return Optional.of(text.value());
    }

    private static Map<String, Object> parse(String text) throws SettingsMerge.Refused {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return Json.parseObject(text);
        } catch (JsonException e) {
            throw new SettingsMerge.Refused("the settings file is not a JSON object (" + e.getMessage() + ")");
        }
    }
}
