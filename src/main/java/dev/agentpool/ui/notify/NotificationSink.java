package dev.agentpool.ui.notify;

/** Where notifications are shown (the tray balloon or a popup in the window). Called on the FX thread. */
@FunctionalInterface
public interface NotificationSink {

    void show(Notification notification);
}
