package dev.agentpool.ui.settings;

import dev.agentpool.ui.notify.NotificationKind;
import dev.agentpool.ui.notify.NotifierRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The monitor's own settings, as the user chose them in the settings window.
 *
 * @param poolSize agents in the shared pool (the bar's 100 %)
 * @param warningPercent pool use in percent at which the icon turns yellow and a warning may be shown
 * @param criticalPercent pool use in percent at which the icon turns red
 * @param pollIntervalSeconds how often the state directory is rescanned when no change event arrived
 * @param notifications kinds of notification that may be shown
 * @param startAtLogin whether an autostart entry should exist
 * @param metricsEnabled whether the OpenMetrics endpoint ({@code /metrics} on 127.0.0.1) runs with the monitor
 * @param metricsPort its TCP port (default 9477, next to Claude Code's own exporter on 9464)
 */
public record MonitorSettings(int poolSize, int warningPercent, int criticalPercent, double pollIntervalSeconds,
                              Set<NotificationKind> notifications, boolean startAtLogin, boolean metricsEnabled,
                              int metricsPort) {

    public static final MonitorSettings DEFAULTS = new MonitorSettings(500, 80, 95, 2.0,
            EnumSet.allOf(NotificationKind.class), false, false, 9477);

    public MonitorSettings {
        notifications = notifications.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifications));
    }

    /** What is wrong with these values, one sentence each; empty when they can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (poolSize < 1 || poolSize > 100_000) {
            problems.add("Pool size must be between 1 and 100000.");
        }
        if (warningPercent < 1 || warningPercent > 100) {
            problems.add("Warning threshold must be between 1 and 100 %.");
        }
        if (criticalPercent < warningPercent || criticalPercent > 100) {
            problems.add("Critical threshold must be between the warning threshold and 100 %.");
        }
        if (!(pollIntervalSeconds >= 0.2 && pollIntervalSeconds <= 3600)) {
            problems.add("Poll interval must be between 0.2 and 3600 seconds.");
        }
        if (metricsPort < 1 || metricsPort > 65_535) {
            problems.add("Metrics port must be between 1 and 65535.");
        }
        return List.copyOf(problems);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.round(pollIntervalSeconds * 1000));
    }

    public NotifierRules notifierRules() {
        return new NotifierRules(warningPercent / 100.0, criticalPercent / 100.0, notifications);
    }

    /**
     * The settings to use while no settings file exists: pool size and thresholds from {@code config.json}, the poll
     * interval from the flags, everything else default. A saved settings file replaces all of it.
     */
    public static MonitorSettings startingFrom(int poolSize, double poolWarning, double poolCritical,
                                               Duration pollInterval) {
        MonitorSettings d = DEFAULTS;
        return new MonitorSettings(poolSize, (int) Math.round(poolWarning * 100), (int) Math.round(poolCritical * 100),
                pollInterval.toMillis() / 1000.0, d.notifications(), d.startAtLogin(), d.metricsEnabled(),
                d.metricsPort());
    }

    public MonitorSettings withStartAtLogin(boolean on) {
        return new MonitorSettings(poolSize, warningPercent, criticalPercent, pollIntervalSeconds, notifications, on,
                metricsEnabled, metricsPort);
    }

    public MonitorSettings withPoolSize(int size) {
        return new MonitorSettings(size, warningPercent, criticalPercent, pollIntervalSeconds, notifications,
                startAtLogin, metricsEnabled, metricsPort);
    }

    public MonitorSettings withPollIntervalSeconds(double seconds) {
        return new MonitorSettings(poolSize, warningPercent, criticalPercent, seconds, notifications, startAtLogin,
                metricsEnabled, metricsPort);
    }

    public MonitorSettings withMetrics(boolean enabled, int port) {
        return new MonitorSettings(poolSize, warningPercent, criticalPercent, pollIntervalSeconds, notifications,
                startAtLogin, enabled, port);
    }
}
