package dev.agentpool.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of {@code monitor-settings.json} (snake_case keys). Unknown keys are ignored so a newer version's file
 * still loads; missing keys keep these defaults. Only {@link SettingsStore} sees this class; the app uses
 * {@link MonitorSettings}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class SettingsJson {
    public int poolSize = MonitorSettings.DEFAULTS.poolSize();
    public int warningPercent = MonitorSettings.DEFAULTS.warningPercent();
    public int criticalPercent = MonitorSettings.DEFAULTS.criticalPercent();
    public double pollIntervalSeconds = MonitorSettings.DEFAULTS.pollIntervalSeconds();
    /** Notification kind (lower case, e.g. {@code pool_warning}) → shown or not; missing kinds are shown. */
    public Map<String, Boolean> notifications = new LinkedHashMap<>();
    public boolean startAtLogin = MonitorSettings.DEFAULTS.startAtLogin();
    public boolean metricsEnabled = MonitorSettings.DEFAULTS.metricsEnabled();
    public int metricsPort = MonitorSettings.DEFAULTS.metricsPort();
}
