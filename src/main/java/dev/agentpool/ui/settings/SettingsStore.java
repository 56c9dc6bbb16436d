package dev.agentpool.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.agentpool.ui.notify.NotificationKind;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code monitor-settings.json} in the state directory. Saving writes {@code *.tmp} and moves it
 * over the old file (atomically where the file system can), so a crash never leaves half a file. Loading never
 * fails: a missing file gives the defaults; an unreadable one gives the defaults, is kept as {@code *.bad} for the
 * user, and comes with a message to show. Blocking I/O: call off the FX thread.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "monitor-settings.json";
    private static final long MAX_BYTES = 64 * 1024;

    /** The settings to use, and a message for the user when the file could not be used as it was. */
    public record Loaded(MonitorSettings settings, Optional<String> message) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    public SettingsStore(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        return load(MonitorSettings.DEFAULTS);
    }

    /**
     * @param fallback what to use when there is no usable file (the monitor passes the values from
     *     {@code config.json} and its flags, so those count until the user saves settings)
     */
    public Loaded load(MonitorSettings fallback) {
        if (!Files.exists(file)) {
            return new Loaded(fallback, Optional.empty());
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new IOException("not a regular file of at most " + MAX_BYTES + " bytes");
            }
            MonitorSettings read = fromJson(mapper.readValue(file.toFile(), SettingsJson.class));
            if (!read.problems().isEmpty()) {
                return new Loaded(fallback, Optional.of(setAside(String.join(" ", read.problems()))));
            }
            return new Loaded(read, Optional.empty());
        } catch (IOException e) {
            String why = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
            return new Loaded(fallback, Optional.of(setAside(why)));
        }
    }

    public void save(MonitorSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.write(tmp, mapper.writeValueAsBytes(toJson(settings)));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the unusable file as {@code *.bad} (so the next save cannot destroy it) and says so. */
    private String setAside(String why) {
        Path bad = file.resolveSibling(FILE_NAME + ".bad");
        try {
            Files.move(file, bad, StandardCopyOption.REPLACE_EXISTING);
            return "Settings file " + file + " could not be read (" + why + "). Using the defaults; the broken file "
                    + "was kept as " + bad + ".";
        } catch (IOException moveFailed) {
            return "Settings file " + file + " could not be read (" + why + "). Using the defaults.";
        }
    }

    static MonitorSettings fromJson(SettingsJson json) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Map<String, Boolean> map = json.notifications == null ? Map.of() : json.notifications;
            if (!Boolean.FALSE.equals(map.get(key(kind)))) {
                kinds.add(kind);
            }
        }
        return new MonitorSettings(json.poolSize, json.warningPercent, json.criticalPercent, json.pollIntervalSeconds,
                kinds, json.startAtLogin, json.metricsEnabled, json.metricsPort);
    }

    static SettingsJson toJson(MonitorSettings settings) {
        SettingsJson json = new SettingsJson();
        json.poolSize = settings.poolSize();
        json.warningPercent = settings.warningPercent();
        json.criticalPercent = settings.criticalPercent();
        json.pollIntervalSeconds = settings.pollIntervalSeconds();
        json.notifications = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            json.notifications.put(key(kind), settings.notifications().contains(kind));
        }
        json.startAtLogin = settings.startAtLogin();
        json.metricsEnabled = settings.metricsEnabled();
        json.metricsPort = settings.metricsPort();
        return json;
    }

    private static String key(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
