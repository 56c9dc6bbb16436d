package dev.agentpool.ui;

/**
 * A part of the monitor that plugs in without the shell depending on it (the tray icon, notifications). Found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.agentpool.ui.ShellExtension}) and started on the FX
 * thread once the main window exists; stopped on quit. Needs a public no-argument constructor.
 *
 * <p>An extension that throws from {@link #start} is logged and skipped; the monitor keeps running.
 */
public interface ShellExtension {

    /** Called once on the FX thread after the main stage exists and the first poll has been scheduled. */
    void start(MonitorShell shell, MonitorOptions options);

    /** Called once on quit, on the FX thread; release OS resources (tray icon, threads) here. */
    default void stop() {
    }
}
