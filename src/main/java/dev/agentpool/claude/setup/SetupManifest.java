package dev.agentpool.claude.setup;

import dev.agentpool.core.io.AtomicFiles;
import dev.agentpool.core.io.SafeFiles;
import dev.agentpool.core.json.Charsets;
import dev.agentpool.core.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code setup claude} remembers next to the settings file ({@code agentpool-setup.json}) so that
 * {@code --uninstall} removes exactly what it added: the settings content before the first install (restored byte
 * for byte while the file is still exactly as we left it), the user's statusLine that {@code --force} replaced, and
 * a hash of the content we wrote.
 *
 * @param originalContent the file before our first install; empty when it did not exist or is no longer
 *     restorable (the user edited the file after our install)
 */
public record SetupManifest(boolean originalExisted, Optional<String> originalContent, String installedSha256,
                            Optional<Object> originalStatusLine) {

    public static final String FILE_NAME = "agentpool-setup.json";

    public static Path pathFor(Path settingsFile) {
        return settingsFile.resolveSibling(FILE_NAME);
    }

    public static Optional<SetupManifest> read(Path settingsFile) {
        var json = SafeFiles.readJsonObject(pathFor(settingsFile));
        if (!json.isOk()) {
            return Optional.empty();
        }
        Map<String, Object> m = json.value();
        return Optional.of(new SetupManifest(Boolean.TRUE.equals(m.get("original_existed")),
                Optional.ofNullable(m.get("original_content") instanceof String s ? s : null),
                m.get("installed_sha256") instanceof String s ? s : "",
                Optional.ofNullable(m.get("original_status_line"))));
    }

    public void write(Path settingsFile) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("comment", "written by 'agentpool setup claude'; used by 'agentpool setup claude --uninstall'");
        m.put("settings_file", settingsFile.toAbsolutePath().toString());
        m.put("original_existed", originalExisted);
        m.put("original_content", originalContent.orElse(null));
        m.put("installed_sha256", installedSha256);
        m.put("original_status_line", originalStatusLine.orElse(null));
        AtomicFiles.writeString(pathFor(settingsFile), JsonWriter.pretty(m) + "\n");
    }

    public static void delete(Path settingsFile) throws IOException {
        Files.deleteIfExists(pathFor(settingsFile));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(Charsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
